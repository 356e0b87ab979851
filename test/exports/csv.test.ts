import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from '../../src/exports/csv.ts';

describe('CSV (RFC 4180, Excel-friendly)', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    const out = toCsv(['目标', '期限'], [['毛入学率达到95%以上', '2025']]);
    expect(out.startsWith(BOM)).toBe(true);
    expect(out).toBe(`${BOM}目标,期限\r\n毛入学率达到95%以上,2025\r\n`);
    expect(toCsv(['a'], [], { bom: false })).toBe('a\r\n');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('x\r\ny')).toBe('"x\r\ny"');
    expect(csvCell('全角，逗号')).toBe('全角，逗号');
  });

  it('defuses formula injection in text but leaves numbers alone', () => {
    expect(csvCell('=HYPERLINK("http://evil","点我")')).toBe(`"'=HYPERLINK(""http://evil"",""点我"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(99.5)).toBe('99.5');
  });

  it('writes empty cells for null, undefined and non-finite numbers', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, Number.NaN]], { bom: false })).toBe('a,b,c\r\n,,\r\n');
  });

  it('round-trips hostile rows through a strict CSV parser', async () => {
    const { parse } = await import('csv-parse/sync');
    const rows = [['a,b', '"q"', 'line\r\nbreak', '=1+1', '县教育体育局;教体局', '\\']];
    const text = toCsv(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], rows, { bom: false });
    const parsed = parse(text, { relax_quotes: false });
    expect(parsed[1]).toEqual(['a,b', '"q"', 'line\r\nbreak', "'=1+1", '县教育体育局;教体局', '\\']);
  });
});
