import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listFixtures, loadFixture, type Fixture } from '../../test/helpers/fixtures';
import { HIDE_ATTR, OFF_ATTR, REVEAL_ATTR } from '../core/hide-css';
import type { TabStatus } from '../shared/messages';
import { findSite } from '../sites/index';
import { analyser } from './analyser';
import { Declutterer, QUIET_MS } from './declutter';

const ON = { enabled: true, reveal: false, mode: 'tidy' as const };

function setup(f: Fixture) {
  const dom = new JSDOM(f.html, { url: f.case.url });
  const doc = dom.window.document;
  const reports: TabStatus[] = [];
  const frames: (() => void)[] = [];
  const d = new Declutterer(doc, findSite(f.case.url), {
    report: (s) => reports.push(s),
    idle: (fn) => fn(),
    frame: (fn) => frames.push(fn),
    analyser: (ready) => ready(analyser),
  });
  const runFrames = async () => {
    // MutationObserver callbacks are microtasks (and timers may be faked here).
    for (let i = 0; i < 5; i++) await Promise.resolve();
    while (frames.length) frames.shift()!();
  };
  return { dom, doc, d, reports, runFrames };
}

/** Innermost elements holding `text` (whitespace collapsed). */
function holders(doc: Document, text: string): Element[] {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ');
  return Array.from(doc.body.getElementsByTagName('*')).filter(
    (el) =>
      norm(el.textContent).includes(text) &&
      !Array.from(el.children).some((c) => norm(c.textContent).includes(text)),
  );
}
const isMarked = (el: Element | null): boolean =>
  !!el && (el.hasAttribute(HIDE_ATTR) || isMarked(el.parentElement));

afterEach(() => vi.useRealTimers());

describe('Declutterer on The Register', () => {
  for (const f of listFixtures('register')) {
    it(`${f.id}: marks every mustHide block and no mustKeep text`, () => {
      const { doc, d } = setup(f);
      d.setState(ON);
      for (const s of f.case.mustHide) {
        const els = holders(doc, s);
        expect(els.length, s).toBeGreaterThan(0);
        for (const el of els) expect(isMarked(el), s).toBe(true);
      }
      for (const s of f.case.mustKeep)
        expect(
          holders(doc, s).some((el) => !isMarked(el)),
          s,
        ).toBe(true);
      // Site-rule blocks and heuristic blocks (core's findClutter), nothing else, counted once.
      const status = d.status();
      expect(status.hidden).toBeGreaterThan(0);
      const reasons = Object.keys(status.reasons);
      expect(reasons.some((r) => r.startsWith('site:theregister/'))).toBe(true);
      expect(reasons.every((r) => /^(site:theregister\/|heuristic:)/.test(r))).toBe(true);
      expect(Object.values(status.reasons).reduce((a, b) => a + b, 0)).toBe(status.hidden);
    });
  }
});

