import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A temporary directory for one test file's data files (removed after its tests), and a writer of files in it. */
export function tempFiles(prefix: string): {
  dir: string;
  file: (name: string, content: string | Buffer) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    file: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** A valid fact for a user data file (citing a bundled source and entity), with any field changed. */
export function userFact(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    text: `The ${id} happened.`,
    date: '2020-05',
    kind: 'event',
    tags: ['test'],
    entities: ['kazakhstan'],
    sources: [{ source: 'dailysabah-2022-10-20', locator: '¶1' }],
    status: 'single-source',
    ...extra,
  };
}
