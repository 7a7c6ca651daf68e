/**
 * schema.org JSON-LD: the richest metadata a news page carries, and the most often broken. Pages
 * ship comments, CDATA wrappers, trailing commas, raw newlines inside strings and several objects
 * in one script; each is repaired once, and a script that still does not parse is skipped. Its
 * strings are often HTML fragments ("<a href=...>Jane Doe</a>", "Q&amp;A"): they are read as text,
 * tags dropped and character references decoded, never parsed as markup.
 */
import { collapseWhitespace } from './text';

export type JsonLdNode = Record<string, unknown>;

/** Article types (schema.org/Article and its subtypes that news and blogs use). */
export const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'askpublicnewsarticle',
  'satiricalarticle',
  'techarticle',
  'scholarlyarticle',
  'medicalscholarlyarticle',
  'socialmediaposting',
  'blogposting',
  'liveblogposting',
  'discussionforumposting',
  'report',
  'review',
]);
const BLOG_TYPES = new Set(['blogposting']);

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Parses one script's text, repairing the common breakages. Undefined when beyond repair. */
export function parseJsonLd(raw: string): unknown {
  const text = raw.trim();
  if (!text) return undefined;
  const direct = tryParse(text);
  if (direct !== undefined) return direct;
  const repaired = text
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .replace(/^\s*\/\*[\s\S]*?\*\//, '')
    // Raw control characters are invalid inside JSON strings and harmless as whitespace between tokens.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f]+/g, ' ')
    .replace(/,\s*([}\]])/g, '$1')
    .trim()
    .replace(/;\s*$/, '');
  const fixed = tryParse(repaired);
  if (fixed !== undefined) return fixed;
  // Several objects in one script: {...}{...} or {...}\n{...}.
  const several = tryParse(`[${repaired.replace(/}\s*{/g, '},{')}]`);
  if (several !== undefined) return several;
  // Templated scripts paste text with its quotes unescaped ("the 'Jewels" show") or quote
  // strings with apostrophes.
  return tryParse(repairStrings(repaired));
}

/**
 * What follows a string's closing quote: `:`, `}`, `]`, the end, or a comma and the start of the
 * next value or key. A quote followed by anything else (", a light installation") is text.
 */
