// The seam for loading user data files: checking (ajv, jsonc-parser), merging and caching. Tests and development
// import it directly, as here; the build replaces this file so that the bundled CLI loads that code from its own
// file (dist/kzt-data.cjs) only in runs that have data files to read, keeping it off every other start.
import * as userData from './userDataApi.js';

/** What the user-data module offers. */
export type UserDataModule = typeof userData;

/** The user-data module (loaded on first use in the bundled CLI). */
export function userDataModule(): UserDataModule {
  return userData;
}
