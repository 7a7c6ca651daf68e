/** The part of citeproc-js (npm `citeproc`) Standfirst uses. The package ships no types. */
declare module 'citeproc' {
  export interface CslSys {
    retrieveLocale(lang: string): unknown;
    retrieveItem(id: string): unknown;
  }
  export interface CslEngine {
    setOutputFormat(mode: string): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]] | false;
  }
  interface CslStatic {
    Engine: new (sys: CslSys, style: unknown, lang?: string, forceLang?: boolean) => CslEngine;
    Output: { Formats: Record<string, Record<string, unknown>> };
  }
  const CSL: CslStatic;
  export default CSL;
}
