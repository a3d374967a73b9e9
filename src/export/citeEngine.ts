// The seam for the citation engine (citation-js, citeproc-js and the CSL styles): tests and development import it
// directly, as here; the build replaces this file so that the bundled CLI loads that code from its own file
// (dist/kzt-cite.cjs) only when `kzt cite` runs, keeping it off every other start.
import * as cite from './citeApi.js';

/** What the citation module offers. */
export type CiteModule = typeof cite;

/** The citation module (loaded on first use in the bundled CLI). */
export function citeModule(): CiteModule {
  return cite;
}
