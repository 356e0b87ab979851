// The search records of the fixture site (test/fixtures), as the build makes them, and copies of
// them standing for a larger site.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { FIXTURE_DIR, TODAY } from './policy-fixtures.ts';
import { readPolicyFile } from '../../src/content/policy-files.ts';
import { renderPolicyBody } from '../../src/content/policy-body.ts';
import { buildSite } from '../../src/site/site-data.ts';
import { paragraphsOf } from '../../src/site/paragraphs.ts';
import { buildSearchDocs } from '../../src/search/records.ts';
import type { SearchDoc } from '../../src/search/index-format.ts';

const files = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const bodies = new Map<string, string>();
const records = files.map((f) => {
  const file = readPolicyFile(readFileSync(join(FIXTURE_DIR, f), 'utf8'), f);
  bodies.set(file.record.slug, renderPolicyBody(file.body, f, file.bodyLine).html);
  return file.record;
});
export const site = buildSite(records, TODAY);
const catalogue = load(readFileSync(join(FIXTURE_DIR, '..', 'data', 'indicators.yaml'), 'utf8')) as {
  indicators: { id: string; name: string; aliases: string[]; unit: string }[];
};
export const docs = buildSearchDocs(site, { indicators: catalogue.indicators, paragraphs: (slug) => paragraphsOf(bodies.get(slug)!) });
export const urls = { termUrl: 't/{n}', listUrl: 'l/{n}', docUrl: 'd/{n}', pagesUrl: 'pages', namesUrl: 'names' };

/** The fixture's records `n` times over, each copy of a policy a site page of its own. */
export const copies = (n: number): SearchDoc[][] =>
  Array.from({ length: n }, (_, k) => docs.map((d) => ({ ...d, u: d.u.includes('#') ? d.u.replace('#', `c${k}/#`) : `${d.u}c${k}/` })));
