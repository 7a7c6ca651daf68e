/**
 * Disagreements with readability-pages labels that a person checked against the page. The labels
 * are Readability's own output, so where they are wrong we list why instead of tuning to them.
 *
 * - `label-wrong`: the page plainly shows the label is wrong (a related story's byline, a button
 *   caption, the site's generic title). Left out of the "reviewed" figure, still listed.
 * - `policy`: both readings are defensible and ours follows the stated order (og:title and
 *   the shown headline before <title>; Readability prefers Dublin Core). Still counted wrong.
 *
 * Each entry names the label it reviewed: when a label or our value changes, the entry stops
 * matching and the bench reports it as stale, so a review never outlives what it looked at.
 */
export type ReviewVerdict = 'label-wrong' | 'policy';

export interface LabelReview {
  id: string;
  field: 'title' | 'authors' | 'siteName' | 'published';
  /** Our value when reviewed (authors joined with ", "). */
  ours: string;
  verdict: ReviewVerdict;
  why: string;
}

export const LABEL_REVIEWS: LabelReview[] = [
  // Authors
  {
    id: 'herald-sun-1',
    field: 'authors',
    ours: 'Laurie Oakes',
    verdict: 'label-wrong',
    why: 'label is the byline of a related-story teaser; article:author and the section name Laurie Oakes',
  },
  {
    id: 'liberation-1',
    field: 'authors',
    ours: 'AFP',
    verdict: 'label-wrong',
    why: 'label is the byline in the "Sur le même sujet" aside; the article item credits AFP',
  },
  {
    id: 'salon-1',
    field: 'authors',
    ours: 'Richard (R.J.) Eskow',
    verdict: 'label-wrong',
    why: "label is a related story's author link; the story's rel=author byline is Eskow",
  },
  {
    id: 'royal-road',
    field: 'authors',
    ours: 'Sleyca',
    verdict: 'label-wrong',
    why: '"Follow Author" is a button caption',
  },
  {
    id: 'ietf-1',
    field: 'authors',
    ours: 'F. Kooman, Michiel de Jong',
    verdict: 'label-wrong',
    why: 'the page declares two DC.Creator authors; the label keeps one',
  },
  {
    id: 'ebb-org',
    field: 'authors',
    ours: 'Bradley M. Kuhn',
    verdict: 'label-wrong',
    why: 'label keeps the home-page URL in the name',
  },
  {
    id: 'webmd-1',
    field: 'authors',
    ours: 'Brenda Goodman',
    verdict: 'label-wrong',
    why: 'label keeps the credential "MA" and the desk "WebMD Health News"',
  },
  {
    id: 'google-sre-book-1',
    field: 'authors',
    ours: 'Rob Ewaschuk',
    verdict: 'label-wrong',
    why: 'label counts the editor ("Edited by Betsy Beyer") as an author',
  },
  {
    id: '003-metadata-preferred',
    field: 'authors',
    ours: 'Dublin Core name author',
    verdict: 'policy',
    why: "Readability's precedence test: <meta property> before <meta name> for the same DC key",
  },
  // Titles
  {
    id: 'yahoo-2',
    field: 'title',
    ours: 'Russia: Space ship malfunctions, breaks up over Siberia',
    verdict: 'label-wrong',
    why: "label is the site's generic <title>, not the story's headline (h1)",
  },
  {
    id: 'v8-blog',
    field: 'title',
    ours: 'Outside the web: standalone WebAssembly binaries using Emscripten',
    verdict: 'label-wrong',
    why: 'label drops "Outside the web:" of the h1 and <title> (cut at the colon)',
  },
  {
    id: 'archive-of-our-own',
    field: 'title',
    ours: 'Conversations with a Cryptid - Chapter 1 - AMournfulHowlInTheNight - 僕のヒーローアカデミア | Boku no Hero Academia | My Hero Academia [Archive of Our Own]',
    verdict: 'policy',
    why: 'the whole <title>: fandom tags and a bracketed site; the label cuts at one " | "',
  },
  {
    id: 'theverge',
    field: 'title',
    ours: 'Apple’s Vision Pro is the Retina display moment for headsets',
    verdict: 'policy',
    why: 'ours is og:title and parsely-title; the label is <title>',
  },
  {
    id: 'videos-1',
    field: 'title',
    ours: 'The 21 best movies of 2017',
    verdict: 'policy',
    why: 'ours is og:title, twitter:title and sailthru.title; the label is <title>',
  },
  {
    id: '003-metadata-preferred',
    field: 'title',
    ours: 'Open Graph name title',
    verdict: 'policy',
    why: "Readability's precedence test (Dublin Core first); the issue puts og:title first",
  },
  {
    id: '004-metadata-space-separated-properties',
    field: 'title',
    ours: 'A title',
    verdict: 'policy',
    why: "Readability's precedence test (dc:title first); the issue puts og:title first",
  },
  // Dates
  {
    id: 'topicseed-1',
    field: 'published',
    ours: '2018-06-13',
    verdict: 'label-wrong',
    why: 'label is the UTC day of 2018-06-12T23:00Z; the page prints 6/13/2018 (local midnight)',
  },
  // Site names
  {
    id: 'tmz-1',
    field: 'siteName',
    ours: 'TMZ.COM',
    verdict: 'label-wrong',
    why: 'label is a URL (og:site_name holds "http://www.tmz.com")',
  },
  {
    id: '002',
    field: 'siteName',
    ours: 'Mozilla Hacks',
    verdict: 'label-wrong',
    why: 'label keeps the tagline "– the Web developer blog"',
  },
];

/** The review of one disagreement, when its id, field and our value match one. */
export function reviewOf(id: string, field: string, ours: string | null): LabelReview | null {
  return (
    LABEL_REVIEWS.find((r) => r.id === id && r.field === field && r.ours === (ours ?? '')) ?? null
  );
}
