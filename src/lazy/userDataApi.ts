// Everything that reads user data files, as one module: the entry point of dist/kzt-data.cjs.
export { checkDataFile } from '../data/checkDataFile.js';
export { loadFactBase } from '../data/loadFactBase.js';
export { readInput } from '../data/readInput.js';
