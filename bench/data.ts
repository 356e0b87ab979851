// npm run bench:data: time and peak memory of `luoshi data check` on generated progress files
// of 100,000 and 500,000 valid rows and of 40,000 bad ones, written as Excel writes them
// (byte-order mark, CR LF). Each check runs in its own process under /usr/bin/time -v, which
// gives the wall-clock time, the CPU time (user + system: less swayed by other work on the
// machine) and the peak resident set size.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataCommand } from '../src/cli/commands/data-check.ts';
import { readIndicatorCatalogue, readRegionList } from '../src/data/catalogue.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TODAY = '2025-11-25';
const HEADER = 'indicator,region,period,value,unit,source,note,flag';

if (process.argv[2] === '--check') {
  // the measured process: the command itself, its output counted rather than printed
  let lines = 0;
  let summary = '';
  const code = await dataCommand.run(['check', '--today', TODAY, '--content', 'none'], {
    root: process.argv[3],
    out: (line) => {
      lines++;
      summary = line;
    },
    err: () => {},
  });
  console.log(`${summary} [${lines} lines, exit ${code}]`);
  process.exit(0);
}

const indicators = readIndicatorCatalogue(root).catalogue!.indicators;
const regions = readRegionList(root).regions!.regions;

/** Row `i` of a valid file: every row its own indicator, region and day, values moving slowly. */
function validRow(i: number): string {
  const indicator = indicators[i % indicators.length];
  const rest = Math.floor(i / indicators.length);
  const region = regions[rest % regions.length];
  const days = Math.floor(rest / regions.length);
  const day = new Date(Date.UTC(1950, 0, 1 + days)).toISOString().slice(0, 10);
  return `${indicator.name},${region.name},${day},${(50 + (days % 100) / 10).toFixed(1)},${indicator.unit},教育部《${day.slice(0, 4)}年全国教育事业发展统计公报》,,`;
}

/** Row `i` of a bad file: each a different mistake people make. */
function badRow(i: number): string {
  const row = validRow(i);
  switch (i % 8) {
    case 0:
      return row.replace(/^./, ''); // an unknown indicator, close to a known one
    case 1:
      return row.replace(/,(\d+\.\d),/, ',-$1,'); // a negative rate
    case 2:
      return row.replace(/,\d{4}-\d{2}-\d{2},/, ',2026,'); // a period not over
    case 3:
      return row.replace(/,(\d+\.\d),/, ',九十,'); // not a number
    case 4:
      return row.replace(',教育部', ',"教育部'); // a quotation mark never closed before the next one
    case 5:
      return row.replace(/,%,/, ',‰,'); // a wrong unit
    case 6:
      return `${row},`; // a field too many
    default:
      return row.replace(/,,$/, ',,final'); // an unknown flag
  }
}

function makeRoot(rows: number, row: (i: number) => string): { dir: string; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-bench-data-'));
  mkdirSync(join(dir, 'data', 'progress'), { recursive: true });
  mkdirSync(join(dir, 'data', 'milestones'));
  for (const file of ['indicators.yaml', 'regions.yaml']) copyFileSync(join(root, 'data', file), join(dir, 'data', file));
  writeFileSync(join(dir, 'data', 'milestones', 'milestones.csv'), 'target,date,status,evidence,note\r\n');
  const lines = [`\uFEFF${HEADER}`];
  for (let i = 0; i < rows; i++) lines.push(row(i));
  const file = join(dir, 'data', 'progress', 'bench.csv');
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return { dir, bytes: statSync(file).size };
}

function measure(label: string, rows: number, row: (i: number) => string): void {
  const { dir, bytes } = makeRoot(rows, row);
  try {
    const run = spawnSync('/usr/bin/time', ['-v', process.execPath, fileURLToPath(import.meta.url), '--check', dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(run.stderr);
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
    const user = /User time \(seconds\): ([\d.]+)/.exec(run.stderr);
    const system = /System time \(seconds\): ([\d.]+)/.exec(run.stderr);
    if (run.status !== 0 || !wall || !rss || !user || !system) throw new Error(`data check failed on ${label}:\n${run.stdout}\n${run.stderr}`);
    const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
    const cpu = Number(user[1]) + Number(system[1]);
    console.log(
      `${label.padEnd(18)} ${(bytes / 1e6).toFixed(1).padStart(5)} MB  wall ${seconds.toFixed(2).padStart(6)} s  cpu ${cpu.toFixed(2).padStart(6)} s  peak RSS ${(Number(rss[1]) / 1024).toFixed(0).padStart(4)} MB`,
    );
    console.log(`${''.padEnd(18)} ${run.stdout.trim()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`node ${process.version}, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores; build date ${TODAY}`);
measure('100,000 valid rows', 100_000, validRow);
measure('500,000 valid rows', 500_000, validRow);
measure('40,000 bad rows', 40_000, badRow);
