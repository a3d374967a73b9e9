// Everything that reads user data files, as one module: the entry point of dist/kzt-data.cjs.
export { checkDataFile } from './checkDataFile.js';
export { loadUserData } from './loadUserData.js';
export { readInput } from './readInput.js';
