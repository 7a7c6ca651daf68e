/**
 * Where Tidy's false positives live: the text Tidy leaves visible that is not in the ground truth,
 * grouped by the page region around it (article container, dialog, masthead, navigation, footer,
 * the rest), with what removing each region's false positives would be worth in mean precision.
 * A diagnostic for clutter work, not a score: `npm run bench:clutter` is the score.
 *   npx tsx bench/clutter-fp.ts [--blocks N]   (N largest regions per category, default 0)
 */
import { parseDocument } from '../src/cli/parse-html';
import { isReaderable } from '../src/core/article';
import { analysePage } from '../src/core/clutter';
import { buildGuard } from '../src/core/clutter/guard';
import { isChrome, isFooter, markupWords } from '../src/core/clutter/markers';
import { measureText } from '../src/core/clutter/text-stats';
import { isBlockElement, isSkippedElement } from '../src/core/text';
import { isInlineHidden } from '../src/core/visible-text';
import { findSite } from '../src/sites/index';
import { extractionPages, sharedAvailable } from '../test/helpers/shared-data';
import { shingleMatch } from './lib/score';

if (!sharedAvailable()) {
  console.log('bench/clutter-fp: ../shared/bench/extraction is absent; nothing to measure.');
  process.exit(0);
}

const blocksArg = process.argv.indexOf('--blocks');
const showBlocks = blocksArg > 0 ? Number(process.argv[blocksArg + 1] ?? 10) : 0;

const TOKEN = /[\p{L}\p{N}_]+/gu;
const grams = (text: string): string[] => {
  const t = text.match(TOKEN) ?? [];
  const out: string[] = [];
  for (let i = 0; i + 4 <= t.length; i++) out.push(t.slice(i, i + 4).join('\u0001'));
  return out;
};

const describe = (el: Element): string => {
  const id = el.getAttribute('id');
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).slice(0, 3).join('.');
  const role = el.getAttribute('role');
  return `${el.localName}${id ? `#${id}` : ''}${cls ? `.${cls}` : ''}${role ? `[role=${role}]` : ''}`;
};

const DIALOG_WORDS = new Set(['modal', 'popup', 'dialog', 'overlay', 'lightbox', 'drawer']);
type Region = 'article' | 'dialog' | 'footer' | 'nav' | 'header' | 'page';

/** The region of a block, and the outermost element that put it there (to list the big ones). */
function regionOf(el: Element, container: Element | null): { region: Region; owner: Element } {
  let found: { region: Region; owner: Element } | null = null;
  for (let a: Element | null = el; a && a.localName !== 'body'; a = a.parentElement) {
    if (a === container) return { region: 'article', owner: a };
    const role = a.getAttribute('role');
    const words = markupWords(a);
    let r: Region | null = null;
    if (role === 'dialog' || a.getAttribute('aria-modal') === 'true') r = 'dialog';
    else if (words.some((w) => DIALOG_WORDS.has(w))) r = 'dialog';
    else if (isFooter(a)) r = 'footer';
    else if (a.localName === 'nav' || role === 'navigation' || words.includes('menu')) r = 'nav';
    else if (isChrome(a)) r = 'header';
    if (r) found = { region: r, owner: a };
  }
  return found ?? { region: 'page', owner: el };
}

type Area = 'article' | 'page' | 'chrome';
type Kind = 'navlink' | 'headline' | 'text' | 'dup';
const areaOf = (r: Region): Area => (r === 'article' || r === 'page' ? r : 'chrome');

