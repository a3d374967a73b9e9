import { FactBase } from './FactBase.js';
import { bundledData } from './prebuilt.js';
import { userDataModule } from './userData.js';

/** Which data to load: the global --data, --no-bundled, --override, --no-cache and --max-size flags. */
export interface LoadOptions {
  files: readonly string[];
  bundled: boolean;
  override: boolean;
  cache: boolean;
  maxSize: number;
}

/** What loading needs from outside: where the bundled data is, the environment, and standard input. */
export interface LoadEnvironment {
  /** The bundled data files (data/). */
  dataDir: string;
  /** The build's prebuilt data and index (dist/), when there is one. */
  distDir?: string;
  env: Readonly<Record<string, string | undefined>>;
  readStdin(limit: number): Buffer;
}

/**
 * The one loader of the fact base. Without user files it is the prebuilt bundled data and index (or, running
 * from sources, the data files); with them, the user-data code (loaded only then) checks, merges and indexes
 * them over the bundled data, through the cache. With --no-bundled the bundled facts and figures are left out, but its
 * sources and entities stay as the register that user facts may cite.
 */
export function openFactBase(options: LoadOptions, environment: LoadEnvironment): FactBase {
  const bundled = bundledData(environment.dataDir, environment.distDir);
  if (options.files.length > 0) return userDataModule().loadUserData(options, environment, bundled);
  return options.bundled
    ? new FactBase(bundled.data, bundled.index, bundled.texts)
    : new FactBase({ sources: bundled.data.sources, entities: bundled.data.entities, facts: [] });
}
