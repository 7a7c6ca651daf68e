import { describe, expect, it } from 'vitest';
import { judgeTitle, nameTokens, normSite, sameAuthors } from './citation-score';

describe('citation scoring', () => {
  it('accepts a title whose label only adds the site', () => {
    expect(judgeTitle('Mozilla', 'Mozilla - Wikipedia')).toBe('label-keeps-site');
    expect(judgeTitle('A “quote”', 'A "quote"')).toBe('equal');
    expect(judgeTitle('Other', 'Mozilla - Wikipedia')).toBe('wrong');
  });
  it('compares author names as word sets', () => {
    expect(sameAuthors(['Ana Sandoiu'], 'By Ana Sandoiu')).toBe(true);
    expect(sameAuthors(['Michiel de Jong'], 'Jong, Michiel de')).toBe(true);
    expect(sameAuthors([], null)).toBe(true);
    expect(nameTokens('Stella Kim, Jennifer Jett')).toEqual(['jennifer', 'jett', 'kim', 'stella']);
  });
  it('normalises site names', () => {
    expect(normSite('The Register')).toBe(normSite('Register'));
    expect(normSite('Le Monde.fr')).toBe('lemonde');
  });
});
