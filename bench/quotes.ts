/**
 * npm run bench:quotes — the gist features against their labels, each beside a baseline from the
 * same run.
 *
 * Key quote and speaker, on the repo's fixtures (test/fixtures/{quotes,register}) and the
 * labelled real pages (../shared/bench/extraction/quotes.json, read in place). Baselines: "first
 * quote" and "longest quote" pick from our own quotation list, so they share our extraction and
 * attribution and differ only in the choice. A page labelled `keyQuote: null` is right only when
 * nothing is claimed. How matches are decided: bench/lib/quote-match.ts.
 *
 * Summary: ROUGE-1/2 recall against each page's standfirst (fixtures) or meta description (real
 * pages), which the summariser never sees, for our methods beside Lead-3 (the first three
 * sentences, no word budget) and Lead within our budget.
 *
 * Writes bench/results/quotes.json and, on a full run, the README's `bench:quotes` block. Usage:
 * tsx bench/quotes.ts [--verbose] [--only <id prefix>] [--sweep] [--no-readme]. --sweep scales each ranking weight (0x to 2x) and the claim floor one at a time and
 * prints key-quote+speaker accuracy, to show how sensitive the ranking is to each hand-set weight.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../src/cli/parse-html';
import { extractArticle } from '../src/core/article';
import { articleBlocks } from '../src/core/article-blocks';
import { findClutter } from '../src/core/clutter';
import { digest } from '../src/core/digest';
import { splitSentences } from '../src/core/sentences';
import { countWords } from '../src/core/text';
import { analyseQuotes } from '../src/core/quotes/index';
import { CLAIM_FLOOR, WEIGHTS, claims, scoreOf, type Features } from '../src/core/quotes/rank';
import { DEFAULT_METHOD, summarize, type SummaryMethod } from '../src/core/summary';
import type { Quote } from '../src/core/types';
import { findSite } from '../src/sites/index';
import { listFixtures } from '../test/helpers/fixtures';
import { ROOT } from '../test/helpers/paths';
import { EXTRACTION, extractionPages, sharedAvailable } from '../test/helpers/shared-data';
import { quoteMatches, sameSpeaker } from './lib/quote-match';
import { markdownTable, provenance, updateReadme } from './lib/readme';
import { rougeRecall } from './lib/rouge';

interface Label {
  keyQuote: { text: string; speaker: string; stance: string } | null;
  acceptableQuotes?: string[];
}

interface Case {
  id: string;
  set: 'fixtures' | 'real';
  url: string;
  html: () => string;
  label: Label;
  /** The reference for the summary: the fixture's standfirst; else the page's description. */
  standfirst: string | null;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const sweep = args.includes('--sweep');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

function cases(): Case[] {
  const out: Case[] = [...listFixtures('register'), ...listFixtures('quotes')].map((f) => ({
    id: f.id,
    set: 'fixtures' as const,
    url: f.case.url,
    html: () => f.html,
    label: { keyQuote: f.case.keyQuote, acceptableQuotes: f.case.acceptableQuotes },
    standfirst: f.case.standfirst,
  }));
  if (sharedAvailable()) {
    const labels = JSON.parse(readFileSync(path.join(EXTRACTION, 'quotes.json'), 'utf8')) as Record<
      string,
      Label
    >;
    for (const p of extractionPages()) {
      const label = labels[p.id];
      if (!label) continue;
      out.push({ id: p.id, set: 'real', url: p.url, html: p.html, label, standfirst: null });
    }
  }
  return only ? out.filter((c) => c.id.startsWith(only) || c.id.includes(only)) : out;
}

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

type Picker = 'ours' | 'first' | 'longest';
const PICKERS: Picker[] = ['ours', 'first', 'longest'];

function pick(which: Picker, key: Quote | null, quotes: readonly Quote[]): Quote | null {
  if (which === 'ours') return key;
  if (!quotes.length) return null;
  if (which === 'first') return quotes[0]!;
  return quotes.reduce((a, b) => (words(b.text) > words(a.text) ? b : a));
}

