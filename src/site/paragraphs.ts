// Paragraphs of a policy's rendered text, each with an anchor (p-1, p-2 … in text order), so that
// search can find text at paragraph level and link to the exact place. The page and the search
// index number them with the same function.

export interface Paragraph {
  id: string;
  /** Plain text, without the markup and the small 目标 links of target sentences. */
  text: string;
  /** Id of the last section anchor before it (s3-1), or null. */
  section: string | null;
  /** Ids of the targets whose sentences it holds (Target.astro's data-targets), in text order. */
  targets: string[];
}

const BLOCK = /<(p|li)(\s[^>]*)?>([\s\S]*?)<\/\1>/g;

/** The body HTML with id="p-<n>" on every paragraph and list item that has no id. */
export function numberParagraphs(html: string): string {
  let n = 0;
  return html.replace(BLOCK, (whole, tag: string, attrs: string | undefined, inner: string) => {
    n++;
    if (attrs && /\sid="/.test(attrs)) return whole;
    return `<${tag} id="p-${n}"${attrs ?? ''}>${inner}</${tag}>`;
  });
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function plainText(inner: string): string {
  return inner
    .replace(/<a class="target-ref"[\s\S]*?<\/a>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e])
    .trim();
}

/** Every paragraph of the body HTML (as rendered, before numberParagraphs), with the id it gets. */
export function paragraphsOf(html: string): Paragraph[] {
  const out: Paragraph[] = [];
  // section anchors and blocks in text order
  const token = /<span id="(s[^"]*)"><\/span>|<(p|li)(\s[^>]*)?>([\s\S]*?)<\/\2>/g;
  let section: string | null = null;
  let n = 0;
  for (const m of html.matchAll(token)) {
    if (m[1]) {
      section = m[1];
      continue;
    }
    n++;
    const own = m[3] && /\sid="([^"]*)"/.exec(m[3]);
    const text = plainText(m[4]);
    const targets = Array.from(m[4].matchAll(/<mark class="target"[^>]*\sdata-targets="([^"]*)"/g), (t) => t[1].split(' ')).flat();
    if (text) out.push({ id: own ? own[1] : `p-${n}`, text, section, targets });
  }
  return out;
}
