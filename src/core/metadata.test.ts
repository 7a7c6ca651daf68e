import { describe, expect, it } from 'vitest';
import { cleanByline, dateFromUrl, isoDay, looksLikeDate } from './metadata';

describe('byline cleaning', () => {
  it('rejects datelines', () => {
    for (const d of [
      '27th July 2012',
      'Fri 27 Jul 2012 // 10:31 UTC',
      'July 27, 2012',
      '2012-07-27',
    ]) {
      expect(looksLikeDate(d), d).toBe(true);
      expect(cleanByline(d, null), d).toBeNull();
    }
  });
  it('strips "By" and keeps names', () => {
    expect(cleanByline('By Dan Goodin', 'Ars Technica')).toBe('Dan Goodin');
    expect(looksLikeDate('Dan Goodin')).toBe(false);
  });
  it('rejects the site name', () => {
    expect(cleanByline('The Register', 'The Register')).toBeNull();
  });
});

describe('dates', () => {
  it('reads URL date paths', () => {
    expect(dateFromUrl('http://www.theregister.co.uk/2012/07/27/skype_denies_spying/')).toBe(
      '2012-07-27',
    );
    expect(dateFromUrl('https://a.example/2012/13/40/x')).toBeNull();
  });
  it('normalises to YYYY-MM-DD', () => {
    expect(isoDay('2012-07-27T10:31:00Z')).toBe('2012-07-27');
    expect(isoDay('not a date')).toBeNull();
  });
});
