import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadBundled } from '../../src/factbase/loadBundled.js';
import { readData } from '../helpers/dataFiles.js';
import { DATA_DIR } from '../helpers/fakeContext.js';

describe('the lists by fact of the bundled data (data/keywords.json, data/questions.json)', () => {
  it.each([
    ['keywords', 'keywords.json', 'keywords.schema.json'],
    ['questions', 'questions.json', 'questions.schema.json'],
  ] as const)('the %s follow their schema, and the loader takes them for every fact', (key, file, schema) => {
    const validate = new Ajv({ allErrors: true }).compile(readData(schema) as object);
    expect(validate(readData(file)) ? [] : validate.errors).toEqual([]);
    const data = loadBundled(DATA_DIR);
    expect(Object.keys(data[key] ?? {}).length).toBe(data.facts.length);
  });

  it.each([
    ['keywords', 'keywords.json', 'award'],
    ['questions', 'questions.json', 'Who?'],
  ] as const)(
    'a damaged %s file is a data error naming it when the facts are indexed; a missing one, none',
    (key, file, item) => {
      const dir = mkdtempSync(join(tmpdir(), 'kzt-lists-'));
      try {
        cpSync(DATA_DIR, dir, { recursive: true });
        writeFileSync(join(dir, file), '{"facts": {');
        // Read on first use: a run that indexes no bundled fact never reads them.
        const damaged = loadBundled(dir);
        expect(() => damaged[key]).toThrow(new RegExp(`^data/${file.replace('.', '\\.')}:1: invalid JSON`));
        writeFileSync(join(dir, file), JSON.stringify({ facts: { 'no-such-fact': { en: [item] } } }));
        expect(() => loadBundled(dir)[key]).toThrow(`data/${file}: ${key} of unknown fact "no-such-fact"`);
        rmSync(join(dir, file));
        expect(loadBundled(dir)[key]).toBeUndefined();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
