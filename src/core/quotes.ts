/** Quotation extraction and key-quote ranking. (Arrives with the key-quote issue.) */
import type { Quote } from './types';

export interface QuoteInput {
  title: string;
  standfirst: string | null;
  blocks: readonly string[];
}

export function extractQuotes(_input: QuoteInput): { quotes: Quote[]; keyQuote: Quote | null } {
  return { quotes: [], keyQuote: null };
}
