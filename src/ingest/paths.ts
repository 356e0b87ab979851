// Where content lives in a luoshi repository.
import { join } from 'node:path';

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