interface Judged {
  /** Key quote right: matches the label (or an acceptable quote), or nothing claimed on a null page. */
  quote: boolean;
  /** Speaker right (labelled pages only): the labelled speaker. */
  speaker: boolean | null;
  /** Stance right, when the quote matched the labelled key quote itself. */
  stance: boolean | null;
  /** A key quote claimed on a page whose label says there is none. */
  falseClaim: boolean;
}

function judge(q: Quote | null, label: Label): Judged {
  const k = label.keyQuote;
  if (!k) return { quote: q === null, speaker: null, stance: null, falseClaim: q !== null };
  if (!q) return { quote: false, speaker: false, stance: null, falseClaim: false };
  const exact = quoteMatches(q.text, k.text);
  const ok = exact || (label.acceptableQuotes ?? []).some((a) => quoteMatches(q.text, a));
  return {
    quote: ok,
    speaker: sameSpeaker(q.speaker, k.speaker),
    stance: exact ? q.stance === k.stance : null,
    falseClaim: false,
  };
}

const METHODS: (SummaryMethod | 'lead3' | 'lead3budget')[] = [
  'lead',
  'centrality',
  'lead3',
  'lead3budget',
];

/** Lead-3 as the literature defines it: the first three sentences, whatever their length. */
function lead3(blocks: readonly { text: string; kind: string }[], lang?: string): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind !== 'text') continue;
    for (const s of splitSentences(b.text, lang)) {
      out.push(s);
      if (out.length === 3) return out;
    }
  }
  return out;
}

/**
 * Lead-3 held to the summary's budget: the first sentences, at most three, while they fit in
 * SUMMARY_BUDGET words (the first always). The fair baseline for a summary of "at most about
 * 75 words".
 */
const SUMMARY_BUDGET = 75;
function lead3Budget(blocks: readonly { text: string; kind: string }[], lang?: string): string[] {
  const out: string[] = [];
  let words = 0;
  for (const s of lead3(blocks, lang)) {
    const n = countWords(s);
    if (out.length > 0 && words + n > SUMMARY_BUDGET) break;
    out.push(s);
    words += n;
  }
  return out;
}

interface Row {
  id: string;
  set: Case['set'];
  readerable: boolean;
  labelled: boolean;
  judged: Record<Picker, Judged>;
  key: Quote | null;
  want: Label['keyQuote'];
  summary: Partial<Record<(typeof METHODS)[number], { r1: number; r2: number; words: number }>>;
  ms: number;
}

async function run(): Promise<void> {
  const rows: Row[] = [];
  for (const c of cases()) {
    const html = c.html();
    const t0 = performance.now();
    const d = digest(parseDocument(html, c.url), c.url);
    const ms = performance.now() - t0;
    const judged = Object.fromEntries(
      PICKERS.map((p) => [p, judge(pick(p, d.keyQuote, d.quotes), c.label)]),
    ) as Record<Picker, Judged>;

    // Summaries and the sweep: on the same blocks (the calls digest() makes).
    const reference = c.standfirst ?? d.article?.excerpt ?? null;
    const hasReference = reference !== null && words(reference) >= 5;
    const summary: Row['summary'] = {};
    const doc = d.article && (hasReference || sweep) ? parseDocument(html, c.url) : null;
    const extracted = doc ? extractArticle(doc) : null;
    if (doc && extracted && d.article) {
      const clutter = findClutter(doc, extracted, findSite(c.url));
      const blocks = articleBlocks(extracted, { skip: new Set(clutter.map((x) => x.element)) });
      if (sweep) {
        const { quotes } = analyseQuotes({
          title: d.article.title,
          standfirst: d.article.excerpt,
          blocks,
        });
        sweepRows.push({
          label: c.label,
          candidates: quotes.map((q) => ({ features: q.features, judged: judge(q, c.label) })),
        });
      }
      const lang = d.article.lang ?? undefined;
      for (const m of hasReference ? METHODS : []) {
        const sentences =
          m === 'lead3'
            ? lead3(blocks, lang)
            : m === 'lead3budget'
              ? lead3Budget(blocks, lang)
              : summarize({
                  title: d.article.title,
                  blocks,
                  exclude: d.keyQuote?.text,
                  lang,
                  method: m,
                });
        const text = sentences.join(' ');
        summary[m] = {
          r1: rougeRecall(text, reference!, 1),
          r2: rougeRecall(text, reference!, 2),
          words: words(text),
        };
      }
    }
    rows.push({
      id: c.id,
      set: c.set,
      readerable: d.readerable,
      labelled: c.label.keyQuote !== null,
      judged,
      key: d.keyQuote,
      want: c.label.keyQuote,
      summary,
      ms,
    });
    if (verbose) {
      const j = judged.ours;
      const mark = (b: boolean | null): string => (b === null ? '-' : b ? '✓' : '✗');
      console.log(
        `${mark(j.quote)}${mark(j.speaker)} ${c.id.slice(0, 40).padEnd(40)} ${
          d.keyQuote
            ? `${d.keyQuote.speaker} [${d.keyQuote.stance}]: ${d.keyQuote.text.slice(0, 70)}`
            : '(none)'
        }${c.label.keyQuote && !(j.quote && j.speaker) ? `\n      want ${c.label.keyQuote.speaker}: ${c.label.keyQuote.text.slice(0, 70)}` : ''}`,
      );
    }
  }
  const results = report(rows);
  if (sweep) reportSweep();
  // A partial run (--only) must not overwrite the README's figures for the whole set.
  if (!only && !args.includes('--no-readme')) await updateReadme('quotes', readmeBlock(results));
}

