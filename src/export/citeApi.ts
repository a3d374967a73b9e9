// The citation engine, as one module: the entry point of dist/kzt-cite.cjs, loaded only when `kzt cite` runs.
import { Cite, plugins, type CSL } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Source } from '../model/types.js';
import type { CiteLanguage, CiteStyle } from './citationStyles.js';
import { isDescription, toCslItem } from './cslItem.js';
import { cslLocale, cslTemplate, registerCsl, type BibliographyStyle } from './cslRegistry.js';

/** The sources as CSL-JSON items, in the order given. */
export function cslItems(sources: readonly Source[]): CSL[] {
  return sources.map(toCslItem);
}

/**
 * A [bracketed] description by kzt, cited as each style allows. Chicago's CSL style prints the `genre` of a work
 * without a title as its description (capitalised, not in quotation marks), which is Chicago's own rule for
 * untitled works. The other styles keep the description, brackets and all, in the title's place (APA 7 writes
 * a description in square brackets just so), marked "nocase" so that it is printed as written, not title-cased
 * as if it were the document's headline.
 */
function withDescription(item: CSL, style: BibliographyStyle): CSL {
  if (!item.title || !isDescription(item.title)) return item;
  if (style === 'chicago') {
    const { title, ...rest } = item;
    return { ...rest, genre: title.slice(1, -1) };
  }
  return { ...item, title: `<span class="nocase">${item.title}</span>` };
}

/** BibTeX has no field for a web site's or encyclopedia's name, so it goes in as the publisher. */
function forBibtex(item: CSL): CSL {
  const periodical = ['article-newspaper', 'article-magazine', 'article-journal'].includes(item.type);
  return !periodical && item['container-title'] && !item.publisher
    ? { ...item, publisher: item['container-title'] }
    : item;
}

/** A RIS date ("2022/5/11/") with the two-digit month and day the RIS specification writes ("2022/05/11/"). */
function risDate(value: string): string {
  return value.replace(/\/(\d)(?=\/)/g, '/0$1');
}

/**
 * RIS records (the tags of the RIS plugin's "old" specification, which keeps a newspaper article's author and
 * full date), one tag a line. The plugin's own text output hard-wraps values at 70 characters, which breaks
 * URLs; RIS has one line per tag, so kzt writes the lines itself.
 */
function risText(items: readonly CSL[]): string {
  const records = plugins.output.format('ris', [...items], { format: 'object', spec: 'old' });
  return records
    .map((record) => {
      const { TY, ...tags } = record;
      const lines = [`TY  - ${String(TY)}`];
      for (const [tag, value] of Object.entries(tags))
        for (const v of Array.isArray(value) ? value : [value])
          lines.push(`${tag}  - ${['Y1', 'PY', 'DA', 'Y2'].includes(tag) ? risDate(v) : v}`);
      return `${[...lines, 'ER  - '].join('\n')}\n`;
    })
    .join('\n');
}

/**
 * The sources formatted in a style: a bibliography from the CSL engine (citeproc-js through citation-js), sorted
 * as the style sorts, one entry a line, with the terms and month names of the language's CSL locale; or BibTeX
 * or RIS records, in the order given, keyed by the sources' ids.
 */
export function formatCitations(
  sources: readonly Source[],
  style: Exclude<CiteStyle, 'csl-json'>,
  language: CiteLanguage,
): string {
  const items = cslItems(sources);
  if (style === 'bibtex') {
    // kzt's ids contain hyphens, which BibTeX keys allow but the plugin's cautious check would replace.
    (plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;
    return new Cite(items.map(forBibtex)).format('bibtex', { format: 'text' }) as string;
  }
  if (style === 'ris') return risText(items);
  registerCsl();
  return new Cite(items.map((item) => withDescription(item, style))).format('bibliography', {
    format: 'text',
    template: cslTemplate(style),
    lang: cslLocale(style, language),
  }) as string;
}