interface Row {
  group: string;
  owner: string;
  loss: number;
  page: string;
  sample: string;
}
/** Mean-precision gain, over all pages, if the false positives of each group were hidden. */
const gain = new Map<string, number>();
const add = (group: string, tp: number, fp: number, share: number): void => {
  const g = (tp / (tp + fp * (1 - share)) - tp / (tp + fp)) / list.length;
  gain.set(group, (gain.get(group) ?? 0) + g);
};
const rows: Row[] = [];
const list = extractionPages();
for (const page of list) {
  const doc = parseDocument(page.html(), page.url);
  const analysis = analysePage(doc, findSite(page.url), {
    readerable: isReaderable(doc),
    mode: 'tidy',
  });
  const guard = buildGuard(doc, analysis.article, measureText(doc.body!));
  const truth = new Set(grams(page.articleBody));
  // Visible text in chunks, each with its block element and the link around it, if any.
  const chunks: { el: Element; link: Element | null; text: string }[] = [];
  const walk = (el: Element, block: Element, link: Element | null): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const last = chunks[chunks.length - 1];
        if (last && last.el === block && last.link === link) last.text += n.nodeValue ?? '';
        else chunks.push({ el: block, link, text: n.nodeValue ?? '' });
      } else if (n.nodeType === 1) {
        const k = n as Element;
        if (isSkippedElement(k) || isInlineHidden(k) || analysis.hidden.has(k)) continue;
        walk(k, isBlockElement(k) ? k : block, k.localName === 'a' ? k : link);
        if (isBlockElement(k)) chunks.push({ el: block, link: null, text: ' ' });
      }
    }
  };
  walk(doc.body!, doc.body!, null);
  // A navigation link (a word or three), a headline link, other text, or a second copy of a
  // chunk already shown (a duplicate menu).
  const seen = new Set<string>();
  const kinds: Kind[] = chunks.map((c) => {
    const t = c.text.replace(/\s+/g, ' ').trim();
    const words = t ? t.split(' ').length : 0;
    const dup = words > 0 && seen.has(t);
    seen.add(t);
    if (dup) return 'dup';
    if (!c.link) return 'text';
    return words >= 4 ? 'headline' : 'navlink';
  });
  const [tp, fp] = shingleMatch(page.articleBody, chunks.map((c) => c.text).join(' '));
  // Shingles run across chunk boundaries (a menu of one-word links makes plenty), so each token
  // keeps its chunk and a shingle counts for the chunk of its first token.
  const tokens: { token: string; chunk: number }[] = [];
  chunks.forEach((c, i) => {
    for (const token of c.text.match(TOKEN) ?? []) tokens.push({ token, chunk: i });
  });
  const fpOf = new Map<number, number>();
  let allFp = 0;
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const g = tokens
      .slice(i, i + 4)
      .map((t) => t.token)
      .join('\u0001');
    if (truth.has(g)) continue;
    allFp++;
    fpOf.set(tokens[i]!.chunk, (fpOf.get(tokens[i]!.chunk) ?? 0) + 1);
  }
  if (allFp === 0 || tp === 0) continue;
  const counts = new Map<string, number>();
  const count = (group: string, n: number): void => {
    counts.set(group, (counts.get(group) ?? 0) + n);
  };
  const byOwner = new Map<string, Row>();
  for (const [i, n] of fpOf) {
    const c = chunks[i]!;
    const { region, owner } = regionOf(c.el, guard.container);
    const area = areaOf(region);
    const group = `${area}:${kinds[i]}`;
    count(`region ${region}`, n);
    count(group, n);
    if (area !== 'chrome' || kinds[i] !== 'navlink') count('all but chrome navlinks', n);
    if (area !== 'chrome') count('all outside chrome', n);
    // Chrome by the landmark that holds it; elsewhere by block.
    const where = area === 'chrome' ? owner : c.el;
    const key = `${group} ${describe(where)}`;
    const row = byOwner.get(key) ?? {
      group,
      owner: describe(where),
      loss: 0,
      page: page.id.slice(0, 8),
      sample: '',
    };
    // Share of this page's precision loss.
    row.loss += (n / allFp) * (1 - tp / (tp + fp));
    if (row.sample.length < 120) row.sample += `${c.text.replace(/\s+/g, ' ').trim()} | `;
    byOwner.set(key, row);
  }
  for (const [group, n] of counts) add(group, tp, fp, n / allFp);
  rows.push(...byOwner.values());
}

console.log('Mean-precision gain if every false positive of a group were hidden (Tidy):');
for (const [group, g] of [...gain].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${group.padEnd(26)} +${g.toFixed(3)}`);
}
if (showBlocks > 0) {
  for (const group of new Set(rows.map((r) => r.group))) {
    console.log(`\n${group}: largest (share of the page's precision lost)`);
    for (const row of rows
      .filter((r) => r.group === group)
      .sort((a, b) => b.loss - a.loss)
      .slice(0, showBlocks)) {
      console.log(
        `  ${row.loss.toFixed(3)} ${row.page} ${row.owner.slice(0, 50).padEnd(50)} ${row.sample.slice(0, 100)}`,
      );
    }
  }
}
