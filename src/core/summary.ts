/** Extractive summary. (Arrives with the summary issue.) */
export interface SummaryInput {
  title: string;
  blocks: readonly string[];
  exclude?: string | null;
}

export function summarize(_input: SummaryInput): string[] {
  return [];
}
