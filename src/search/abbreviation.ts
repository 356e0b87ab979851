// Abbreviations of unit names: 教体局 for 县教育体育局.

/**
 * Chinese unit names are shortened by keeping some of their characters in order
 * and the last one (the kind of body): 教体局 for 县教育体育局, 人社局 for
 * 县人力资源和社会保障局. A term is taken as such an abbreviation of a name when
 * it is at least two characters with a Han character, shorter than the name,
 * ends like it, and its characters occur in the name in order.
 */
export function isAbbreviation(term: string, name: string): boolean {
  const a = Array.from(term);
  const b = Array.from(name);
  if (a.length < 2 || a.length >= b.length || !/\p{Script=Han}/u.test(term)) return false;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  let i = 0;
  for (const ch of b) if (ch === a[i] && ++i === a.length) return true;
  return false;
}