const CLOSING = /\s*(?:[:}\]]|$|,\s*(?:["{[\d-]|true\b|false\b|null\b))/y;

/**
 * Rewrites strings a hand-written template got wrong: quotes inside a string that cannot end it
 * (see CLOSING) are escaped, and single-quoted strings ('Oil prices fell...') become JSON strings.
 * Only tried on a script that fails to parse otherwise, so valid JSON is never touched.
 */
function repairStrings(text: string): string {
  let out = '';
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote && c === '\\') {
      // \' is no JSON escape: the apostrophe alone.
      out += quote === "'" && text[i + 1] === "'" ? "'" : c + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (!quote) {
      if (c === '"' || c === "'") {
        quote = c;
        out += '"';
      } else out += c;
      continue;
    }
    if (c === quote) {
      CLOSING.lastIndex = i + 1;
      if (CLOSING.test(text)) {
        quote = null;
        out += '"';
        continue;
      }
    }
    out += c === '"' ? '\\"' : c;
  }
  return out;
}

export const isNode = (v: unknown): v is JsonLdNode =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const asArray = (v: unknown): unknown[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];

/** `@type` values, lower-cased and without the vocabulary ("http://schema.org/NewsArticle"). */
export function typesOf(node: JsonLdNode): string[] {
  return asArray(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/#:]/, '').toLowerCase());
}

/**
 * Every node in the page's JSON-LD scripts (their texts), flattened (arrays, `@graph`, nested
 * values), and an @id index.
 */
export function jsonLdNodes(scripts: readonly string[]): {
  nodes: JsonLdNode[];
  byId: Map<string, JsonLdNode>;
} {
  const nodes: JsonLdNode[] = [];
  const byId = new Map<string, JsonLdNode>();
  const seen = new Set<unknown>();
  const walk = (value: unknown, depth: number): void => {
    if (depth > 8 || seen.has(value)) return;
    if (Array.isArray(value)) {
      for (const v of value) walk(v, depth + 1);
      return;
    }
    if (!isNode(value)) return;
    seen.add(value);
    if (value['@type'] !== undefined) nodes.push(value);
    const id = value['@id'];
    if (typeof id === 'string' && Object.keys(value).length > 1 && !byId.has(id))
      byId.set(id, value);
    for (const [key, child] of Object.entries(value)) {
      if (key === '@context') continue;
      if (typeof child === 'object') walk(child, depth + 1);
    }
  };
  for (const script of scripts) walk(parseJsonLd(script), 0);
  return { nodes, byId };
}

/** Follows an `{"@id": ...}` reference to the node it names. */
export function resolve(value: unknown, byId: Map<string, JsonLdNode>): unknown {
  if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

// The references CMSs escape names with; others are numeric (&#8217;) or left as written.
const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * A JSON-LD string as plain text: tags removed (a CMS that pastes the byline's HTML into
 * `author.name`), character references decoded ("Q&amp;A", "&#8217;"), whitespace collapsed.
 */
export function plainText(value: string): string {
  const stripped = value
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (ref: string, body: string) => {
      if (body[0] !== '#') return NAMED_REFERENCES[body.toLowerCase()] ?? ref;
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : +body.slice(1);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ref;
    });
  return collapseWhitespace(stripped);
}

/** A text value: a string, the first string in an array, or an object's `name`/`@value`. */
export function text(value: unknown): string | null {
  for (const v of asArray(value)) {
    if (typeof v === 'number') return String(v);
    const inner = isNode(v) ? (v['@value'] ?? v.name) : v;
    if (typeof inner === 'string') {
      const plain = plainText(inner);
      if (plain) return plain;
    }
  }
  return null;
}

function samePage(a: string, pageUrl: string): boolean {
  try {
    const x = new URL(a, pageUrl);
    const y = new URL(pageUrl);
    const path = (u: URL) => u.pathname.replace(/\/(index\.html?|amp)?$/, '');
    return (
      x.hostname.replace(/^www\./, '') === y.hostname.replace(/^www\./, '') && path(x) === path(y)
    );
  } catch {
    return false;
  }
}

export interface JsonLdArticle {
  node: JsonLdNode;
  isBlog: boolean;
}

/**
 * The page's own article node: an article-typed node, preferring the one about this URL (pages
 * also describe related stories) and one with a headline. A WebPage's `mainEntity` counts.
 */
export function findArticle(
  nodes: JsonLdNode[],
  byId: Map<string, JsonLdNode>,
  pageUrl: string,
): JsonLdArticle | null {
  let best: { node: JsonLdNode; score: number } | null = null;
  for (const node of nodes) {
    const types = typesOf(node);
    if (!types.some((t) => ARTICLE_TYPES.has(t))) continue;
    let score = 1;
    if (text(node.headline) || text(node.name)) score += 2;
    if (node.author || node.datePublished) score += 1;
    const urls = [node.url, node['@id'], resolve(node.mainEntityOfPage, byId)]
      .flatMap((u) => (isNode(u) ? [u['@id'], u.url] : [u]))
      .filter((u): u is string => typeof u === 'string');
    if (urls.some((u) => samePage(u, pageUrl))) score += 3;
    if (!best || score > best.score) best = { node, score };
  }
  if (!best) return null;
  return { node: best.node, isBlog: typesOf(best.node).some((t) => BLOG_TYPES.has(t)) };
}

export interface JsonLdPerson {
  name: string;
  isOrganization: boolean;
}

/** Authors as Person, Organization, arrays of them, plain strings, or @id references. */
export function authorsOf(node: JsonLdNode, byId: Map<string, JsonLdNode>): JsonLdPerson[] {
  const out: JsonLdPerson[] = [];
  for (const raw of [...asArray(node.author), ...(node.author ? [] : asArray(node.creator))]) {
    const value = resolve(raw, byId);
    if (typeof value === 'string') {
      const name = plainText(value);
      if (name) out.push({ name, isOrganization: false });
      continue;
    }
    if (!isNode(value)) continue;
    const types = typesOf(value);
    let name = text(value.name);
    if (!name) {
      const given = text(value.givenName);
      const family = text(value.familyName);
      name = [given, family].filter(Boolean).join(' ') || null;
    }
    if (name)
      out.push({
        name,
        isOrganization: types.includes('organization') || types.includes('newsmediaorganization'),
      });
  }
  return out;
}

/** The site the article belongs to: `isPartOf` WebSite, else a WebSite node on the page. */
export function websiteName(
  article: JsonLdNode | null,
  nodes: JsonLdNode[],
  byId: Map<string, JsonLdNode>,
): string | null {
  const part = article ? resolve(article.isPartOf, byId) : null;
  if (isNode(part) && typesOf(part).includes('website')) {
    const name = text(part.name);
    if (name) return name;
  }
  for (const node of nodes) {
    if (typesOf(node).includes('website')) {
      const name = text(node.name);
      if (name) return name;
    }
  }
  return null;
}

export function publisherName(
  article: JsonLdNode | null,
  byId: Map<string, JsonLdNode>,
): string | null {
  if (!article) return null;
  for (const p of asArray(article.publisher)) {
    const value = resolve(p, byId);
    const name =
      typeof value === 'string' ? plainText(value) : isNode(value) ? text(value.name) : null;
    if (name) return name;
  }
  return null;
}
