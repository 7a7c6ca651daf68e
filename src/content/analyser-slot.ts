/**
 * Where the digest script leaves the analyser for the registered script: a global of the
 * extension's isolated world (the page cannot see it). Type-only imports keep Readability and the
 * heuristics out of the registered script's bundle.
 */
import type { Analyser } from './analyser';

const KEY = Symbol.for('standfirst.analyser');
type Scope = typeof globalThis & { [KEY]?: Analyser };

export function fillAnalyserSlot(analyser: Analyser): void {
  (globalThis as Scope)[KEY] = analyser;
}

/** The analyser, once the digest script has run in this isolated world. */
export function analyserInSlot(): Analyser | undefined {
  return (globalThis as Scope)[KEY];
}
