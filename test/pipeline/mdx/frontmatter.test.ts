import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dumpFrontmatter, parseFrontmatter, policyFrontmatter } from '../../../src/pipeline/mdx/frontmatter.ts';
import { readPolicyMdx } from '../../../src/pipeline/mdx/read-mdx.ts';
import { writeMdx } from '../../../src/pipeline/mdx/write-mdx.ts';
import { record, type PolicyRecord } from '../../../src/schema/record.ts';
import { compileLikeAstro } from './astro-like.ts';
import { preschoolEnrolment, zhenkang, zhenkangBlocks } from './fixtures.ts';
import { catchError, lookalikes } from './helpers.ts';

/** The record with every free-text field, in every position, set to `s`. */
function withEveryString(s: string): PolicyRecord {
  const unit = zhenkang.units[0];
  return record.parse({
    ...zhenkang,
    meta: {
      ...zhenkang.meta,
      title: s || '·',
      issuers: [s, s],
      docNumber: s,
      region: s,
      validity: s,
      indexNumber: s,
      attachments: [s],
      sourceUrl: s,
      sector: s,
    },
    source: { ...zhenkang.source, file: s, encoding: s, sha256: s },
    sections: [{ id: s, number: s, title: s, level: 1, parent: s }],
    targets: [{ ...preschoolEnrolment, id: s, text: s, phrase: s, indicator: s, indicatorId: s, unit: s, responsible: [s], section: s }],
    units: [{ ...unit, name: s, aliases: [s], region: s }],
    references: [{ title: s, docNumber: s, policy: s }],
    removed: [{ reason: s, text: s }],
    warnings: [s],
  });
}

describe('frontmatter YAML', () => {
  it('round-trips the record exactly', () => {
    expect(parseFrontmatter(dumpFrontmatter(zhenkang))).toStrictEqual(zhenkang);
  });

  it('round-trips strings that look like dates, numbers, booleans or null, and YAML syntax', () => {
    for (const s of lookalikes) {
      const policy = withEveryString(s);
      expect(parseFrontmatter(dumpFrontmatter(policy)), JSON.stringify(s)).toStrictEqual(policy);
    }
  });

  it('round-trips any Unicode string and any finite number', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), (s, value, year) => {
        const policy = withEveryString(s);
        policy.targets[0] = { ...policy.targets[0], value, baseYear: year };
        expect(parseFrontmatter(dumpFrontmatter(policy))).toStrictEqual(policy);
      }),
    );
  });

  it('is read by Astro as the same record, plus the stamp', () => {
    for (const policy of [zhenkang, withEveryString('2025-01-01'), withEveryString('yes'), withEveryString('null')]) {
      const { frontmatter } = compileLikeAstro(writeMdx(policy, zhenkangBlocks));
      const { generated, ...rest } = frontmatter;
      expect(rest).toStrictEqual(JSON.parse(JSON.stringify(policy)));
      expect(generated).toMatchObject({ by: 'luoshi', hash: expect.stringMatching(/^[0-9a-f]{16}$/) });
    }
  });

  it('quotes dates and keeps Chinese readable', () => {
    const yaml = dumpFrontmatter(zhenkang);
    expect(yaml).toContain("  date: '2023-11-07'\n");
    expect(yaml).toContain("    deadline: '2025'\n");
    expect(yaml).toContain('    value: 95\n');
    expect(yaml).toContain('  title: 镇康县教育高质量发展三年行动计划实施方案(2023—2025年)\n');
  });

  it('writes keys in schema order, whatever order the record was built in', () => {
    const shuffled = Object.fromEntries(Object.entries(zhenkang).reverse()) as PolicyRecord;
    const source = writeMdx(shuffled, []);
    const topLevel = [...source.matchAll(/^(\w+):/gm)].map((m) => m[1]);
    expect(topLevel).toEqual([...Object.keys(record.shape), 'generated']);
    const firstTarget = source.split('\ntargets:\n')[1].split('\n  - ')[0];
    const targetKeys = [...firstTarget.matchAll(/^(?: {2}- | {4})(\w+):/gm)].map((m) => m[1]);
    expect(targetKeys).toEqual(Object.keys(record.shape.targets.element.shape));
  });
});

describe('policyFrontmatter', () => {
  it('accepts what writeMdx writes', () => {
    const { record: data } = readPolicyMdx(writeMdx(zhenkang, zhenkangBlocks), 'zhenkang.mdx');
    expect(policyFrontmatter.parse(data)).toStrictEqual(data);
  });

  it('rejects a target id used twice (a person copied a target), at the line of the copy', () => {
    const copied = { ...zhenkang, targets: [...zhenkang.targets, { ...zhenkang.targets[2], phrase: '一本上线率达23%以上' }] };
    const source = writeMdx(zhenkang, []).replace(/\nunits:/, `\n${dumpFrontmatter({ targets: copied.targets.slice(-1) }).replace('targets:\n', '')}units:`);
    const error = catchError(() => readPolicyMdx(source, 'zhenkang.mdx'));
    expect(error.message).toBe('targets[4].id: target id t-c41e88a0 is already used by targets[2]; give this one its own id');
    expect(source.split('\n')[error.line! - 1]).toBe('  - id: t-c41e88a0');
  });
});
