// YAML with source positions: js-yaml's event stream gives the offset of every node, so a
// schema problem at `indicators[3].unit` can be reported at the line and column of that value.
import { EVENT_ID, YAMLException, getScalarValue, load, parseEvents } from 'js-yaml';
import type { Event } from 'js-yaml';
import { lineColumn } from './text.ts';

export type YamlPath = readonly PropertyKey[];

export interface YamlSource {
  value: unknown;
  /** Line and column of the node at `path`, or of its nearest located ancestor. */
  locate(path: YamlPath): { line: number; column: number };
  /** Line and column of the key that ends `path` (falls back to `locate`). */
  locateKey(path: YamlPath): { line: number; column: number };
}

export class YamlSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, line: number, column: number) {
    super(message);
    this.name = 'YamlSyntaxError';
    this.line = line;
    this.column = column;
  }
}

type Frame =
  { kind: 'map'; path: string[]; key: string | null; expectKey: boolean } | { kind: 'seq'; path: string[]; index: number } | { kind: 'doc'; path: string[] };

const QUOTED = new Set([2, 3]); // SCALAR_STYLE single- and double-quoted

function offsets(text: string, events: Event[]): Map<string, number> {
  const found = new Map<string, number>();
  const stack: Frame[] = [];
  const placeNode = (): string[] | null => {
    const top = stack[stack.length - 1];
    if (top === undefined) return null;
    if (top.kind === 'doc') return top.path;
    if (top.kind === 'seq') return [...top.path, String(top.index++)];
    if (top.expectKey) return null; // keys are placed by the caller
    top.expectKey = true;
    return top.key === null ? null : [...top.path, top.key];
  };
  for (const e of events) {
    if (e.type === EVENT_ID.DOCUMENT) {
      stack.push({ kind: 'doc', path: [] });
      continue;
    }
    if (e.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    const top = stack[stack.length - 1];
    if (top !== undefined && top.kind === 'map' && top.expectKey) {
      // a key: remember it, and where it stands (the fallback for a missing value)
      top.expectKey = false;
      top.key = e.type === EVENT_ID.SCALAR ? getScalarValue(text, e) : null;
      if (e.type === EVENT_ID.SCALAR && top.key !== null) {
        found.set(JSON.stringify([...top.path, top.key, '#key']), e.valueStart - (QUOTED.has(e.style) ? 1 : 0));
      }
      if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) {
        stack.push(e.type === EVENT_ID.MAPPING ? { kind: 'map', path: [], key: null, expectKey: true } : { kind: 'seq', path: [], index: 0 });
      }
      continue;
    }
    const start = e.type === EVENT_ID.SCALAR ? e.valueStart - (QUOTED.has(e.style) ? 1 : 0) : e.type === EVENT_ID.ALIAS ? e.anchorStart - 1 : e.start;
    const path = placeNode();
    if (path !== null) found.set(JSON.stringify(path), start);
    if (e.type === EVENT_ID.MAPPING) stack.push({ kind: 'map', path: path ?? [], key: null, expectKey: true });
    if (e.type === EVENT_ID.SEQUENCE) stack.push({ kind: 'seq', path: path ?? [], index: 0 });
  }
  return found;
}

/** Parses `text`; throws YamlSyntaxError (1-based line and column) on a syntax error. */
export function parseYaml(text: string): YamlSource {
  let value: unknown;
  let events: Event[];
  try {
    value = load(text);
    events = parseEvents(text, {});
  } catch (error) {
    if (error instanceof YAMLException) {
      const line = error.mark ? error.mark.line + 1 : 1;
      const column = error.mark ? error.mark.column + 1 : 1;
      throw new YamlSyntaxError(error.reason, line, column);
    }
    throw error;
  }
  const found = offsets(text, events);
  return {
    value,
    locate(path) {
      const parts = path.map(String);
      for (let n = parts.length; n >= 0; n--) {
        const at = found.get(JSON.stringify(parts.slice(0, n)));
        if (at !== undefined) return lineColumn(text, at);
        // a key without a usable value: point at the key
        if (n > 0) {
          const key = found.get(JSON.stringify([...parts.slice(0, n), '#key']));
          if (key !== undefined) return lineColumn(text, key);
        }
      }
      return { line: 1, column: 1 };
    },
    locateKey(path) {
      const at = found.get(JSON.stringify([...path.map(String), '#key']));
      return at === undefined ? this.locate(path) : lineColumn(text, at);
    },
  };
}
