// Links each cited policy to the ingested policy it names, by 发文字号 or by title.
import type { Reference } from '../schema/record.ts';

export interface PolicyKey {
  slug: string;
  title: string;
  docNumber: string | null;
}

const norm = (s: string) => s.normalize('NFKC').replace(/[\s《》〈〉“”"]/g, '').replace(/[〔［\[【(（]/g, '〔').replace(/[〕］\]】)）]/g, '〕');

export function linkReferences(references: readonly Reference[], policies: readonly PolicyKey[], self: string): Reference[] {
  const byNumber = new Map(policies.filter((p) => p.docNumber).map((p) => [norm(p.docNumber!), p.slug]));
  const byTitle = new Map(policies.map((p) => [norm(p.title), p.slug]));
  return references.map((r) => {
    // 《…关于印发〈X〉的通知》 cites X.
    const inner = r.title ? /关于印发《(.+)》的通知$/.exec(r.title)?.[1] : undefined;
    const slug = (r.docNumber && byNumber.get(norm(r.docNumber))) || (inner && byTitle.get(norm(inner))) || (r.title && byTitle.get(norm(r.title))) || null;
    return { ...r, policy: slug && slug !== self ? slug : null };
  });
}