describe('Declutterer', () => {
  const f = loadFixture('register/2012-skype-denies-spying-modern');

  it('leaves the page alone until the background says the site is on', () => {
    const { doc, d, reports } = setup(f);
    expect(doc.querySelector(`[${HIDE_ATTR}]`)).toBeNull();
    d.setState({ ...ON, enabled: false });
    expect(doc.querySelector(`[${HIDE_ATTR}]`)).toBeNull();
    expect(doc.documentElement.hasAttribute(OFF_ATTR)).toBe(true);
    expect(reports.at(-1)).toMatchObject({ enabled: false, hidden: 0 });
  });

  it("takes the site's rule late, as the registered script gets it with the background's hello", () => {
    const site = findSite(f.case.url);
    const expected = setup(f);
    expected.d.setState(ON);
    const reasons = (doc: Document) =>
      Array.from(doc.querySelectorAll(`[${HIDE_ATTR}^="site:"]`), (el) =>
        el.getAttribute(HIDE_ATTR),
      );
    expect(reasons(expected.doc).length).toBeGreaterThan(0);

    // The hello's order: the rule, then the state. The stylesheet hides the rule's blocks by
    // selector: marking them (to count them) waits for idle time, or for the popup to ask.
    const hello = new JSDOM(f.html, { url: f.case.url }).window.document;
    const idles: (() => void)[] = [];
    const helloReports: TabStatus[] = [];
    const first = new Declutterer(hello, null, {
      report: (s) => helloReports.push(s),
      idle: (fn) => idles.push(fn),
    });
    first.setSite(site);
    first.setState(ON);
    expect(reasons(hello)).toEqual([]);
    expect(helloReports).toMatchObject([{ enabled: true, hidden: 0 }]);
    idles.shift()!();
    expect(reasons(hello)).toEqual(reasons(expected.doc));
    expect(helloReports.at(-1)?.hidden).toBe(first.status().hidden);
    expect(first.status().hidden).toBeGreaterThan(0);
    const asked = new JSDOM(f.html, { url: f.case.url }).window.document;
    const third = new Declutterer(asked, site, { report: () => {}, idle: () => {} });
    third.setState(ON);
    expect(third.status().hidden).toBeGreaterThan(0);
    expect(reasons(asked)).toEqual(reasons(expected.doc));

    // A popup's "apply" may arrive before the hello: the rule's blocks are marked when it comes.
    const early = new JSDOM(f.html, { url: f.case.url }).window.document;
    const reports: TabStatus[] = [];
    const second = new Declutterer(early, null, { report: (s) => reports.push(s), idle: () => {} });
    second.setState(ON);
    expect(reasons(early)).toEqual([]);
    second.setSite(site);
    expect(reasons(early)).toEqual(reasons(expected.doc));
    expect(reports.at(-1)?.hidden).toBe(second.status().hidden);
  });

  it('undoes and redoes with one attribute, and reports each change once', () => {
    const { doc, d, reports } = setup(f);
    d.setState(ON);
    const hidden = d.status().hidden;
    d.setState({ ...ON, enabled: false });
    expect(doc.documentElement.hasAttribute(OFF_ATTR)).toBe(true);
    d.setState({ ...ON, reveal: true });
    expect(doc.documentElement.hasAttribute(OFF_ATTR)).toBe(false);
    expect(doc.documentElement.hasAttribute(REVEAL_ATTR)).toBe(true);
    expect(d.status().hidden).toBe(hidden); // Marks stay: nothing is removed or re-found.
    // Turning on reports twice (rule blocks at once, heuristic blocks when idle); each later
    // change once.
    expect(reports.map((r) => [r.enabled, r.reveal])).toEqual([
      [true, false],
      [true, false],
      [false, false],
      [true, true],
    ]);
  });

  it('leaves unreported what the background already shows for the hello', () => {
    const dom = new JSDOM(f.html, { url: f.case.url });
    const reports: TabStatus[] = [];
    const idles: (() => void)[] = [];
    const d = new Declutterer(dom.window.document, null, {
      report: (s) => reports.push(s),
      idle: (fn) => idles.push(fn),
    });
    d.setSite(findSite(f.case.url));
    d.setState(ON, { shown: true });
    expect(reports).toEqual([]);
    idles.shift()!(); // The rule's blocks, counted at idle time: that count is reported.
    expect(reports).toMatchObject([{ enabled: true, hidden: d.status().hidden }]);
    expect(d.status().hidden).toBeGreaterThan(0);
    d.setState({ ...ON, enabled: false }); // A later change is reported as before.
    expect(reports.at(-1)).toMatchObject({ enabled: false });
  });

  it('counts blocks, not nested marks, and ignores marks the page fakes', () => {
    const { doc, d } = setup(f);
    d.setState(ON);
    const before = d.status().hidden;
    const fake = doc.createElement('div');
    fake.setAttribute(HIDE_ATTR, 'site:theregister');
    doc.body.append(fake);
    // #story-bot-col holds .articleList etc.: one block however many rules match inside.
    expect(before).toBe(
      Array.from(doc.querySelectorAll(`[${HIDE_ATTR}]`)).filter(
        (el) => el !== fake && !el.parentElement?.closest(`[${HIDE_ATTR}]`),
      ).length,
    );
    expect(d.status().hidden).toBe(before);
  });

  it('puts its <html> attributes back when the page removes them', async () => {
    const { doc, d } = setup(f);
    d.setState({ ...ON, enabled: false });
    doc.documentElement.removeAttribute(OFF_ATTR);
    await new Promise((r) => setTimeout(r, 0));
    expect(doc.documentElement.hasAttribute(OFF_ATTR)).toBe(true);
  });

  it('catches clutter added late, batched per frame, then stops watching when it is quiet', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { doc, d, runFrames } = setup(f);
    d.setState(ON);
    const before = d.status().hidden;
    expect(d.observing).toBe(true);
    const rail = doc.createElement('div');
    rail.className = 'promo_article';
    rail.textContent = 'A lazy teaser';
    const ad = doc.createElement('div');
    ad.className = 'adun';
    doc.getElementById('body')!.append(rail, ad);
    await runFrames();
    expect(rail.getAttribute(HIDE_ATTR)).toBe('site:theregister/read-more');
    expect(ad.getAttribute(HIDE_ATTR)).toBe('site:theregister/ad-slot');
    expect(d.status().hidden).toBe(before + 2);

    vi.advanceTimersByTime(QUIET_MS + 1);
    expect(d.observing).toBe(false);

    // The reader scrolls towards the lazy rails: watch again.
    doc.defaultView!.dispatchEvent(new doc.defaultView!.Event('scroll'));
    expect(d.observing).toBe(true);
    vi.advanceTimersByTime(QUIET_MS + 1);
    expect(d.observing).toBe(false);
  });

  it('looks again after a history-API navigation', async () => {
    const { dom, doc, d } = setup(f);
    d.setState(ON);
    doc.querySelectorAll('#body, #story-bot-col, .promo_article').forEach((el) => el.remove());
    dom.window.history.pushState({}, '', '/2012/07/28/next_story/');
    const next = doc.createElement('div');
    next.id = 'story-bot-col';
    doc.body.append(next);
    d.navigated();
    expect(next.getAttribute(HIDE_ATTR)).toBe('site:theregister/more-from');
    expect(d.observing).toBe(true);
  });

  it("ignores the background's navigation ping for the page's own address", () => {
    const idles: (() => void)[] = [];
    const dom = new JSDOM(f.html, { url: f.case.url });
    const d = new Declutterer(dom.window.document, findSite(f.case.url), {
      report: () => {},
      idle: (fn) => idles.push(fn),
      frame: (fn) => fn(),
    });
    d.setState(ON);
    const queued = idles.length;
    // tabs.onUpdated reports every load's URL: the same address starts no second analysis.
    d.navigated();
    expect(idles.length).toBe(queued);
    dom.window.history.pushState({}, '', '/2012/07/28/next_story/');
    d.navigated();
    expect(idles.length).toBe(queued + 1);
  });

  it('never marks the page itself, whatever a rule says', () => {
    const dom = new JSDOM('<html><body><p>x</p></body></html>', { url: 'https://a.test/' });
    const d = new Declutterer(
      dom.window.document,
      {
        id: 'bad',
        name: 'Bad',
        domains: ['a.test'],
        clutter: ['html', 'body', 'head', ':::nope', 'p'].map((selector) => ({
          selector,
          what: 'bad',
        })),
      },
      {
        report: () => {},
        idle: (fn) => fn(),
        frame: (fn) => fn(),
        analyser: (ready) => ready(analyser),
      },
    );
    d.setState(ON);
    expect(dom.window.document.querySelectorAll(`[${HIDE_ATTR}]`)).toHaveLength(1);
    expect(d.status().hidden).toBe(1);
  });
});
