/** The styles `kzt cite` writes: five bibliography styles of the CSL project, then three data formats. */
export const CITE_STYLES = ['apa', 'mla', 'chicago', 'harvard', 'ieee', 'bibtex', 'ris', 'csl-json'] as const;
/** One of CITE_STYLES. */
export type CiteStyle = (typeof CITE_STYLES)[number];

/** The languages a bibliography's own words ("n.d.", "Available at", month names) can be in. */
export const CITE_LANGUAGES = ['en', 'tr', 'ru', 'kk'] as const;
/** One of CITE_LANGUAGES. */
export type CiteLanguage = (typeof CITE_LANGUAGES)[number];
