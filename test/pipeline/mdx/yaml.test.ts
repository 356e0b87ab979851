import { parseFrontmatter as astroParseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/pipeline/errors.ts';
import { dumpYaml, loadYaml, parseYamlWith } from '../../../src/pipeline/mdx/yaml.ts';
import { locateYamlPath } from '../../../src/pipeline/mdx/yaml-locate.ts';
import { catchError, lookalikes } from './helpers.ts';

function astroReads(yaml: string): unknown {
  return astroParseFrontmatter(`---\n${yaml}---\n`).frontmatter;
}

describe('dumpYaml', () => {
  it('keeps every string a string, for our reader and for Astro’s', () => {
    const data = { strings: lookalikes };
    const yaml = dumpYaml(data);
    expect(loadYaml(yaml, 'test.yaml')).toStrictEqual(data);
    expect(astroReads(yaml)).toStrictEqual(data);
  });

  it('keeps numbers, booleans and null typed', () => {
    const data = { value: 95.5, zero: 0, negative: -3, year: 2025, optional: false, binding: true, unit: null };
    const yaml = dumpYaml(data);
    expect(yaml).toContain('value: 95.5\n');
    expect(yaml).toContain('year: 2025\n');
    expect(yaml).toContain('unit: null\n');
    expect(loadYaml(yaml, 'test.yaml')).toStrictEqual(data);
    expect(astroReads(yaml)).toStrictEqual(data);
  });

  it('writes Chinese as it is, never folds long lines, never uses anchors', () => {
    const sentence = '到2025年,全县学前教育三年毛入园率达95%以上,公办幼儿园占比保持在70%以上,学前教育实现普及普惠。'.repeat(4);
    const shared = ['县教育体育局'];
    const yaml = dumpYaml({ text: sentence, a: shared, b: shared });
    expect(yaml).toContain(`text: ${sentence}\n`);
    expect(yaml).not.toMatch(/\\u|&|\*/);
  });
});

describe('loadYaml', () => {
  it('reads unquoted dates as Astro does (as Date), so the schema can catch them', () => {
    expect(loadYaml('date: 2023-11-07\n', 'x.yaml')).toStrictEqual({ date: new Date('2023-11-07T00:00:00Z') });
  });

  it('reports bad YAML with the file, its line in the file and the column', () => {
    const yaml = 'title: 镇康\nissuers: [中共镇康县委办公室\ndate: x\n';
    const error = catchError(() => loadYaml(yaml, 'content/policies/zhenkang.mdx', 2));
    expect(error).toBeInstanceOf(InputError);
    expect(error.file).toBe('content/policies/zhenkang.mdx');
    expect(error.line).toBeGreaterThanOrEqual(3);
    expect(error.column).toBeGreaterThan(0);
    expect(error.format()).toMatch(/^content\/policies\/zhenkang\.mdx:\d+:\d+: this is not valid YAML: /);
  });

  it('rejects a key written twice', () => {
    expect(() => loadYaml('title: a\ntitle: b\n', 'x.yaml')).toThrow(/duplicated mapping key/);
  });
});

describe('parseYamlWith', () => {
  const schema = z.object({
    targets: z.array(z.object({ id: z.string(), deadline: z.string().nullable(), value: z.number().nullable() }).strict()),
  });

  it('names the line of the value at fault, and says to quote an unquoted date', () => {
    const yaml = ['targets:', '  - id: t-1', "    deadline: '2025'", '    value: 95', '  - id: t-2', '    deadline: 2025-12-31', '    value: 70', ''].join(
      '\n',
    );
    const error = catchError(() => parseYamlWith(schema, yaml, 'corrections.yaml'));
    expect(error.line).toBe(6);
    expect(error.column).toBe(5);
    expect(error.message).toBe("targets[1].deadline: write the date in quotes, e.g. '2025-12-31' (unquoted, YAML reads it as a timestamp)");
  });

  it('says to quote a year written as a number', () => {
    const yaml = 'targets:\n  - id: t-1\n    deadline: 2025\n    value: 95\n';
    const error = catchError(() => parseYamlWith(schema, yaml, 'corrections.yaml', 2));
    expect(error.line).toBe(4);
    expect(error.message).toContain("write this in quotes: '2025'");
  });

  it('points at an unknown field and lists further problems with their lines', () => {
    const yaml = 'targets:\n  - id: t-1\n    dealine: null\n    value: 95\n  - id: 7\n    deadline: null\n    value: x\n';
    const error = catchError(() => parseYamlWith(schema, yaml, 'corrections.yaml'));
    expect(error.format()).toMatch(/^corrections\.yaml:2:5: targets\[0\]\.deadline: missing: add a line `deadline: …`/);
    expect(error.hint).toMatch(/line 3: targets\[0\]\.dealine: unknown field dealine \(a typo\?\)/);
    expect(error.hint).toMatch(/line 5: targets\[1\]\.id: write this in quotes: '7'/);
    expect(error.hint).toMatch(/line 7: targets\[1\]\.value: /);
  });
});

describe('locateYamlPath', () => {
  const yaml = 'meta:\n  title: x\ntargets:\n  - id: a\n    responsible: [甲, 乙]\n  - id: b\n';
  it('finds keys, sequence items and flow items', () => {
    expect(locateYamlPath(yaml, ['meta', 'title'])).toEqual({ line: 2, column: 3 });
    expect(locateYamlPath(yaml, ['targets', 1])).toEqual({ line: 6, column: 5 });
    expect(locateYamlPath(yaml, ['targets', 0, 'responsible', 1])).toEqual({ line: 5, column: 22 });
  });
  it('falls back to the deepest part of the path that exists', () => {
    expect(locateYamlPath(yaml, ['targets', 1, 'deadline'])).toEqual({ line: 6, column: 5 });
    expect(locateYamlPath(yaml, ['nowhere'])).toEqual({ line: 1, column: 1 });
  });
});
