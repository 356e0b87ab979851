// Links each cited policy to the ingested policy it names, by 发文字号 or by title.
import type { Reference } from '../schema/record.ts';

export interface PolicyKey {
  slug: string;
  title: string;
  docNumber: string | null;
}

export interface PolicyIndex {
  byNumber: Map<string, string>;
  byTitle: Map<string, string>;
}

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s《》〈〉“”"]/g, '')
    .replace(/[〔［\[【(（]/g, '〔')
    .replace(/[〕］\]】)）]/g, '〕');

/** Built once per batch: linking is then a lookup per reference. */
export function indexPolicies(policies: readonly PolicyKey[]): PolicyIndex {
  return {
    byNumber: new Map(policies.filter((p) => p.docNumber).map((p) => [norm(p.docNumber!), p.slug])),
    byTitle: new Map(policies.map((p) => [norm(p.title), p.slug])),
  };
}

export function linkReferences(references: readonly Reference[], index: PolicyIndex, self: string): Reference[] {
  return references.map((r) => {
    // 《…关于印发〈X〉的通知》 cites X.
    const inner = r.title ? /关于印发《(.+)》的通知$/.exec(r.title)?.[1] : undefined;
    const slug =
      (r.docNumber && index.byNumber.get(norm(r.docNumber))) ||
      (inner && index.byTitle.get(norm(inner))) ||
      (r.title && index.byTitle.get(norm(r.title))) ||
      null;
    return { ...r, policy: slug && slug !== self ? slug : null };
  });
}
