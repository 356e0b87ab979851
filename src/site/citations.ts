// Which cited titles are policies of this site. Extraction links a reference to a policy
// (references[].policy) when it can; the site shows that link only when the cited title is
// that policy's title, or the 发文字号 agree: a bare 政府工作报告 must not lead to another
// region's report.
import type { PolicyRecord, Reference } from '../schema/record.ts';

/** A title as compared: NFKC, without book-title marks, quotes, spaces, and with one kind of dash. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[《》〈〉<>“”"'‘’\s]/g, '')
    .replace(/[—–－~〜]/g, '-');
}

/** A cited title, and the title of the document it forwards (关于印发〈X〉的通知 → X). */
function titleKeys(title: string): string[] {
  const forwarded = /印发[〈《<](.+)[〉》>]/.exec(title)?.[1];
  return forwarded ? [titleKey(title), titleKey(forwarded)] : [titleKey(title)];
}

/** The policy a reference cites, when the site holds it and the reference really names it. */
export function citedPolicy(ref: Reference, bySlug: ReadonlyMap<string, PolicyRecord>): PolicyRecord | null {
  const policy = ref.policy ? bySlug.get(ref.policy) : undefined;
  if (!policy) return null;
  if (ref.title && titleKeys(ref.title).includes(titleKey(policy.meta.title))) return policy;
  if (ref.docNumber && policy.meta.docNumber && titleKey(ref.docNumber) === titleKey(policy.meta.docNumber)) return policy;
  return null;
}
