// The search index, built once per build from the cached site data, the policy texts and the
// indicator catalogue (src/search/index-build.ts).
import { perSite, policyBodyHtml } from './policies.ts';
import { loadProgress } from './progress.ts';
import { buildSearchDocs, unitNames } from '../search/records.ts';
import { buildIndex } from '../search/index-build.ts';
import { withDigest } from '../search/index-digest.ts';
import { paragraphsOf } from '../site/paragraphs.ts';
import { urls } from '../site/urls.ts';

export const loadSearch = perSite(async (site) => {
  const { catalogue } = await loadProgress();
  const docs = buildSearchDocs(site, { indicators: catalogue.indicators, paragraphs: (slug) => paragraphsOf(policyBodyHtml(slug)) });
  return withDigest(
    buildIndex(docs, unitNames(site), {
      termUrl: urls.searchTerms('{n}'),
      listUrl: urls.searchList('{n}'),
      docUrl: urls.searchDocs('{n}'),
      pagesUrl: urls.searchPages(),
      namesUrl: urls.searchNames(),
    }),
  );
});
