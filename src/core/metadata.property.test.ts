/**
 * Properties of byline cleaning (fast-check): whatever the page puts in its byline, cleanByline
 * never throws, and never returns a date, the site's own name, or blank or multi-line text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/property';
import { cleanByline, looksLikeDate } from './metadata';
import { collapseWhitespace } from './text';

const first = fc.constantFrom(
  'Jane',
  'Mark',
  'Priya',
  'José',
  'Zoë',
  'O’Brien',
  'Li',
  'Anne-Marie',
  'JOE',
);
const last = fc.constantFrom(
  'Doe',
  'Gillett',
  'Nair',
  'García',
  'McCarthy',
  'Wei',
  'HILDEBRAND',
  'van der Berg',
);
const person = fc.tuple(first, last).map(([f, l]) => `${f} ${l}`);
const month = fc.constantFrom(
  'Jan',
  'January',
  'Feb',
  'March',
  'Apr',
  'May',
  'June',
  'Jul',
  'Sept',
  'Oct',
  'Dec',
);
const year = fc.integer({ min: 1990, max: 2030 });
const date = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom('', 'st', 'th'), month, year)
    .map(([d, suffix, m, y]) => `${d}${suffix} ${m} ${y}`),
  fc.tuple(month, fc.integer({ min: 1, max: 31 }), year).map(([m, d, y]) => `${m} ${d}, ${y}`),
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), year)
    .map(([d, m, y]) => `${d}/${m}/${y}`),
);
const site = fc.constantFrom(
  'The Register',
  'Hostile Daily',
  'Ars Technica',
  'BBC News',
  'テック速報',
  'Wired',
);
const role = fc.constantFrom('Staff Writer', 'Senior Reporter', 'Editor', 'Correspondent');
const sep = fc.constantFrom(' | ', ' • ', ' · ', ', ', ' - ', ' — ', '\n', '\t', ' ');
const by = fc.constantFrom('', 'By ', 'by ', 'BY: ', 'Written by ');
/** Bylines as pages write them: names, dates, roles, the site, in any order, plus noise. */
const byline = fc.oneof(
  fc
    .tuple(by, fc.array(fc.oneof(person, date, site, role), { minLength: 1, maxLength: 4 }), sep)
    .map(([b, parts, s]) => b + parts.join(s)),
  fc.tuple(by, site).map(([b, s]) => b + s),
  fc.tuple(by, date).map(([b, d]) => b + d),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('', ' ', '\u200B', 'By', 'By:', '|', '27th July 2012 | Updated 28th July 2012'),
);

const norm = (s: string) => collapseWhitespace(s).toLowerCase();

describe('cleanByline (properties)', () => {
  it('never throws; never returns a date, the site name, or blank or multi-line text', () => {
    fc.assert(
      fc.property(fc.option(byline), fc.option(site), (raw, siteName) => {
        const out = cleanByline(raw, siteName);
        if (out === null) return;
        expect(typeof out).toBe('string');
        expect(out.trim()).not.toBe('');
        expect(out).not.toMatch(/[\n\r\t]/);
        expect(looksLikeDate(out), out).toBe(false);
        expect(out).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (siteName) expect(norm(out)).not.toBe(norm(siteName));
      }),
      runs(),
    );
  });

  it('keeps a plain name', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('', 'By ', 'by ', 'BY: '),
        fc.option(site),
        (name, b, siteName) => {
          expect(norm(cleanByline(b + name, siteName) ?? '')).toBe(norm(name));
        },
      ),
      runs(1 / 10),
    );
  });
});
