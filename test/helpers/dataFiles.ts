import { readFileSync } from 'node:fs';
import { DATA_DIR } from './fakeContext.js';

/** A bundled data file (data/<name>), parsed as it is on disk, for the data tests to check by their own reading. */
export const readData = (name: string): unknown => JSON.parse(readFileSync(`${DATA_DIR}/${name}`, 'utf8'));

/** A bundled file of lists by fact id and language (data/keywords.json, data/questions.json). */
export const readLists = (name: string) =>
  (readData(name) as { facts: Record<string, Record<string, string[]>> }).facts;

/** Each fact's statement and note in Turkish, Russian and Kazakh (data/texts/<lang>.json), by language and id. */
export const translations = Object.fromEntries(
  ['tr', 'ru', 'kk'].map((lang) => [
    lang,
    (readData(`texts/${lang}.json`) as { facts: Record<string, { text: string; note?: string }> }).facts,
  ]),
);
