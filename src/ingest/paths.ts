// Where content lives in a luoshi repository.
import { join, relative, resolve } from 'node:path';

export interface ContentPaths {
  root: string;
  sources: string;
  policies: string;
  corrections: string;
  cache: string;
}

export function contentPaths(root: string, policies = process.env.LUOSHI_CONTENT): ContentPaths {
  return {
    root,
    sources: join(root, 'content', 'sources'),
    policies: policies ? join(root, policies) : join(root, 'content', 'policies'),
    corrections: join(root, 'content', 'corrections'),
    cache: join(root, '.cache'),
  };
}

/**
 * A source as the manifest and the policy file know it: its path from the project
 * root, however it was typed (content/sources/a.txt, ./a.txt from inside sources/, …).
 */
export function sourceKey(paths: ContentPaths, file: string): string {
  return relative(paths.root, resolve(file));
}
