// The Snowball stemmers kzt uses for Turkish and Russian, in the main bundle: loading them from a file of their own
// only when a run stems a word was measured to cost `kzt facts search` about 10 ms of CPU (a file read and a
// compile without the code cache) and to save no other command anything measurable.
export { stemmer as russianStemmer } from '@orama/stemmers/russian';
export { stemmer as turkishStemmer } from '@orama/stemmers/turkish';
