import { describe, expect, it } from 'vitest';
import { citedPolicy, titleKey } from '../../src/site/citations.ts';
import { readFixtures } from '../support/policy-fixtures.ts';
import type { PolicyRecord } from '../../src/schema/record.ts';

const policies = readFixtures();
const bySlug = new Map(policies.map((p) => [p.slug, p]));
const report = (slug: string, title: string, region: string): PolicyRecord => ({
  ...policies[0],
  slug,
  meta: { ...policies[0].meta, title, region, docNumber: null },
});

describe('citations', () => {
  it('links a reference whose title is the policy title, whatever the marks, spaces and dashes', () => {
    expect(citedPolicy({ title: '推动基础教育高质量发展行动方案', docNumber: null, policy: 'basic-education-action-plan' }, bySlug)?.slug).toBe(
      'basic-education-action-plan',
    );
    expect(titleKey('《镇康县教育三年行动计划(2023—2025年)》')).toBe(titleKey('镇康县教育三年行动计划（2023-2025年）'));
  });

  it('links a notice that forwards the policy (关于印发〈…〉的通知)', () => {
    const ref = { title: '关于印发〈推动基础教育高质量发展行动方案〉的通知', docNumber: null, policy: 'basic-education-action-plan' };
    expect(citedPolicy(ref, bySlug)?.slug).toBe('basic-education-action-plan');
  });

  it('does not link a bare 政府工作报告 to another region’s report', () => {
    const guizhou = report('guizhou-report-2021', '2021年贵州省政府工作报告', '贵州省');
    const map = new Map([[guizhou.slug, guizhou]]);
    expect(citedPolicy({ title: '政府工作报告', docNumber: null, policy: guizhou.slug }, map)).toBeNull();
    expect(citedPolicy({ title: '2021年贵州省政府工作报告', docNumber: null, policy: guizhou.slug }, map)?.slug).toBe(guizhou.slug);
  });

  it('links by 发文字号 when the titles differ, and never to a policy the site lacks', () => {
    const numbered = { ...report('x', '某某方案', '镇康县'), meta: { ...policies[0].meta, title: '某某方案', docNumber: '镇政办发〔2023〕1号' } };
    const map = new Map([['x', numbered]]);
    expect(citedPolicy({ title: '关于某事的通知', docNumber: '镇政办发〔2023〕1号', policy: 'x' }, map)?.slug).toBe('x');
    expect(citedPolicy({ title: '某某方案', docNumber: null, policy: 'missing' }, map)).toBeNull();
  });
});
