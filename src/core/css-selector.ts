/**
 * A pure syntactic check of a CSS selector list, for user hide rules.
 *
 * Why not a library: css-what (already in the tree through linkedom) accepts `a;b`, `> a`, `.1a`
 * and `<!--`, and css-tree would cost tens of KB in the content script. This follows the CSS
 * Syntax tokenizer and the Selectors 4 grammar closely enough to reject everything that could
 * break out of the `:is(...)` rule a selector is wrapped in (braces, semicolons, comments,
 * unbalanced brackets or quotes, bad escapes) and the common typos. It does not know which
 * pseudo-class names exist: the options page also asks the browser (`querySelector`), which is
 * authoritative, and the hiding stylesheet wraps every selector on its own, so one the browser
 * rejects cannot void the others.
 *
 * Total: returns a result for every string and never throws.
 */

export type SelectorErrorKind = 'syntax' | 'pseudo-element';

export interface SelectorError {
  kind: SelectorErrorKind;
  /** Developer-facing English detail (the options page shows a localised message per kind). */
  message: string;
}

/** Nesting deeper than this is refused rather than recursed into (no stack overflow). */
const MAX_DEPTH = 32;

type Token =
  | { t: 'ws' }
  | { t: 'ident'; v: string }
  | { t: 'function'; v: string }
  | { t: 'hash'; id: boolean }
  | { t: 'string' }
  | { t: 'number' }
  | { t: 'delim'; v: string }
  | { t: ':' | ',' | '(' | ')' | '[' | ']' };

class Invalid extends Error {
  constructor(
    message: string,
    readonly kind: SelectorErrorKind = 'syntax',
  ) {
    super(message);
  }
}

/** Selector-list arguments (`:not(a, b)`); `:has` takes relative selectors (`:has(> img)`). */
const SELECTOR_ARGS = new Set(['not', 'is', 'where', 'matches', 'any', '-webkit-any', '-moz-any']);
/** Old single-colon spellings of pseudo-elements. */
const LEGACY_PSEUDO_ELEMENTS = new Set(['before', 'after', 'first-line', 'first-letter']);

const isWs = (c: string | undefined) =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-f]$/i.test(c);
const isNameStart = (c: string | undefined) =>
  c !== undefined && (/^[a-z_]$/i.test(c) || c.charCodeAt(0) >= 0x80);
const isName = (c: string | undefined) => isNameStart(c) || isDigit(c) || c === '-';
/** A backslash that starts an escape: not followed by a newline or the end. */
const isEscape = (s: string, i: number) =>
  s[i] === '\\' && i + 1 < s.length && !'\n\r\f'.includes(s[i + 1]!);
function startsIdent(s: string, i: number): boolean {
  const c = s[i];
  if (c === '-') return isNameStart(s[i + 1]) || s[i + 1] === '-' || isEscape(s, i + 1);
  return isNameStart(c) || isEscape(s, i);
}
function startsNumber(s: string, i: number): boolean {
  let j = i;
  if (s[j] === '+' || s[j] === '-') j++;
  return isDigit(s[j]) || (s[j] === '.' && isDigit(s[j + 1]));
}

