import { describe, expect, it } from 'vitest';
import type { SiteRule } from '../sites/types';
import { originPattern, siteRows, withSiteEnabled, withSiteRemoved } from './sites-model';

const REGISTER: SiteRule = {
  id: 'theregister',
  name: 'The Register',
  domains: ['theregister.com', 'theregister.co.uk'],
  clutter: [],
};

describe('siteRows', () => {
  it('lists built-in sites as on by default, then user sites by name', () => {
    const rows = siteRows(
      { 'zeta.example': { enabled: true }, 'alpha.example': { enabled: false } },
      [REGISTER],
    );
    expect(rows.map((r) => [r.id, r.builtIn, r.enabled])).toEqual([
      ['theregister', true, true],
      ['alpha.example', false, false],
      ['zeta.example', false, true],
    ]);
  });

  it('shows a built-in site off when any of its domains is off, and never as a user row', () => {
    const rows = siteRows({ 'theregister.co.uk': { enabled: false } }, [REGISTER]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.enabled).toBe(false);
  });
});

describe('site actions', () => {
  const [register] = siteRows({}, [REGISTER]);
  const user = siteRows({ 'example.org': { enabled: false } }, [])[0]!;

  it('switches every domain of a built-in site, and back to the default on', () => {
    const off = withSiteEnabled({}, register!, false);
    expect(off).toEqual({
      'theregister.com': { enabled: false },
      'theregister.co.uk': { enabled: false },
    });
    expect(withSiteEnabled(off, register!, true)).toEqual({});
  });

  it('keeps a user site listed when switched off, and drops it on remove', () => {
    const sites = { 'example.org': { enabled: true } };
    expect(withSiteEnabled(sites, user, false)).toEqual({ 'example.org': { enabled: false } });
    expect(withSiteRemoved(sites, user)).toEqual({});
  });

  it('does not mutate its input', () => {
    const sites = Object.freeze({ 'example.org': { enabled: true } });
    expect(() => withSiteRemoved(sites, user)).not.toThrow();
    expect(sites).toEqual({ 'example.org': { enabled: true } });
  });

  it('asks for the site and its subdomains, without a port', () => {
    expect(originPattern('example.org')).toBe('*://*.example.org/*');
  });
});
