/**
 * "My rules": the user's own hide rules, in the cosmetic-filter syntax ad blockers made familiar.
 *
 *   example.com##.promo-box            hide `.promo-box` on example.com and its subdomains
 *   example.com,example.org##aside     several sites, comma-separated
 *   ##.newsletter-signup               every site where Standfirst is on
 *   ~example.com##.sidebar             every site except example.com (`~` excludes a domain)
 *   ! a comment                        lines starting with `!` are ignored, as are blank lines
 *
 * Only element hiding (`##`) is supported. Exceptions (`#@#`), procedural and scriptlet filters
 * (`#?#`, `#$#`, `+js(...)`) and network rules (`||ads.example^`) are reported as errors, not
 * silently dropped, so a line pasted from a filter list says why it does nothing.
 *
 * Pure and total: every string parses to rules plus line-level errors; nothing throws.
 */
import { selectorSyntaxError } from './css-selector';

export interface UserRule {
  /** Domains the rule is limited to (subdomains included); empty means every site. */
  domains: string[];
  /** Domains (`~example.com`) where the rule does not apply. */
  excludedDomains: string[];
  selector: string;
  /** 1-based line in the rules text. */
  line: number;
}

export type UserRuleErrorCode =
  | 'not-cosmetic'
  | 'unsupported'
  | 'bad-domain'
  | 'empty-selector'
  | 'invalid-selector'
  | 'pseudo-element';

export interface UserRuleError {
  line: number;
  code: UserRuleErrorCode;
  /** Developer-facing English text; the options page shows a localised message per `code`. */
  message: string;
  /** The offending part (the domain or the selector), for the localised message. */
  subject: string;
}

export interface ParsedUserRules {
  rules: UserRule[];
  errors: UserRuleError[];
}

/** Separators of filter kinds we recognise but do not support. Checked before `##`. */
const UNSUPPORTED_SEPARATORS = ['#@#', '#?#', '#@?#', '#$#', '#@$#', '#%#', '#@%#'];

/**
 * A domain as the user typed it, normalised (lower case, IDN to punycode, no trailing dot), or
 * null when it is not a plain host name. The URL parser does the IDN work the same way in Node
 * and in browsers; the checks before it refuse what it would quietly accept (paths, ports,
 * credentials, wildcards).
 */
export function normalizeDomain(input: string): string | null {
  const raw = input.trim().toLowerCase().replace(/\.$/, '');
  if (raw === '' || /[\s/:@?#\\*%[\]<>^|"'`{}]/.test(raw)) return null;
  let host: string;
  try {
    host = new URL(`http://${raw}/`).hostname;
  } catch {
    return null;
  }
  const labels = host.split('.');
  const ok = labels.every(
    (label) =>
      label.length > 0 && label.length <= 63 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(label),
  );
  return ok && host.length <= 253 ? host : null;
}

export function parseUserRules(text: string): ParsedUserRules {
  const rules: UserRule[] = [];
  const errors: UserRuleError[] = [];
  if (typeof text !== 'string') return { rules, errors };
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((rawLine, index) => {
    const line = index + 1;
    const trimmed = rawLine.trim();
    if (trimmed === '' || trimmed.startsWith('!')) return;
    const error = (code: UserRuleErrorCode, message: string, subject = trimmed): void => {
      errors.push({ line, code, message, subject });
    };

    const sep = trimmed.indexOf('##');
    const unsupported = UNSUPPORTED_SEPARATORS.find((s) => {
      const at = trimmed.indexOf(s);
      return at !== -1 && (sep === -1 || at < sep);
    });
    if (unsupported) return error('unsupported', `"${unsupported}" filters are not supported`);
    if (sep === -1) return error('not-cosmetic', 'not a hide rule: expected domain##selector');

    const selector = trimmed.slice(sep + 2).trim();
    if (selector.startsWith('+js(') || selector.startsWith('^'))
      return error('unsupported', 'scriptlet and HTML filters are not supported');

    const domains: string[] = [];
    const excludedDomains: string[] = [];
    const domainPart = trimmed.slice(0, sep).trim();
    if (domainPart !== '') {
      for (const item of domainPart.split(',')) {
        const excluded = item.trim().startsWith('~');
        const domain = normalizeDomain(excluded ? item.trim().slice(1) : item);
        if (!domain) return error('bad-domain', `"${item.trim()}" is not a domain`, item.trim());
        (excluded ? excludedDomains : domains).push(domain);
      }
    }

    if (selector === '') return error('empty-selector', 'nothing after ##', '');
    const invalid = selectorSyntaxError(selector);
    if (invalid)
      return error(
        invalid.kind === 'pseudo-element' ? 'pseudo-element' : 'invalid-selector',
        invalid.message,
        selector,
      );
    rules.push({ domains, excludedDomains, selector, line });
  });
  return { rules, errors };
}

/** `host` is `domain` or one of its subdomains. */
function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The selectors that apply on `hostname`, in rule order, without duplicates. */
export function userRulesFor(rules: readonly UserRule[], hostname: string): string[] {
  const host = String(hostname).toLowerCase().replace(/\.$/, '');
  const selectors = new Set<string>();
  for (const rule of rules) {
    if (rule.domains.length > 0 && !rule.domains.some((d) => onDomain(host, d))) continue;
    if (rule.excludedDomains.some((d) => onDomain(host, d))) continue;
    selectors.add(rule.selector);
  }
  return [...selectors];
}
