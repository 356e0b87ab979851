// @ts-check
import { defineConfig } from 'astro/config';
import { policyCacheDir } from './src/content/policy-cache.ts';
import { publicSite } from './src/site/public-url.ts';

// Deployment is configurable without editing this file (README, "Deployment"):
//   LUOSHI_SITE  the site's public URL (canonical links, absolute links in CSV and .ics);
//                unset: no canonical links, relative links in downloads
//   LUOSHI_BASE  path prefix when served from a sub-directory, e.g. /luoshi/
//   LUOSHI_CONTENT directory of policy MDX files (read in src/content.config.ts)
const site = publicSite();
const base = process.env.LUOSHI_BASE || '/';

export default defineConfig({
  site,
  base,
  // Every page URL ends in a slash (/policies/<slug>/); endpoints with a file
  // extension (/search-index.json, /departments/<slug>.ics) are files and keep none.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7's default ('jsx') drops white space between inline elements that sit
  // on separate source lines. `true` is the lossless minifier: it keeps a space
  // wherever one changes rendering, so inline markup needs no `{' '}` sprinkling.
  compressHTML: true,
  // No MDX integration: policy files are read and rendered to HTML by the content
  // loader (src/content/policy-loader.ts), so none becomes a JS module. It keeps the
  // records and bodies in the policy cache; pages find it through this constant.
  integrations: [
    {
      name: 'luoshi-policy-cache',
      hooks: {
        'astro:config:setup': ({ config, updateConfig }) => {
          updateConfig({ vite: { define: { __LUOSHI_POLICY_CACHE__: JSON.stringify(policyCacheDir(config.cacheDir)) } } });
        },
      },
    },
  ],
  devToolbar: { enabled: false },
});
