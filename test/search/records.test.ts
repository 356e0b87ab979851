import { describe, expect, it } from 'vitest';
import { docs, site } from '../support/search-records.ts';
import type { SearchDoc } from '../../src/search/index-format.ts';

const siteUrl = (d: SearchDoc) => d.u.replace(/#.*/, '');

describe('search records', () => {
  it('has a record for every target, policy, unit and paragraph', () => {
    const count = (type: SearchDoc['y']) => docs.filter((d) => d.y === type).length;
    expect(count('target')).toBe(site.rows.length);
    expect(count('policy')).toBe(site.policies.length);
    expect(count('department')).toBe(site.departments.length);
    expect(count('paragraph')).toBeGreaterThan(20);
  });

  it("lists a policy's parts in the order of its text: a target right after the paragraph holding its sentence", () => {
    let placed = 0;
    docs.forEach((d, i) => {
      if (d.y !== 'target') return;
      const holders = docs.filter((p) => p.y === 'paragraph' && siteUrl(p) === siteUrl(d) && p.x.includes(d.x));
      if (!holders.length) return;
      // what comes before it: the targets of the same paragraph, then the paragraph
      let j = i - 1;
      while (docs[j].y === 'target') j--;
      expect(holders).toContain(docs[j]);
      placed++;
    });
    expect(placed).toBeGreaterThan(20);
  });

  it("puts a heading before the paragraphs of its section, and keeps a policy's records together", () => {
    const anchored = docs.filter((d) => d.u.includes('#'));
    const seen = new Set<string>();
    anchored.forEach((d, i) => {
      if (i > 0 && siteUrl(anchored[i - 1]) !== siteUrl(d)) {
        // a new policy's parts begin: the one before has no more
        expect(seen.has(siteUrl(d))).toBe(false);
        seen.add(siteUrl(anchored[i - 1]));
      }
    });
    const headings = docs.filter((d) => d.y === 'section');
    expect(headings.length).toBeGreaterThan(10);
    for (const h of headings) {
      const title = h.t;
      const first = docs.findIndex((d) => d.y === 'paragraph' && siteUrl(d) === siteUrl(h) && d.c.endsWith(` · ${title}`));
      if (first >= 0) expect(docs.indexOf(h)).toBeLessThan(first);
    }
  });
});
