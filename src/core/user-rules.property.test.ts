/**
 * Properties of the My rules parser (fast-check): it never throws; every line that is not blank
 * or a comment gives exactly one rule or one error, at its own line number (nothing is dropped
 * silently); every accepted rule, written back out, parses to the same rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/property';
import { VALID_SELECTORS, INVALID_SELECTORS } from '../../test/helpers/selector-corpus';
import { parseUserRules, type UserRule } from './user-rules';

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,6}[a-z0-9])?$/);
const domain = fc.oneof(
  fc
    .tuple(
      fc.array(label, { minLength: 1, maxLength: 3 }),
      fc.constantFrom('com', 'org', 'co.uk', 'example'),
    )
    .map(([l, tld]) => `${l.join('.')}.${tld}`),
  fc.constantFrom(
    'Example.COM',
    'bücher.example',
    'localhost',
    '127.0.0.1',
    'exa mple.com',
    'a/b.com',
    '*.ads.com',
    '',
  ),
);
const domainItem = fc.tuple(fc.boolean(), domain).map(([not, d]) => (not ? `~${d}` : d));
const selector = fc.oneof(
  fc.constantFrom(...VALID_SELECTORS),
  fc.constantFrom(...INVALID_SELECTORS),
  fc.constantFrom('a::before', '+js(nowebrtc)', '^script', ''),
  fc.string({ maxLength: 20 }),
);
const separator = fc.constantFrom('##', '##', '##', '#@#', '#?#', '#$#', '#%#', '#', '###');
const pad = fc.constantFrom('', ' ', '  ', '\t', '\u00A0');
/** Lines as users type and paste them: rules, near-rules, comments, blanks and junk. */
const line = fc.oneof(
  fc
    .tuple(pad, fc.array(domainItem, { maxLength: 3 }), separator, selector, pad)
    .map(([a, ds, sep, sel, b]) => `${a}${ds.join(',')}${sep}${sel}${b}`),
  fc.string({ maxLength: 30 }).map((s) => `! ${s}`),
  fc.constantFrom('', '   ', '||ads.example.com^', '@@||example.com^', 'example.com'),
  fc.string({ maxLength: 40 }),
);
const eol = fc.constantFrom('\n', '\r\n', '\r');
const text = fc.tuple(fc.array(line, { maxLength: 12 }), eol).map(([lines, nl]) => lines.join(nl));

/** A rule written back as the user would type it. */
const write = (r: UserRule) =>
  `${[...r.domains, ...r.excludedDomains.map((d) => `~${d}`)].join(',')}##${r.selector}`;

describe('parseUserRules (properties)', () => {
  it('never throws, on any string at all', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 200 })), (input) => {
        const { rules, errors } = parseUserRules(input);
        expect(Array.isArray(rules) && Array.isArray(errors)).toBe(true);
      }),
      runs(),
    );
  });

  it('answers every rule line exactly once, at its line number', () => {
    fc.assert(
      fc.property(text, (input) => {
        const lines = input.split(/\r\n|\r|\n/);
        const { rules, errors } = parseUserRules(input);
        const answered = [...rules.map((r) => r.line), ...errors.map((e) => e.line)].sort(
          (a, b) => a - b,
        );
        const expected = lines
          .map((l, i) => ({ l: l.trim(), n: i + 1 }))
          .filter(({ l }) => l !== '' && !l.startsWith('!'))
          .map(({ n }) => n);
        expect(answered).toEqual(expected);
        for (const e of errors) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(lines.length);
          expect(e.message).not.toBe('');
        }
        for (const r of rules) expect(lines[r.line - 1]).toContain(r.selector);
      }),
      runs(),
    );
  });

  it('round-trips every accepted rule', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { rules } = parseUserRules(input);
        for (const rule of rules) {
          expect(rule.selector).not.toBe('');
          expect(rule.selector).toBe(rule.selector.trim());
          const again = parseUserRules(write(rule));
          expect(again.errors).toEqual([]);
          expect(again.rules).toEqual([{ ...rule, line: 1 }]);
        }
        // All of them at once, one per line: the same rules, renumbered.
        const all = parseUserRules(rules.map(write).join('\n'));
        expect(all.errors).toEqual([]);
        expect(all.rules).toEqual(rules.map((r, i) => ({ ...r, line: i + 1 })));
      }),
      runs(),
    );
  });
});
