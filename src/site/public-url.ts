// The site's public URL: set in ONE place, the LUOSHI_SITE environment variable (README,
// "Deployment"). Unset, the site has no canonical links and its downloads carry relative
// links only: an invented domain never reaches a page, a CSV file or a calendar feed.

/** Hosts reserved for documentation (RFC 2606/6761): never a real site. */
const PLACEHOLDER = /(^|\.)(example|invalid|test|localhost)(\.[a-z]+)?$/i;

/**
 * The origin (and path) the built site is served from, or undefined when none is set.
 * Throws with a message saying what to write when LUOSHI_SITE is not a usable public URL.
 */
export function publicSite(env: Record<string, string | undefined> = process.env): string | undefined {
  const raw = env.LUOSHI_SITE?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`LUOSHI_SITE="${raw}" is not a URL: write the address the site is served from, e.g. https://luoshi.gov.cn/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`LUOSHI_SITE="${raw}" must start with https:// or http://`);
  if (PLACEHOLDER.test(url.hostname))
    throw new Error(
      `LUOSHI_SITE="${raw}" names a placeholder host (${url.hostname}): set the site's real address, or leave LUOSHI_SITE unset for relative links`,
    );
  return url.href;
}
