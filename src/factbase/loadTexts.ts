import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import type { Language } from '../lib/language.js';
import type { TextSource } from '../model/FactStore.js';
import type { FactText, TextTable } from '../model/types.js';
import { decodeText } from './decodeText.js';

/** A texts file as data/texts/<lang>.json holds it (and the build's dist/texts-<lang>.json, without `$schema`). */
export interface TextsFile {
  lang: Language;
  facts: Record<string, FactText>;
}

/** The translations of a parsed texts file as a table; a file that is not one is a data error naming it. */
export function textTable(json: unknown, label: string): TextTable {
  const facts = (json as Partial<TextsFile> | null)?.facts;
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) {
    throw new DataError(`${label}: want an object with a "facts" object of texts by fact id`);
  }
  return new Map(Object.entries(facts));
}

/** Reads one texts file; a file that does not exist is an empty table (no fact is translated yet). */
export function readTexts(path: string, label: string): TextTable {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return new Map();
  }
  try {
    return textTable(JSON.parse(decodeText(bytes, label)) as unknown, label);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`${label}: invalid JSON: ${(error as Error).message}`);
  }
}

/** Where the texts of a language are: data/texts/<lang>.json, or the build's copy in dist/. */
export function textsPath(dir: string, lang: Language, prebuilt: boolean): string {
  return prebuilt ? join(dir, `texts-${lang}.json`) : join(dir, 'texts', `${lang}.json`);
}

/**
 * The translations of the bundled facts, each language read on first use, so that a run reads only the language
 * it prints (a JSON run, which carries every language, reads them all).
 */
export function lazyTexts(dir: string, prebuilt: boolean): TextSource {
  const tables = new Map<Language, TextTable>();
  return (lang) => {
    let table = tables.get(lang);
    if (!table) {
      table =
        lang === 'en'
          ? new Map()
          : readTexts(
              textsPath(dir, lang, prebuilt),
              prebuilt ? `dist/texts-${lang}.json` : `data/texts/${lang}.json`,
            );
      tables.set(lang, table);
    }
    return table;
  };
}