function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  /** Consumes a name (letters, digits, -, _, non-ASCII, escapes) and returns it unescaped enough to compare. */
  const name = (): string => {
    let out = '';
    while (i < s.length) {
      if (isName(s[i])) out += s[i++];
      else if (isEscape(s, i)) {
        i++;
        if (isHex(s[i])) {
          let hex = '';
          while (hex.length < 6 && isHex(s[i])) hex += s[i++];
          if (isWs(s[i])) i++;
          out += `\\${hex}`;
        } else out += s[i++];
      } else break;
    }
    return out;
  };
  while (i < s.length) {
    const c = s[i]!;
    if (isWs(c)) {
      while (isWs(s[i])) i++;
      tokens.push({ t: 'ws' });
    } else if (c === '"' || c === "'") {
      i++;
      for (;;) {
        if (i >= s.length) throw new Invalid('unterminated string');
        if (s[i] === c) break;
        i += s[i] === '\\' ? 2 : 1;
      }
      i++;
      tokens.push({ t: 'string' });
    } else if (c === '/' && s[i + 1] === '*') {
      throw new Invalid('comments are not allowed');
    } else if (c === '<' && s.startsWith('<!--', i)) {
      throw new Invalid('"<!--" is not allowed');
    } else if (c === '-' && s.startsWith('-->', i)) {
      throw new Invalid('"-->" is not allowed');
    } else if (c === '{' || c === '}' || c === ';' || c === '@') {
      throw new Invalid(`"${c}" is not allowed in a selector`);
    } else if (c === '\\' && !isEscape(s, i)) {
      throw new Invalid('a backslash must escape something');
    } else if (startsNumber(s, i)) {
      if (s[i] === '+' || s[i] === '-') i++;
      while (isDigit(s[i])) i++;
      if (s[i] === '.' && isDigit(s[i + 1])) {
        i++;
        while (isDigit(s[i])) i++;
      }
      if (startsIdent(s, i)) name();
      else if (s[i] === '%') i++;
      tokens.push({ t: 'number' });
    } else if (startsIdent(s, i)) {
      const v = name();
      if (s[i] === '(') {
        i++;
        tokens.push({ t: 'function', v: v.toLowerCase() });
      } else tokens.push({ t: 'ident', v: v.toLowerCase() });
    } else if (c === '#' && (isName(s[i + 1]) || isEscape(s, i + 1))) {
      i++;
      const id = startsIdent(s, i);
      name();
      tokens.push({ t: 'hash', id });
    } else if (c === ':' || c === ',' || c === '(' || c === ')' || c === '[' || c === ']') {
      i++;
      tokens.push({ t: c });
    } else {
      // One code point, so an astral character is not split into two lone surrogates.
      const cp = String.fromCodePoint(s.codePointAt(i)!);
      i += cp.length;
      tokens.push({ t: 'delim', v: cp });
    }
  }
  return tokens;
}

const describe = (tok: Token | undefined): string => {
  if (!tok) return 'the end';
  if (tok.t === 'delim' || tok.t === 'ident' || tok.t === 'function')
    return `"${tok.v}${tok.t === 'function' ? '(' : ''}"`;
  return tok.t === 'ws' ? 'a space' : `"${tok.t}"`;
};

