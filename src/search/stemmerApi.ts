// The Snowball stemmers kzt uses, as one module: the entry point of dist/kzt-stem.cjs, which the bundled CLI loads
// only when a run stems a word (a search, or indexing user files), so that other commands start without it.
export { stemmer as russianStemmer } from '@orama/stemmers/russian';
export { stemmer as turkishStemmer } from '@orama/stemmers/turkish';
