// Types for the parts of citation-js packages that ship none: the name parser (the RIS plugin is only imported
// for its side effect of registering itself).
declare module '@citation-js/name' {
  import type { CSLName } from '@citation-js/core';

  /** Splits a personal name into CSL parts: given, family, particles and suffix. */
  export function parse(name: string): CSLName;
}

declare module '*.csl?raw' {
  const text: string;
  export default text;
}

declare module '*.xml?raw' {
  const text: string;
  export default text;
}
