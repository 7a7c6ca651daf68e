import { describe, expect, it } from 'vitest';
import { SITES } from '../sites/index';
import { siteKeyOf } from './site-key';
import { builtInKeys, keyOfPattern, originPatterns } from './site-patterns';

describe('site keys', () => {
  it('is the registrable domain by the Public Suffix List', () => {
    expect(siteKeyOf('https://www.theregister.com/2012/07/27/x/')).toBe('theregister.com');
    expect(siteKeyOf('http://theregister.com/')).toBe('theregister.com');
    expect(siteKeyOf('https://forums.theregister.co.uk/forum/')).toBe('theregister.co.uk');
    expect(siteKeyOf('https://news.bbc.co.uk/')).toBe('bbc.co.uk');
    // Private suffixes count: two blogs on github.io are two sites.
    expect(siteKeyOf('https://alice.github.io/post')).toBe('alice.github.io');
    expect(siteKeyOf('https://WWW.Example.TEST./a')).toBe('example.test');
  });
  it('uses the host for IPs and single labels, and nothing for other schemes', () => {
    expect(siteKeyOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(siteKeyOf('http://localhost:3000/')).toBe('localhost');
    expect(siteKeyOf('http://[::1]/')).toBe('[::1]');
    for (const url of [
      'chrome://extensions',
      'about:blank',
      'file:///tmp/a.html',
      'nonsense',
      undefined,
    ])
      expect(siteKeyOf(url)).toBeNull();
  });
  it('declares every built-in rule under registrable domains, so keys and rules meet', () => {
    for (const site of SITES)
      for (const domain of site.domains) expect(siteKeyOf(`https://www.${domain}/`)).toBe(domain);
  });
});

describe('site patterns', () => {
  it('covers a site and its subdomains, without a port', () => {
    expect(originPatterns('theregister.com')).toEqual(['*://*.theregister.com/*']);
    expect(originPatterns('127.0.0.1')).toEqual(['*://127.0.0.1/*']);
    expect(originPatterns('localhost')).toEqual(['*://localhost/*']);
  });
  it('reads our own patterns back, and nothing broader', () => {
    for (const key of [...builtInKeys(), '127.0.0.1', 'localhost', 'alice.github.io'])
      expect(keyOfPattern(originPatterns(key)[0]!)).toBe(key);
    expect(keyOfPattern('*://*/*')).toBeNull();
    expect(keyOfPattern('<all_urls>')).toBeNull();
    expect(keyOfPattern('https://*.a.com/*')).toBeNull();
  });
});
