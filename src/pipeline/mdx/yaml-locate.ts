// Where a value sits in a YAML text, so schema errors can name a line and column
// instead of a path like `targets[3].deadline`.
import { EVENT_ID, getScalarValue, parseEvents, type Event } from 'js-yaml';

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

interface Located {
  offset: number;
  /** Mapping entries: where the key is written, and the value's node. */
  entries?: Map<string, { keyOffset: number; value: Located }>;
  items?: Located[];
}

/**
 * Position of the value at `path` (of its key, for a mapping entry), or of the
 * deepest part of the path that exists. The text must be valid YAML.
 */
export function locateYamlPath(text: string, path: readonly PropertyKey[]): Position {
  return yamlLocator(text)(path);
}

/** `locateYamlPath` for many paths of one text: the text is parsed once. */
export function yamlLocator(text: string): (path: readonly PropertyKey[]) => Position {
  const root = buildTree(text);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (path) => {
    let node = root;
    let offset = node?.offset ?? 0;
    for (const step of path) {
      const entry = node?.entries?.get(String(step));
      const item = typeof step === 'number' ? node?.items?.[step] : undefined;
      if (entry) {
        offset = entry.keyOffset;
        node = entry.value;
      } else if (item) {
        offset = item.offset;
        node = item;
      } else {
        break;
      }
    }
    return positionAt(lineStarts, offset);
  };
}

function positionAt(lineStarts: readonly number[], offset: number): Position {
  // The last line that starts at or before `offset`.
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low] + 1 };
}

function buildTree(text: string): Located | undefined {
  const events = parseEvents(text, {});
  let index = 0;

  function node(): Located | undefined {
    const event: Event | undefined = events[index++];
    if (!event) return undefined;
    switch (event.type) {
      case EVENT_ID.POP:
        return undefined;
      case EVENT_ID.SCALAR:
        return { offset: event.valueStart };
      case EVENT_ID.ALIAS:
        return { offset: event.anchorStart };
      case EVENT_ID.SEQUENCE: {
        const items: Located[] = [];
        while (index < events.length && events[index].type !== EVENT_ID.POP) {
          const item = node();
          if (item) items.push(item);
        }
        index++;
        return { offset: event.start, items };
      }
      case EVENT_ID.MAPPING: {
        const entries = new Map<string, { keyOffset: number; value: Located }>();
        while (index < events.length && events[index].type !== EVENT_ID.POP) {
          const keyEvent = events[index];
          const key = node();
          const value = node();
          if (key && value && keyEvent?.type === EVENT_ID.SCALAR) {
            entries.set(getScalarValue(text, keyEvent), { keyOffset: key.offset, value });
          }
        }
        index++;
        return { offset: event.start, entries };
      }
      default:
        // Document start: its content is the next node.
        return node();
    }
  }

  return node();
}
