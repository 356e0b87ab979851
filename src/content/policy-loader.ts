// The policies collection's loader: every `*.mdx` file under `base` becomes one entry
// whose data is the validated frontmatter and whose body is rendered to HTML here,
// once, by src/lib/policy-body.ts. No MDX file becomes a JS module, so the Vite
// build does not grow with the number of policies (@astrojs/mdx compiled each one
// and Rolldown bundled them all: super-linear in time and memory past ~2,000).
//
// An entry keeps the digest of its file (and of the renderer): a build whose cache
// (node_modules/.astro) has the entry with the same digest skips the file's
// validation and rendering. Errors name the file: frontmatter fields through
// parseData (Astro's InvalidContentEntryDataError lists file, entry and field), the
// YAML and the MDX body through our own messages.
import { existsSync, promises as fs } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
// The parser @astrojs/mdx used (js-yaml 4 as Astro ships it): a hand-edited file reads
// the same as before, e.g. an unquoted 2025-01-01 is still a Date the schema rejects.
import { parseFrontmatter as astroFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { PolicyBodyError, renderPolicyBody, rendererFingerprint } from '../lib/policy-body.ts';

export interface PolicyLoaderOptions {
  /** Directory of the policy files, absolute or relative to the project root. */
  base: string;
}

/** The id of a policy file: its name without `.mdx` (ASCII by construction; load-policies.ts checks it equals `slug`). */
export function policyId(file: string): string {
  return file.replace(/\.mdx$/, '').split(/[\\/]/).pop() ?? file;
}

/**
 * A policy file split as @astrojs/mdx split it: the parsed YAML frontmatter, and the
 * MDX body with the frontmatter blanked out (so line numbers stay those of the file).
 * Throws naming the file.
 */
export function splitPolicyFile(contents: string, file: string): { data: Record<string, unknown>; body: string } {
  let parsed: ReturnType<typeof astroFrontmatter>;
  try {
    parsed = astroFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    throw new Error(`${file}: frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  if (!parsed.rawFrontmatter) throw new Error(`${file}: no frontmatter (a policy file starts with a --- YAML block ---)`);
  return { data: parsed.frontmatter, body: parsed.content };
}

async function listMdx(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const names = await fs.readdir(dir, { recursive: true });
  return names.filter((name) => name.endsWith('.mdx')).sort();
}

export function policyLoader(options: PolicyLoaderOptions): Loader {
  return {
    name: 'luoshi-policy-loader',
    load: async (context: LoaderContext) => {
      const { config, store, parseData, generateDigest, logger, watcher } = context;
      const root = fileURLToPath(config.root);
      const baseDir = resolve(root, options.base);
      if (!existsSync(baseDir)) logger.warn(`The policy directory "${baseDir}" does not exist.`);
      const fingerprint = rendererFingerprint();
      /** file (absolute) → id, to remove the entry when the file goes away. */
      const idByFile = new Map<string, string>();
      /** id → file (relative to the root), to report two files with the same name. */
      const fileById = new Map<string, string>();

      type Entry = Parameters<typeof store.set>[0];

      /** The entry for a file, or undefined when the store already has it with the same digest. */
      async function prepare(path: string): Promise<Entry | undefined> {
        const contents = await fs.readFile(path, 'utf8');
        const filePath = relative(root, path).split(sep).join('/');
        const id = policyId(path);
        const other = fileById.get(id);
        if (other && other !== filePath) throw new Error(`${filePath}: duplicate policy slug "${id}" (also ${other})`);
        fileById.set(id, filePath);
        idByFile.set(path, id);
        const digest = generateDigest(`${fingerprint}\n${contents}`);
        const existing = store.get(id);
        if (existing && existing.digest === digest && existing.filePath === filePath) return undefined;
        const split = splitPolicyFile(contents, filePath);
        const data = await parseData({ id, data: split.data, filePath: path });
        const { html, headings } = renderPolicyBody(split.body, filePath);
        return { id, data, filePath, digest, rendered: { html, metadata: { headings } } };
      }

      const files = (await listMdx(baseDir)).map((name) => resolve(baseDir, name));
      const untouched = new Set(store.keys());
      const entries: Entry[] = [];
      for (const path of files) {
        const entry = await prepare(path);
        if (entry) entries.push(entry);
        untouched.delete(idByFile.get(path)!);
      }
      // All writes at once, with no await between them: the store saves itself to disk
      // 500 ms after the last write, and a pause in the middle of loading (a long GC
      // with 10,000 entries in memory) would serialize the whole store each time.
      for (const entry of entries) store.set(entry);
      for (const id of untouched) store.delete(id);

      if (!watcher) return;
      watcher.add(baseDir);
      const inBase = (path: string) => path.endsWith('.mdx') && !relative(baseDir, path).startsWith('..');
      const onChange = async (path: string) => {
        if (!inBase(path)) return;
        try {
          const entry = await prepare(path);
          if (entry) store.set(entry);
          logger.info(`Reloaded ${relative(root, path)}`);
        } catch (error) {
          logger.error(error instanceof PolicyBodyError ? error.message : `${relative(root, path)}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path: string) => {
        const id = idByFile.get(path);
        if (!id) return;
        store.delete(id);
        idByFile.delete(path);
        fileById.delete(id);
      });
    },
  };
}
