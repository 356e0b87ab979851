import { describe, expect, it } from 'vitest';
import { fingerprint, isHandEdited } from '../../../src/pipeline/mdx/fingerprint.ts';
import { readMdx, readPolicyMdx } from '../../../src/pipeline/mdx/read-mdx.ts';
import { writeMdx } from '../../../src/pipeline/mdx/write-mdx.ts';
import { zhenkang, zhenkangBlocks } from './fixtures.ts';
import { catchError } from './helpers.ts';

const file = 'content/policies/zhenkang-education-2023-2025.mdx';
const source = writeMdx(zhenkang, zhenkangBlocks);

describe('readMdx', () => {
  it('gives back the record with its stamp, and the body', () => {
    const { record, body } = readMdx(source, file);
    expect(record).toStrictEqual({ ...zhenkang, generated: { by: 'luoshi', hash: expect.stringMatching(/^[0-9a-f]{16}$/) } });
    expect(body.startsWith('## <Anchor id="s3" />')).toBe(true);
    expect(source.endsWith(`\n\n${body}`)).toBe(true);
  });

  it('reads a file saved with Windows line endings and a byte order mark', () => {
    const { record } = readMdx(`\uFEFF${source.replace(/\n/g, '\r\n')}`, file);
    expect(record).toMatchObject({ slug: zhenkang.slug, meta: { title: zhenkang.meta.title } });
  });

  it('reports bad YAML at its line and column in the MDX file', () => {
    const broken = source.replace("  date: '2023-11-07'", "  date: '2023-11-07");
    const error = catchError(() => readMdx(broken, file));
    expect(error.file).toBe(file);
    expect(error.line).toBeGreaterThan(5);
    expect(error.format()).toMatch(new RegExp(`^${file}:\\d+:\\d+: this is not valid YAML: `));
  });

  it('says what is wrong with a file without frontmatter, or with frontmatter never closed', () => {
    expect(catchError(() => readMdx('# 标题\n', file)).format()).toBe(
      `${file}:1:1: the file does not start with frontmatter\n  the first line of a policy file must be \`---\`, opening the YAML record`,
    );
    expect(catchError(() => readMdx('---\ntitle: x\n\n正文\n', file)).message).toBe('the frontmatter opened on line 1 is never closed');
  });
});

describe('readPolicyMdx', () => {
  it('validates the record and names the line of a hand edit gone wrong', () => {
    const edited = source.replace("    deadline: '2025'\n", '    deadline: 2025\n');
    const error = catchError(() => readPolicyMdx(edited, file));
    const line = edited.split('\n').indexOf('    deadline: 2025') + 1;
    expect(error.format()).toBe(`${file}:${line}:5: targets[0].deadline: write this in quotes: '2025' (unquoted, YAML reads it as a number)`);
  });
});

describe('fingerprint', () => {
  it('is the first 16 hex digits of the SHA-256', () => {
    expect(fingerprint('abc')).toBe('ba7816bf8f01cfea');
    expect(fingerprint('镇康')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('isHandEdited', () => {
  it('is false for a file as luoshi wrote it', () => {
    expect(isHandEdited(source)).toBe(false);
  });

  it('is true once a value in the frontmatter changed', () => {
    expect(isHandEdited(source.replace("    deadline: '2025'\n", "    deadline: '2026'\n"))).toBe(true);
    expect(isHandEdited(source.replace('县一中', '县第一中学'))).toBe(true);
  });

  it('is true once the body changed', () => {
    expect(isHandEdited(source.replace('三、重点任务', '三、主要任务'))).toBe(true);
  });

  it('is true without a stamp, or with a stamp that is not luoshi’s', () => {
    expect(isHandEdited(source.replace(/\ngenerated:\n.*\n.*\n/, '\n'))).toBe(true);
    expect(isHandEdited(source.replace(/hash: [0-9a-f]{16}/, 'hash: 0000000000000000'))).toBe(true);
    expect(isHandEdited(source.replace('by: luoshi', 'by: someone'))).toBe(true);
  });

  it('is false when only the YAML’s form changed: comments, quotes, line endings, stamp moved', () => {
    const reformatted = source
      .replace("  date: '2023-11-07'", '  date: "2023-11-07"  # 成文日期')
      .replace('  sector: 教育', "  sector: '教育'")
      .replace(/\ngenerated:\n(.*)\n(.*)\n/, '\n')
      .replace('---\nslug:', `---\ngenerated: { by: luoshi, hash: ${source.match(/hash: ([0-9a-f]{16})/)![1]} }\nslug:`);
    expect(reformatted).not.toBe(source);
    expect(isHandEdited(reformatted)).toBe(false);
    expect(isHandEdited(source.replace(/\n/g, '\r\n'))).toBe(false);
  });
});
