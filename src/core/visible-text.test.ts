import { describe, expect, it } from 'vitest';
import { parseDocument } from '../cli/parse-html';
import { visibleText } from './visible-text';

const textOf = (body: string): string =>
  visibleText(
    parseDocument(`<!doctype html><html><body>${body}</body></html>`, 'https://example.com/'),
    new Set(),
  );

describe('visibleText', () => {
  it('skips what markup alone hides: [hidden], inline display:none, a closed dialog, framework hiding classes', () => {
    const text = textOf(
      `<p>Shown.</p><p hidden>Attribute.</p><p style="display: none">Inline.</p>
<div class="d-none">Bootstrap.</div><div class="container dn news">Tachyons.</div>
<div class="hidden">Tailwind.</div><div class="d-none d-print-block">Print only.</div>
<dialog><p>Closed dialog.</p></dialog><dialog open><p>Open dialog.</p></dialog>`,
    );
    expect(text).toBe('Shown.\n\nOpen dialog.');
  });

  it('keeps an element that a responsive class shows again at some width', () => {
    const text = textOf(
      `<div class="d-none d-md-block">Desktop.</div><div class="hidden lg:flex">Wide.</div><div class="dn db-ns">Not small.</div><div class="hidden-xs">Not phones.</div>`,
    );
    for (const s of ['Desktop.', 'Wide.', 'Not small.', 'Not phones.']) expect(text).toContain(s);
  });

  it("skips Bootstrap's closed modals and dropdown menus, and keeps them once opened", () => {
    const text = textOf(
      `<p>Shown.</p><div class="modal fade" role="dialog"><p>E-mail the story</p></div>
<ul class="dropdown-menu"><li><a href="/a">Hidden entry</a></li></ul>
<div class="modal fade show"><p>Open dialog.</p></div><ul class="dropdown-menu show"><li>Open menu.</li></ul>
<div class="modal-body-text">Not a modal.</div>`,
    );
    expect(text).toBe('Shown.\n\nOpen dialog.\n\nOpen menu.\n\nNot a modal.');
  });

  it('skips the closed sub-menus of a WordPress menu and a hover dropdown, not the menu itself', () => {
    const text = textOf(
      `<nav><ul class="menu"><li><a href="/news">News</a><ul class="sub-menu"><li><a href="/news/uk">UK news</a></li></ul></li>
<li><a href="/sport">Sport</a><div class="dropdown-content"><a href="/sport/f1">Formula 1</a></div></li></ul></nav><p>Story.</p>`,
    );
    expect(text).toBe('News\n\nSport\n\nStory.');
  });

  it('skips a list nested in a site menu item (a dropdown), not one in a footer site map or the story', () => {
    const text = textOf(
      `<header><ul><li><a href="/tech">Tech</a><ul><li><a href="/tech/ai">AI desk</a></li></ul></li></ul></header>
<nav><ol><li><a href="/world">World</a><ol><li><a href="/world/asia">Asia desk</a></li></ol></li></ol></nav>
<main><nav><ul><li><a href="#a">Part one</a><ul><li><a href="#b">Section two</a></li></ul></li></ul></nav><p>Story.</p></main>
<footer><nav><ul><li>Sections<ul><li><a href="/money">Money</a></li></ul></li></ul></nav></footer>`,
    );
    expect(text).toBe('Tech\n\nWorld\n\nPart one\n\nSection two\n\nStory.\n\nSections\n\nMoney');
  });
});
