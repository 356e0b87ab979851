// A policy's MDX body → HTML, at content-load time, without compiling the MDX to a
// JS module. luoshi MDX (written by src/pipeline/mdx) holds Markdown text and only
// three JSX elements: <Anchor id="…" /> at the start of headings, <Target ids={[…]}>
// around target sentences, and <p> around a paragraph made only of targets. Those
// are turned into the same markup src/components/Anchor.astro and Target.astro
// render, and the rest into the markup Astro renders for compiled MDX (same escaping,
// same heading ids), so the page is byte-for-byte what it was with @astrojs/mdx.
// Anything else (other JSX, `{expressions}`, import/export) is an error naming the
// file: the pipeline never writes it, so it means a hand edit went wrong.
import GithubSlugger from 'github-slugger';
import { mdxToHast, type HastNode } from 'satteri';
import { t } from '../i18n/index.ts';
import { ProblemError } from '../problems/problem.ts';

interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  headings: BodyHeading[];
}

/** The Markdown features Astro's MDX integration turns on by default. */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

// Astro's escapeHTML (astro/dist/runtime/server/escape.js): text in JSX children.
const ESCAPABLE = /[&<>'"]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
function escapeHtml(value: string): string {
  return value.replace(ESCAPABLE, (c) => ENTITIES[c]);
}

// Astro's toAttributeString (astro/dist/runtime/server/render/util.js).
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Anchor.astro: `<span id={id}></span>`. */
export function anchorHtml(id: string): string {
  return `<span id="${escapeAttribute(id)}"></span>`;
}

/** Target.astro, with `inner` the already rendered sentence (its slot). */
export function targetHtml(ids: readonly string[], inner: string): string {
  const [first, ...rest] = ids.filter(Boolean);
  if (!first) return inner;
  const all = [first, ...rest];
  const label = `${t('search.type.target')}${all.length > 1 ? `×${all.length}` : ''}`;
  return (
    `<mark class="target" id="${escapeAttribute(first)}" data-targets="${escapeAttribute(all.join(' '))}">` +
    rest.map((id) => `<span id="${escapeAttribute(id)}"></span>`).join('') +
    inner +
    `<a class="target-ref" href="#item-${escapeAttribute(first)}">${escapeHtml(label)}</a></mark>`
  );
}

// Astro renders JSX void elements without children as `<br/>`.
const VOID = /^(area|base|br|col|command|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/i;
const BOOLEAN_ATTRIBUTES = /^(?:allowfullscreen|async|autofocus|autoplay|checked|controls|default|defer|disabled|disablepictureinpicture|disableremoteplayback|formnovalidate|inert|loop|muted|nomodule|novalidate|open|playsinline|readonly|required|reversed|scoped|seamless|selected|itemscope)$/i;

/** A hast property name as the HTML attribute compiled MDX writes (elementAttributeNameCase: 'html'). */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^data[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  if (/^aria[A-Z]/.test(property)) return `aria-${property.slice(4).toLowerCase()}`;
  return property.toLowerCase();
}

function attributes(properties: Record<string, unknown> | undefined): string {
  let out = '';
  for (const [key, raw] of Object.entries(properties ?? {})) {
    if (raw == null || raw === false) continue;
    const name = attributeName(key);
    if (raw === true) {
      out += BOOLEAN_ATTRIBUTES.test(name) ? ` ${name}` : ` ${name}="true"`;
      continue;
    }
    let value = Array.isArray(raw) ? raw.join(' ') : String(raw);
    // Compiled MDX passes a style as an object, which Astro writes `name:value;…`.
    if (name === 'style') value = value.split(';').map((d) => d.split(':').map((p) => p.trim()).join(':')).filter((d) => d !== '' && d !== ':').join(';');
    out += value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

type Node = HastNode & { type: string; [key: string]: unknown };
interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** Text of a heading, as Astro's heading-ids plugin reads it (ctx.textContent). */
function textContent(node: Node): string {
  if (node.type === 'text') return String(node.value ?? '');
  const children = node.children as Node[] | undefined;
  return children ? children.map(textContent).join('') : '';
}

class Renderer {
  readonly headings: BodyHeading[] = [];
  private readonly slugger = new GithubSlugger();

  private readonly file: string;
  private readonly firstLine: number;

  constructor(file: string, firstLine: number) {
    this.file = file;
    this.firstLine = firstLine;
  }

  fail(node: Node, message: string): never {
    const line = (node.position as { start?: { line?: number } } | undefined)?.start?.line;
    throw bodyError(this.file, message, line === undefined ? undefined : line + this.firstLine - 1);
  }

  children(node: Node): string {
    const children = node.children as Node[] | undefined;
    if (!children) return '';
    let out = '';
    for (const child of children) out += this.node(child);
    return out;
  }

  node(node: Node): string {
    switch (node.type) {
      case 'root':
        return this.children(node);
      case 'text':
        return escapeHtml(String(node.value ?? ''));
      case 'element':
        return this.element(node);
      case 'mdxJsxTextElement':
      case 'mdxJsxFlowElement':
        return this.jsx(node);
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
        return this.fail(node, `unexpected expression {${String(node.value ?? '').slice(0, 40)}} in the policy text (luoshi MDX has none; write { and } as \\{ \\})`);
      case 'mdxjsEsm':
        return this.fail(node, 'unexpected import/export in the policy text (a line starting with "import " or "export " must be escaped, e.g. &#x69;mport)');
      case 'comment':
      case 'doctype':
        return '';
      default:
        return this.fail(node, `unexpected ${node.type} node in the policy text`);
    }
  }

  element(node: Node): string {
    const tag = String(node.tagName);
    const properties = node.properties as Record<string, unknown> | undefined;
    // What Astro turns into components (images) or highlights (code blocks): policy
    // text has neither, and they would not look as they did with @astrojs/mdx.
    if (tag === 'img') return this.fail(node, 'images are not supported in the policy text');
    if (tag === 'pre') return this.fail(node, 'code blocks (``` fences) are not supported in the policy text');
    if (/^h[1-6]$/.test(tag)) {
      const text = textContent(node);
      const existing = properties?.id;
      const slug = typeof existing === 'string' ? existing : this.slugger.slug(text);
      this.headings.push({ depth: Number(tag[1]), slug, text });
      const inner = this.children(node);
      const props = typeof existing === 'string' ? properties : { ...properties, id: slug };
      return `<${tag}${attributes(props)}>${inner}</${tag}>`;
    }
    const inner = this.children(node);
    if (inner === '' && VOID.test(tag)) return `<${tag}${attributes(properties)}/>`;
    return `<${tag}${attributes(properties)}>${inner}</${tag}>`;
  }

  /** The value of a JSX attribute: a string, or a JSON expression (how the pipeline writes arrays and odd ids). */
  attribute(node: Node, attribute: JsxAttribute): unknown {
    const value = attribute.value;
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object' && value.type === 'mdxJsxAttributeValueExpression') {
      try {
        return JSON.parse(value.value);
      } catch {
        return this.fail(node, `attribute ${attribute.name}={${value.value.slice(0, 40)}} of <${String(node.name)}> is not a JSON value`);
      }
    }
    return this.fail(node, `attribute ${attribute.name ?? '{…}'} of <${String(node.name)}> has no value`);
  }

  /** The element's attributes by name; only `allowed` ones, each at most once. */
  jsxAttributes(node: Node, allowed: readonly string[]): Map<string, unknown> {
    const out = new Map<string, unknown>();
    for (const attribute of (node.attributes as JsxAttribute[] | undefined) ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !allowed.includes(attribute.name) || out.has(attribute.name)) {
        this.fail(node, `unexpected attribute ${attribute.name ?? '{…}'} on <${String(node.name)}>`);
      }
      out.set(attribute.name, this.attribute(node, attribute));
    }
    return out;
  }

  jsx(node: Node): string {
    const name = node.name as string | null;
    const children = (node.children as Node[] | undefined) ?? [];
    if (name === 'Anchor') {
      const id = this.jsxAttributes(node, ['id']).get('id');
      if (typeof id !== 'string') return this.fail(node, '<Anchor> needs a string id');
      if (children.length) return this.fail(node, '<Anchor> takes no content');
      return anchorHtml(id);
    }
    if (name === 'Target') {
      const ids = this.jsxAttributes(node, ['ids']).get('ids') ?? [];
      if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return this.fail(node, '<Target> needs ids={["t-…", …]}');
      return targetHtml(ids, this.children(node));
    }
    if (name === 'p') {
      this.jsxAttributes(node, []);
      return `<p>${this.children(node)}</p>`;
    }
    return this.fail(node, `unexpected element <${name ?? ''}> in the policy text (luoshi MDX has only <Anchor>, <Target> and <p>)`);
  }
}

function bodyError(file: string, message: string, line?: number): ProblemError {
  return new ProblemError({ severity: 'error', file, line, message });
}

/**
 * Renders a policy file's MDX body to HTML plus its headings; `firstLine` is the line of
 * the file the body starts on. Throws a ProblemError naming `file` (and the line) when the
 * text is not valid MDX or holds JSX or expressions that luoshi does not write.
 */
export function renderPolicyBody(source: string, file: string, firstLine = 1): RenderedBody {
  let tree: HastNode;
  try {
    // Positions are only read to report an error: parse without them first.
    tree = mdxToHast(source, { features: FEATURES, position: false });
  } catch (error) {
    throw bodyError(file, `not valid MDX: ${(error as Error).message}`);
  }
  try {
    return render(tree, file, firstLine);
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    // Again, with positions, to name the line.
    return render(mdxToHast(source, { features: FEATURES, position: true }), file, firstLine);
  }
}

function render(tree: HastNode, file: string, firstLine: number): RenderedBody {
  const renderer = new Renderer(file, firstLine);
  const html = renderer.node(tree as Node);
  return { html, headings: renderer.headings };
}

/**
 * Changes when the rendering changes (this module's code, the target label), so a
 * content cache made by an older renderer is not reused: the loader hashes it into
 * every entry's digest.
 */
export function rendererFingerprint(): string {
  return [Renderer, render, renderPolicyBody, targetHtml, anchorHtml, escapeHtml, escapeAttribute, attributes, attributeName, textContent]
    .map(String)
    .concat(t('search.type.target'), JSON.stringify(FEATURES))
    .join('\n');
}
