/**
 * Selectors with the verdict a browser's querySelector gives them. The unit tests check the pure
 * syntax check against it; the e2e test checks that Chromium and Firefox really agree.
 */
export const VALID_SELECTORS = [
  '.ad',
  '#sidebar',
  'div',
  '*',
  'aside.promo',
  'div > p + ul ~ span',
  'a[href]',
  'a[href^="https://ads."]',
  "a[data-x='1' i]",
  'a[ data-x = y i ]',
  'div.a.b#c[d]:first-child',
  'ul li:nth-child(2n+1)',
  'p:nth-of-type(odd)',
  'li:nth-child(-n + 3)',
  ':is(header, footer) nav',
  'div:not(.keep, #also)',
  'section:has(> img)',
  'article:has(+ aside)',
  ':where(.a) .b',
  '.a,.b,.c',
  'div\n\t.x',
  '.\\31 23',
  '#a\\:b',
  '.caf\u00e9',
  '[data-\u00e9]',
  ':root body > div',
  'input:checked',
  'p:lang(en)',
  '.-webkit-thing',
  '.--custom',
  'div    >    p',
  '  .trimmed  ',
];

export const INVALID_SELECTORS = [
  '',
  '   ',
  'a{}',
  'a } b {',
  '.x{display:block}',
  'a;b',
  'a /* x */',
  'a /* open',
  '<!-- a',
  'a -->',
  '@media',
  'a\\',
  'a[x="foo',
  "a[x='foo]",
  'a[',
  'a]',
  'a(',
  'a)',
  ':not(.a',
  ':is(a, b',
  'div:has(',
  'p:nth-child()',
  'p:nth-child(2n',
  ':lang([en)',
  '> a',
  'a >',
  'a > > b',
  'a,,b',
  'a,',
  ',a',
  '#1x',
  '.1a',
  '.',
  '#',
  'a!',
  'a.b c..d',
  '[x=1]',
  '[=x]',
  'a:',
  'a::',
  ':',
  'a b(',
  'div:nth-child(2n+1))',
];

/** Valid for the browser, but refused by us: a pseudo-element cannot be hidden with display. */
export const PSEUDO_ELEMENT_SELECTORS = ['a::before', 'p::first-line', 'div:after', '::selection'];

/**
 * Invalid for us, yet browsers' querySelector accepts them: CSS closes open brackets and strings
 * at the end of input and drops comments. In a stylesheet more rules follow, so there the same
 * text would swallow them: we refuse these on purpose.
 */
export const CLOSED_AT_END_OF_INPUT = [
  'a /* x */',
  'a /* open',
  'a\\',
  'a[x="foo',
  "a[x='foo]",
  ':not(.a',
  ':is(a, b',
  'p:nth-child(2n',
];
