// How much one source may hold before it is refused unread: each limit keeps a
// broken or hostile file (a zip bomb, markup nested 100,000 deep) from exhausting
// memory or time, so one file cannot take a batch down. Set by environment variables.
import { InputError } from '../errors.ts';

export interface SourceLimits {
  /** Bytes of a source file on disk, whatever its format. */
  fileBytes: number;
  /** Bytes of markup parsed into a tree: a web page, or the XML parts of a .docx once inflated. */
  markupBytes: number;
  /** How deep elements of a web page (or of a .docx's text) may nest. */
  htmlDepth: number;
  /** Files a .docx (a zip) may hold. */
  zipEntries: number;
}

const MB = 2 ** 20;

/** 40 MB, 1.5 MB, 12 KB: sizes in messages. */
export function formatSize(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / 1024)} KB`;
  return `${Number((bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0))} MB`;
}

export const DEFAULT_LIMITS: SourceLimits = { fileBytes: 64 * MB, markupBytes: 16 * MB, htmlDepth: 500, zipEntries: 10_000 };

/** The environment variable that sets each limit, and the unit it is given in. */
export const LIMIT_SETTINGS: Record<keyof SourceLimits, { name: string; unit: number }> = {
  fileBytes: { name: 'LUOSHI_MAX_FILE_MB', unit: MB },
  markupBytes: { name: 'LUOSHI_MAX_MARKUP_MB', unit: MB },
  htmlDepth: { name: 'LUOSHI_MAX_HTML_DEPTH', unit: 1 },
  zipEntries: { name: 'LUOSHI_MAX_ZIP_ENTRIES', unit: 1 },
};

/** The limits, each from its environment variable when set. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): SourceLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_SETTINGS) as (keyof SourceLimits)[]) {
    const { name, unit } = LIMIT_SETTINGS[key];
    const value = numberSetting(env, name, `${unit === MB ? 'megabytes' : 'a number'} (default ${DEFAULT_LIMITS[key] / unit})`);
    if (value !== undefined) limits[key] = Math.round(value * unit);
  }
  return limits;
}

/** A positive number from an environment variable, undefined when unset; `what` says what it counts. */
export function numberSetting(env: NodeJS.ProcessEnv, name: string, what: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new InputError({ file: name }, `"${raw}" is not a positive number`, `Set ${name} to ${what}, or unset it.`);
  return value;
}

/** A source refused for going beyond a limit: `found` names the size and the limit; the hint says how to raise it. */
export function beyondLimit(file: string, found: string, limit: keyof SourceLimits, why: string): InputError {
  const { name } = LIMIT_SETTINGS[limit];
  return new InputError(
    { file },
    `${found} (the limit is set by ${name})`,
    `${why} If it is a genuine policy, raise the limit: ${name}=… npm run luoshi -- ingest ${file}`,
  );
}
