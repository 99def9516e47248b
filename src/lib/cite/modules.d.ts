/** Citation.js ships no type declarations: the little of it this site uses. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(kind: string, options?: Record<string, unknown>): string;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '*.csl?raw' {
  const xml: string;
  export default xml;
}
