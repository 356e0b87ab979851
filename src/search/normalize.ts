// Text normalisation shared by search and filters (kept apart from search.ts so
// pages that only filter do not pull Fuse.js into their bundle).

/** NFKC (full-width ２０２５／（ → 2025/( ) and collapsed white space. */
export function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}