class Parser {
  private p = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.p + offset];
  }
  private skipWs(): boolean {
    let skipped = false;
    while (this.peek()?.t === 'ws') {
      this.p++;
      skipped = true;
    }
    return skipped;
  }
  private isDelim(tok: Token | undefined, chars: string): boolean {
    return tok?.t === 'delim' && chars.includes(tok.v);
  }
  private expect(t: Token['t'], what: string): void {
    if (this.peek()?.t !== t) throw new Invalid(`expected ${what}, found ${describe(this.peek())}`);
    this.p++;
  }

  /** The whole input: a selector list and nothing after it. */
  parseAll(): void {
    this.selectorList(false, 0);
    if (this.p < this.tokens.length) throw new Invalid(`unexpected ${describe(this.peek())}`);
  }

  private selectorList(relative: boolean, depth: number): void {
    if (depth > MAX_DEPTH) throw new Invalid('nested too deeply');
    this.skipWs();
    this.complex(relative, depth);
    this.skipWs();
    while (this.peek()?.t === ',') {
      this.p++;
      this.skipWs();
      this.complex(relative, depth);
      this.skipWs();
    }
  }

  private complex(relative: boolean, depth: number): void {
    if (relative && this.isDelim(this.peek(), '>+~')) {
      this.p++;
      this.skipWs();
    }
    this.compound(depth);
    for (;;) {
      const start = this.p;
      const sawWs = this.skipWs();
      if (this.isDelim(this.peek(), '>+~')) {
        this.p++;
        this.skipWs();
        this.compound(depth);
      } else if (sawWs && this.startsCompound()) {
        this.compound(depth);
      } else {
        this.p = start;
        return;
      }
    }
  }

  private startsCompound(): boolean {
    const tok = this.peek();
    return (
      tok?.t === 'ident' ||
      tok?.t === 'hash' ||
      tok?.t === '[' ||
      tok?.t === ':' ||
      this.isDelim(tok, '*.')
    );
  }

  private compound(depth: number): void {
    const start = this.p;
    if (this.peek()?.t === 'ident' || this.isDelim(this.peek(), '*')) this.p++;
    for (;;) {
      const tok = this.peek();
      if (tok?.t === 'hash') {
        if (!tok.id) throw new Invalid('an id must not start with a digit');
        this.p++;
      } else if (this.isDelim(tok, '.')) {
        this.p++;
        this.expect('ident', 'a class name after "."');
      } else if (tok?.t === '[') {
        this.p++;
        this.attribute();
      } else if (tok?.t === ':') {
        this.p++;
        this.pseudo(depth);
      } else break;
    }
    if (this.p === start) throw new Invalid(`expected a selector, found ${describe(this.peek())}`);
  }

  private attribute(): void {
    this.skipWs();
    this.expect('ident', 'an attribute name');
    this.skipWs();
    if (this.peek()?.t === ']') {
      this.p++;
      return;
    }
    if (this.isDelim(this.peek(), '~|^$*') && this.isDelim(this.peek(1), '=')) this.p += 2;
    else if (this.isDelim(this.peek(), '=')) this.p++;
    else throw new Invalid(`unexpected ${describe(this.peek())} in [attribute]`);
    this.skipWs();
    const value = this.peek();
    if (value?.t !== 'ident' && value?.t !== 'string')
      throw new Invalid('an attribute value must be a name or a quoted string');
    this.p++;
    this.skipWs();
    const flag = this.peek();
    if (flag?.t === 'ident' && (flag.v === 'i' || flag.v === 's')) {
      this.p++;
      this.skipWs();
    }
    this.expect(']', '"]"');
  }

  private pseudo(depth: number): void {
    const tok = this.peek();
    if (tok?.t === ':') {
      const next = this.peek(1)?.t;
      if (next === 'ident' || next === 'function')
        throw new Invalid('pseudo-elements cannot be hidden', 'pseudo-element');
      throw new Invalid('expected a pseudo-element name after "::"');
    }
    if (tok?.t === 'ident') {
      if (LEGACY_PSEUDO_ELEMENTS.has(tok.v))
        throw new Invalid('pseudo-elements cannot be hidden', 'pseudo-element');
      this.p++;
      return;
    }
    if (tok?.t !== 'function') throw new Invalid(`expected a pseudo-class after ":"`);
    this.p++;
    if (SELECTOR_ARGS.has(tok.v) || tok.v === 'has') {
      this.selectorList(tok.v === 'has', depth + 1);
      this.expect(')', `")" to close :${tok.v}(`);
    } else this.balancedArguments(tok.v);
  }

  /**
   * Arguments we do not parse (`:nth-child(2n+1)`, `:lang(en)`): non-empty, with every bracket
   * closed by its own kind, since an unclosed `[` would swallow the stylesheet rules after it.
   */
  private balancedArguments(name: string): void {
    const closers: string[] = [')'];
    let content = false;
    while (closers.length > 0) {
      const tok = this.peek();
      if (!tok) throw new Invalid(`missing "${closers.at(-1)}" in :${name}(`);
      this.p++;
      if (tok.t === '(' || tok.t === 'function') closers.push(')');
      else if (tok.t === '[') closers.push(']');
      else if (tok.t === ')' || tok.t === ']') {
        if (closers.pop() !== tok.t) throw new Invalid(`mismatched "${tok.t}" in :${name}(`);
      }
      if (closers.length > 0 && tok.t !== 'ws') content = true;
    }
    if (!content) throw new Invalid(`:${name}() needs an argument`);
  }
}

/** Null when `selector` is a syntactically valid selector list, else what is wrong. */
export function selectorSyntaxError(selector: string): SelectorError | null {
  if (typeof selector !== 'string') return { kind: 'syntax', message: 'not a string' };
  if (selector.trim() === '') return { kind: 'syntax', message: 'empty selector' };
  try {
    new Parser(tokenize(selector)).parseAll();
    return null;
  } catch (error) {
    if (error instanceof Invalid) return { kind: error.kind, message: error.message };
    // Unreachable by design; kept so the function stays total whatever a future edit does.
    return { kind: 'syntax', message: String(error) };
  }
}
