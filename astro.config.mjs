// @ts-check
import { defineConfig } from 'astro/config';
import { policyCacheDir } from './src/content/policy-cache.ts';

// Deployment is configurable without editing this file:
//   LUOSHI_SITE  absolute origin the site is served from (used for canonical
//                links and calendar feed URLs), e.g. https://luoshi.example.cn
//   LUOSHI_BASE  path prefix when served from a sub-directory, e.g. /luoshi/
//   LUOSHI_CONTENT directory of policy MDX files (read in src/content.config.ts)
const site = process.env.LUOSHI_SITE || 'https://luoshi.example.cn';
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
