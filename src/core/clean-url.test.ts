import { describe, expect, it } from 'vitest';
import { parseDocument } from '../cli/parse-html';
import {
  SITE_TRACKING_PARAMS,
  TRACKING_PARAMS,
  canonicalUrl,
  cleanUrl,
  isTrackingParam,
} from './clean-url';

describe('cleanUrl', () => {
  it('strips tracking parameters and the fragment', () => {
    expect(cleanUrl('https://a.example/x?utm_source=tw&utm_medium=social&fbclid=1#comments')).toBe(
      'https://a.example/x',
    );
    expect(
      cleanUrl('https://a.example/x?gclid=1&mc_cid=2&mc_eid=3&_ga=4&igshid=5&msclkid=6&dclid=7'),
    ).toBe('https://a.example/x');
  });
  it('keeps meaningful parameters', () => {
    expect(cleanUrl('https://blog.example/?p=123&utm_campaign=x')).toBe(
      'https://blog.example/?p=123',
    );
    expect(cleanUrl('https://a.example/story?id=42&ocid=msn')).toBe(
      'https://a.example/story?id=42',
    );
  });
  it('resolves relative URLs and leaves non-URLs alone', () => {
    expect(cleanUrl('/a/b?utm_source=x', 'https://a.example/c')).toBe('https://a.example/a/b');
    expect(cleanUrl('not a url')).toBe('not a url');
  });
  it('knows the families', () => {
    expect(isTrackingParam('UTM_Content')).toBe(true);
    expect(isTrackingParam('page')).toBe(false);
  });
});

describe('canonicalUrl', () => {
  it('prefers rel=canonical, then og:url, made absolute and clean', () => {
    const doc = parseDocument(
      '<html><head><link rel="canonical" href="/2012/07/27/story/?utm_source=rss"><meta property="og:url" content="https://other.example/"></head></html>',
      'https://news.example/2012/07/27/story/?utm_medium=x#top',
    );
    expect(canonicalUrl(doc, 'https://news.example/2012/07/27/story/')).toBe(
      'https://news.example/2012/07/27/story/',
    );
  });
  it('falls back to the page URL, cleaned', () => {
    const doc = parseDocument('<html><head></head></html>', 'https://a.example/x');
    expect(canonicalUrl(doc, 'https://a.example/x?fbclid=9#c')).toBe('https://a.example/x');
  });
});

describe('the tracking list', () => {
  it('strips site-scoped tracking only on its site', () => {
    expect(cleanUrl('https://www.forbes.com/sites/x/?sh=1a2b3c')).toBe(
      'https://www.forbes.com/sites/x/',
    );
    expect(cleanUrl('https://shop.example/item?sh=large')).toBe(
      'https://shop.example/item?sh=large',
    );
    expect(cleanUrl('https://medium.com/@a/post-1?source=rss----1')).toBe(
      'https://medium.com/@a/post-1',
    );
    expect(cleanUrl('https://www.theguardian.com/a/b?CMP=share_btn_tw')).toBe(
      'https://www.theguardian.com/a/b',
    );
  });
  it('keeps parameters that select content elsewhere', () => {
    for (const url of [
      'https://a.example/x?source=github',
      'https://a.example/embed?src=doc.pdf',
      'https://a.example/forum?cid=12',
      'https://a.example/story?amp=1',
      'https://a.example/?share=1',
      'https://a.example/?campaign_id=9',
    ])
      expect(cleanUrl(url), url).toBe(url);
  });
  it('keeps the query exactly as written when it filters', () => {
    expect(cleanUrl('https://a.example/s?q=a%20b&utm_source=x&page=2')).toBe(
      'https://a.example/s?q=a%20b&page=2',
    );
  });
  it('skips a canonical that points at the home page', () => {
    const doc = parseDocument(
      '<html><head><link rel="canonical" href="https://news.example/"></head></html>',
      'https://news.example/a/b',
    );
    expect(canonicalUrl(doc, 'https://news.example/a/b?utm_source=x')).toBe(
      'https://news.example/a/b',
    );
  });
  it('lists lower-case names, and site-scoped names are not global', () => {
    for (const name of TRACKING_PARAMS) expect(name).toBe(name.toLowerCase());
    for (const params of Object.values(SITE_TRACKING_PARAMS))
      for (const p of params) expect(isTrackingParam(p), p).toBe(false);
  });
});
