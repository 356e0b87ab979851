// ASCII slugs for policy files: stable URLs whatever the source file is called.
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';

/** zhenkang-education-2023-2025.txt → zhenkang-education-2023-2025; 镇康县方案.docx → policy-1a2b3c4d. */
export function slugFor(file: string): string {
  const name = basename(file, extname(file));
  const ascii = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A name that was mostly Chinese keeps too little to be recognisable, or unique.
  const asciiShare = ascii.replace(/-/g, '').length / Math.max(1, name.replace(/\s/g, '').length);
  if (ascii.length >= 3 && /[a-z]/.test(ascii) && asciiShare >= 0.5) return ascii.slice(0, 80).replace(/-+$/, '');
  return `policy-${createHash('sha1').update(name).digest('hex').slice(0, 8)}`;
}
