// The seam for the stemmers: tests and development import them directly, as here; the build replaces this file so
// that the bundled CLI loads them from their own file (dist/kzt-stem.cjs) on first use, off every other start.
import * as stemmers from './stemmerApi.js';

/** What the stemmer module offers. */
export type StemmerModule = typeof stemmers;

/** The stemmer module (loaded on first use in the bundled CLI). */
export function stemmerModule(): StemmerModule {
  return stemmers;
}
