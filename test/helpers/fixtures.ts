/** The repo's own fixtures: test/fixtures/<group>/<case>/{source.html, case.json}. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/cli/parse-html';
import { FIXTURES } from './paths';

export interface FixtureCase {
  url: string;
  title: string;
  standfirst: string | null;
  byline: string | null;
  siteName: string;
  published: string | null;
  mustKeep: string[];
  mustHide: string[];
  keyQuote: { text: string; speaker: string; stance: 'denial' | 'claim' | 'other' } | null;
  acceptableQuotes: string[];
  notes: string;
}

export interface Fixture {
  /** `<group>/<case>`, e.g. `register/2012-skype-denies-spying`. */
  id: string;
  dir: string;
  html: string;
  case: FixtureCase;
}

export function listFixtures(group: 'register' | 'quotes'): Fixture[] {
  const base = path.join(FIXTURES, group);
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(base, d.name, 'case.json')))
    .map((d) => loadFixture(`${group}/${d.name}`));
}

export function loadFixture(id: string): Fixture {
  const dir = path.join(FIXTURES, id);
  return {
    id,
    dir,
    html: readFileSync(path.join(dir, 'source.html'), 'utf8'),
    case: JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as FixtureCase,
  };
}

/** A fresh linkedom Document of the fixture, served under its real URL. */
export function fixtureDocument(fixture: Fixture): Document {
  return parseDocument(fixture.html, fixture.case.url);
}