interface SweepRow {
  label: Label;
  candidates: { features: Features; judged: Judged }[];
}
const sweepRows: SweepRow[] = [];

/** Key quote and speaker both right (labelled pages), and false claims, under other weights. */
function evaluate(weights: Features, floor: number): { both: number; falseClaims: number } {
  let both = 0;
  let labelled = 0;
  let falseClaims = 0;
  for (const row of sweepRows) {
    let best: SweepRow['candidates'][number] | null = null;
    let bestScore = -Infinity;
    for (const c of row.candidates) {
      const s = scoreOf(c.features, weights);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    if (best && (bestScore < floor || !claims(bestScore, best.features))) best = null;
    if (row.label.keyQuote) {
      labelled++;
      if (best && best.judged.quote && best.judged.speaker) both++;
    } else if (best) falseClaims++;
  }
  return { both: both / Math.max(1, labelled), falseClaims };
}

function reportSweep(): void {
  const base = evaluate(WEIGHTS, CLAIM_FLOOR);
  console.log(
    `\nSweep (key quote and speaker right, labelled pages; false claims): as shipped ${pct(base.both, 1)}, ${base.falseClaims}`,
  );
  const factors = [0, 0.5, 1.5, 2];
  console.log(
    `${'weight'.padEnd(14)} ${'value'.padStart(6)} ${factors.map((f) => `x${f}`.padStart(12)).join('')}`,
  );
  for (const key of Object.keys(WEIGHTS) as (keyof Features)[]) {
    const cells = factors.map((f) => {
      const r = evaluate({ ...WEIGHTS, [key]: WEIGHTS[key] * f }, CLAIM_FLOOR);
      return `${pct(r.both, 1)}/${r.falseClaims}`.padStart(12);
    });
    console.log(`${key.padEnd(14)} ${WEIGHTS[key].toFixed(2).padStart(6)} ${cells.join('')}`);
  }
  const floors = [-3, -2, -1, 0, 0.5, 1, 1.5, 2];
  console.log(
    `floor: ${floors
      .map((f) => {
        const r = evaluate(WEIGHTS, f);
        return `${f}: ${pct(r.both, 1)}/${r.falseClaims}`;
      })
      .join('  ')}`,
  );
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

function quoteFigures(rows: readonly Row[], p: Picker) {
  const labelled = rows.filter((r) => r.labelled);
  const none = rows.filter((r) => !r.labelled);
  const stanceRows = labelled.filter((r) => r.judged[p].stance !== null);
  return {
    pages: rows.length,
    keyQuote: rows.filter((r) => r.judged[p].quote).length / Math.max(1, rows.length),
    keyQuoteLabelled:
      labelled.filter((r) => r.judged[p].quote).length / Math.max(1, labelled.length),
    speaker: labelled.filter((r) => r.judged[p].speaker).length / Math.max(1, labelled.length),
    both:
      labelled.filter((r) => r.judged[p].quote && r.judged[p].speaker).length /
      Math.max(1, labelled.length),
    stance: stanceRows.filter((r) => r.judged[p].stance).length / Math.max(1, stanceRows.length),
    // Speaker right where the quote is the labelled key quote itself (not an acceptable other).
    speakerOnKey:
      stanceRows.filter((r) => r.judged[p].speaker).length / Math.max(1, stanceRows.length),
    falseClaims: none.filter((r) => r.judged[p].falseClaim).map((r) => r.id),
    labelled: labelled.length,
    unlabelled: none.length,
  };
}

interface Results {
  quotes: Record<string, Record<Picker, ReturnType<typeof quoteFigures>>>;
  summary: Record<
    string,
    Record<string, { pages: number; rouge1: number; rouge2: number; words: number }>
  >;
}

function report(rows: readonly Row[]): Results {
  const sets = {
    fixtures: rows.filter((r) => r.set === 'fixtures'),
    real: rows.filter((r) => r.set === 'real'),
    all: rows,
  };
  const results: Record<string, unknown> = {
    generated: new Date().toISOString(),
    quotes: {},
    summary: {},
  };
  console.log(
    '\nKey quote and speaker (key quote: all pages, a null label right when nothing is claimed; speaker: labelled pages)',
  );
  console.log(
    `${'set'.padEnd(9)} ${'picker'.padEnd(8)} ${'pages'.padStart(5)} ${'keyQuote'.padStart(9)} ${'labelled'.padStart(9)} ${'speaker'.padStart(8)} ${'both'.padStart(6)} ${'spk@key'.padStart(8)} ${'stance'.padStart(7)} ${'false claims'.padStart(13)}`,
  );
  for (const [name, set] of Object.entries(sets)) {
    const per: Record<string, unknown> = {};
    for (const p of PICKERS) {
      const f = quoteFigures(set, p);
      per[p] = f;
      console.log(
        `${name.padEnd(9)} ${p.padEnd(8)} ${String(f.pages).padStart(5)} ${pct(f.keyQuote, 1).padStart(9)} ${pct(f.keyQuoteLabelled, 1).padStart(9)} ${pct(f.speaker, 1).padStart(8)} ${pct(f.both, 1).padStart(6)} ${pct(f.speakerOnKey, 1).padStart(8)} ${pct(f.stance, 1).padStart(7)} ${`${f.falseClaims.length}/${f.unlabelled}`.padStart(13)}`,
      );
    }
    (results.quotes as Record<string, unknown>)[name] = per;
  }
  const ours = quoteFigures(rows, 'ours');
  if (ours.falseClaims.length)
    console.log(`Key quote claimed where none exists: ${ours.falseClaims.join(', ')}`);
  const notReaderable = rows.filter((r) => !r.readerable).map((r) => r.id);
  if (notReaderable.length)
    console.log(`Not readerable (no article, so no quotes): ${notReaderable.join(', ')}`);

  console.log(
    '\nSummary: ROUGE recall against the standfirst/description (mean over pages with one)',
  );
  console.log(
    `${'set'.padEnd(9)} ${'method'.padEnd(11)} ${'pages'.padStart(5)} ${'R-1'.padStart(6)} ${'R-2'.padStart(6)} ${'words'.padStart(6)}`,
  );
  for (const [name, set] of Object.entries(sets)) {
    const per: Record<string, unknown> = {};
    for (const m of METHODS) {
      const xs = set.map((r) => r.summary[m]).filter((x): x is NonNullable<typeof x> => !!x);
      const mean = (f: (x: (typeof xs)[number]) => number): number =>
        xs.reduce((a, x) => a + f(x), 0) / Math.max(1, xs.length);
      const fig = {
        pages: xs.length,
        rouge1: mean((x) => x.r1),
        rouge2: mean((x) => x.r2),
        words: mean((x) => x.words),
      };
      per[m] = fig;
      console.log(
        `${name.padEnd(9)} ${m.padEnd(11)} ${String(fig.pages).padStart(5)} ${fig.rouge1.toFixed(3).padStart(6)} ${fig.rouge2.toFixed(3).padStart(6)} ${fig.words.toFixed(1).padStart(6)}`,
      );
    }
    (results.summary as Record<string, unknown>)[name] = per;
  }
  const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
  results.digestMsMedian = ms[Math.floor(ms.length / 2)] ?? 0;
  results.pages = rows.map((r) => ({
    id: r.id,
    set: r.set,
    ok: r.judged.ours.quote,
    speakerOk: r.judged.ours.speaker,
    got: r.key && {
      speaker: r.key.speaker,
      role: r.key.role,
      stance: r.key.stance,
      text: r.key.text.slice(0, 160),
    },
    want: r.want && { speaker: r.want.speaker, stance: r.want.stance, text: r.want.text },
  }));
  const out = path.join(ROOT, 'bench/results/quotes.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\nMedian digest() time ${(results.digestMsMedian as number).toFixed(0)} ms (indicative: shared CPU). Wrote ${path.relative(ROOT, out)}`,
  );
  return results as unknown as Results;
}

/** The README's quotes block: the figures of this run beside their baselines. */
function readmeBlock(r: Results): string {
  const p = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const quoteRow = (name: string, set: string): string[] => {
    const [ours, first, longest] = (['ours', 'first', 'longest'] as const).map(
      (k) => r.quotes[set]![k],
    );
    return [
      name,
      `${p(ours!.keyQuoteLabelled)} of labelled, ${p(ours!.keyQuote)} of all`,
      p(ours!.speaker),
      p(ours!.both),
      `${ours!.falseClaims.length} / ${ours!.unlabelled}`,
      `${p(first!.keyQuoteLabelled)} / ${p(first!.speaker)}`,
      `${p(longest!.keyQuoteLabelled)} / ${p(longest!.speaker)}`,
    ];
  };
  const fx = r.quotes.fixtures!.ours;
  const real = r.quotes.real!.ours;
  const all = r.summary.all!;
  const sumRow = (name: string, m: string): string[] => [
    name,
    all[m]!.rouge1.toFixed(3),
    all[m]!.rouge2.toFixed(3),
    all[m]!.words.toFixed(0),
  ];
  return [
    `\`npm run bench:quotes\`, ${provenance()} (same run; \`bench/results/quotes.json\`). Key quote`,
    'and speaker of the labelled pages; false claims: a key quote claimed where the label says there',
    'is none. Baselines pick the first or the longest of our own quotations.',
    '',
    markdownTable(
      [
        'pages',
        'key quote',
        'speaker',
        'both',
        'false claims',
        'first quote (key / speaker)',
        'longest quote',
      ],
      [
        quoteRow(`${fx.pages} fixtures`, 'fixtures'),
        quoteRow(
          `${real.pages} real pages (${real.labelled} labelled, ${real.unlabelled} with no key quote)`,
          'real',
        ),
      ],
      'lllllll',
    ),
    '',
    markdownTable(
      [
        `summary, ROUGE recall vs standfirst/description (${all.lead!.pages} pages)`,
        'R-1',
        'R-2',
        'words',
      ],
      [
        sumRow(`lead, about 75 words${DEFAULT_METHOD === 'lead' ? ' (shipped)' : ''}`, 'lead'),
        sumRow(
          `LexRank + headline prior${DEFAULT_METHOD === 'centrality' ? ' (shipped)' : ''}`,
          'centrality',
        ),
        sumRow('Lead-3 (first three sentences, no budget)', 'lead3'),
        sumRow(`Lead-3 within ${SUMMARY_BUDGET} words`, 'lead3budget'),
      ],
      'lrrr',
    ),
  ].join('\n');
}

await run();
