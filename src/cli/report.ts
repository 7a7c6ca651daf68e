/** The human-readable report the CLI prints without --json. */
import type { DigestLine } from './digest-page';

export function formatReport(line: DigestLine): string {
  if ('error' in line) return `${line.input}\n  error: ${line.error}\n\n`;
  const out: string[] = [line.input];
  const a = line.article;
  if (!a && line.skipped) {
    out.push(`  Not analysed: the page is past the size limits (${line.skipped}).`);
  } else if (!a) {
    out.push('  Not an article (Readability found no readable content).');
  } else {
    out.push(`  ${a.title}`);
    const facts = [a.siteName, a.byline, a.published, `${a.wordCount} words`].filter(Boolean);
    out.push(`  ${facts.join(' · ')}`);
  }
  if (line.summary.length) out.push('', '  Summary', ...line.summary.map((s) => `    ${s}`));
  if (line.keyQuote) {
    const q = line.keyQuote;
    out.push(
      '',
      `  Key quote (${q.stance})`,
      `    “${q.text}”`,
      `    — ${q.speaker}${q.role ? `, ${q.role}` : ''}`,
    );
  }
  out.push('', `  Clutter: ${line.clutter.length} block(s) hidden`);
  const citation = line.citation.formats.apa;
  out.push('', '  Citation', `    ${citation ?? line.citation.url}`, '', '');
  return out.join('\n');
}
