import { describe, expect, it } from 'vitest';
import { normalizeDomain, parseUserRules, userRulesFor } from './user-rules';

describe('parseUserRules', () => {
  it('parses site, multi-site, generic and excluding rules', () => {
    const { rules, errors } = parseUserRules(
      [
        '! my rules',
        'example.com##.promo-box',
        '',
        '  Example.org , news.example.net ##aside.related  ',
        '##.newsletter-signup',
        '~example.com##.sidebar',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(rules).toEqual([
      { domains: ['example.com'], excludedDomains: [], selector: '.promo-box', line: 2 },
      {
        domains: ['example.org', 'news.example.net'],
        excludedDomains: [],
        selector: 'aside.related',
        line: 4,
      },
      { domains: [], excludedDomains: [], selector: '.newsletter-signup', line: 5 },
      { domains: [], excludedDomains: ['example.com'], selector: '.sidebar', line: 6 },
    ]);
  });

  it('reports each bad line with its number and keeps the good ones', () => {
    const { rules, errors } = parseUserRules(
      [
        'exa mple.com##.a',
        'example.com##',
        'example.com##div{',
        '||ads.example.com^',
        'example.com#@#.a',
        'example.com#?#div:has-text(Ad)',
        'example.com##+js(nowebrtc)',
        'example.com##a::before',
        'good.example##.ok',
        'https://example.com/##.a',
        'example.com,,example.org##.a',
      ].join('\r\n'),
    );
    expect(errors.map((e) => [e.line, e.code])).toEqual([
      [1, 'bad-domain'],
      [2, 'empty-selector'],
      [3, 'invalid-selector'],
      [4, 'not-cosmetic'],
      [5, 'unsupported'],
      [6, 'unsupported'],
      [7, 'unsupported'],
      [8, 'pseudo-element'],
      [10, 'bad-domain'],
      [11, 'bad-domain'],
    ]);
    expect(errors[0]!.subject).toBe('exa mple.com');
    expect(errors[2]!.subject).toBe('div{');
    expect(rules).toEqual([
      { domains: ['good.example'], excludedDomains: [], selector: '.ok', line: 9 },
    ]);
  });

  it('keeps "##" inside the selector', () => {
    expect(parseUserRules('example.com##a[href="#x##y"]').rules[0]?.selector).toBe(
      'a[href="#x##y"]',
    );
  });

  it('is total: odd input gives errors, never an exception', () => {
    for (const input of [
      '\u0000##\u0000',
      '#'.repeat(1000),
      '##'.repeat(3),
      '\ud800##.a',
      'a.com##\ud800',
      '~##.a',
      '~~a.com##.a',
      '.'.repeat(300) + '##.a',
      'a'.repeat(70) + '.com##.a',
      undefined as unknown as string,
      42 as unknown as string,
    ]) {
      expect(() => parseUserRules(input)).not.toThrow();
    }
  });
});

describe('normalizeDomain', () => {
  it('normalises case, trailing dots and international names', () => {
    expect(normalizeDomain('WWW.Example.COM.')).toBe('www.example.com');
    expect(normalizeDomain('bücher.de')).toBe('xn--bcher-kva.de');
    expect(normalizeDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeDomain('localhost')).toBe('localhost');
  });
  it('refuses URLs, ports, paths, wildcards and bad labels', () => {
    for (const bad of [
      'http://example.com',
      'example.com:8080',
      'example.com/news',
      'user@example.com',
      '*.example.com',
      'example.*',
      '-example.com',
      'example-.com',
      'exa_mple.com',
      'a..b',
      '',
      '.',
    ]) {
      expect(normalizeDomain(bad), bad).toBeNull();
    }
  });
});

describe('userRulesFor', () => {
  const { rules } = parseUserRules(
    [
      'example.com##.a',
      'other.org##.b',
      '##.c',
      '~news.example.com##.d',
      'example.com,~news.example.com##.e',
      'example.com##.a',
    ].join('\n'),
  );

  it('applies site rules to the site and its subdomains, generic rules everywhere', () => {
    expect(userRulesFor(rules, 'example.com')).toEqual(['.a', '.c', '.d', '.e']);
    expect(userRulesFor(rules, 'WWW.example.com.')).toEqual(['.a', '.c', '.d', '.e']);
    expect(userRulesFor(rules, 'other.org')).toEqual(['.b', '.c', '.d']);
  });
  it('honours excluded domains', () => {
    expect(userRulesFor(rules, 'news.example.com')).toEqual(['.a', '.c']);
  });
  it('does not match a domain that only ends with the same letters', () => {
    expect(userRulesFor(rules, 'notexample.com')).toEqual(['.c', '.d']);
  });
});
