import { plugins, type util } from '@citation-js/core';
import '@citation-js/plugin-csl';
import apa from '../../data/csl/apa.csl?raw';
import chicago from '../../data/csl/chicago-note-bibliography.csl?raw';
import harvard from '../../data/csl/harvard-cite-them-right.csl?raw';
import ieee from '../../data/csl/ieee.csl?raw';
import enGB from '../../data/csl/locales-en-GB.xml?raw';
import enUS from '../../data/csl/locales-en-US.xml?raw';
import ruRU from '../../data/csl/locales-ru-RU.xml?raw';
import trTR from '../../data/csl/locales-tr-TR.xml?raw';
import mla from '../../data/csl/modern-language-association.csl?raw';
import type { CiteLanguage, CiteStyle } from './citationStyles.js';

/** The part of citation-js's CSL plugin configuration kzt uses: its registers of styles and locales. */
interface CslConfig {
  styles: util.Register<string>;
  locales: util.Register<string>;
}

/** The bibliography styles, as opposed to the data formats. */
export type BibliographyStyle = Exclude<CiteStyle, 'bibtex' | 'ris' | 'csl-json'>;

/** Each style's file in data/csl/ (the CSL project's styles, one snapshot), by the name kzt registers it under. */
const STYLES: Record<BibliographyStyle, { name: string; xml: string }> = {
  apa: { name: 'kzt-apa', xml: apa },
  mla: { name: 'kzt-mla', xml: mla },
  chicago: { name: 'kzt-chicago', xml: chicago },
  harvard: { name: 'kzt-harvard', xml: harvard },
  ieee: { name: 'kzt-ieee', xml: ieee },
};

/** The name the CSL plugin knows a style by, once registered. */
export function cslTemplate(style: BibliographyStyle): string {
  return STYLES[style].name;
}

/**
 * The CSL locale for a style in a language. English is American, except for Cite Them Right, a British style
 * (single quotes, full stops outside them). The CSL project has no Kazakh locale: Kazakh falls back to Russian,
 * the other language in official use in Kazakhstan, whose locale also writes Cyrillic.
 */
export function cslLocale(style: BibliographyStyle, language: CiteLanguage): string {
  if (language === 'en') return style === 'harvard' ? 'en-GB' : 'en-US';
  return language === 'tr' ? 'tr-TR' : 'ru-RU';
}

let registered = false;

/** Adds kzt's styles and locales to the CSL plugin, once. */
export function registerCsl(): void {
  if (registered) return;
  const config = plugins.config.get('@csl') as CslConfig;
  for (const { name, xml } of Object.values(STYLES)) config.styles.add(name, xml);
  const locales = { 'en-US': enUS, 'en-GB': enGB, 'tr-TR': trTR, 'ru-RU': ruRU };
  for (const [lang, xml] of Object.entries(locales)) config.locales.add(lang, xml);
  registered = true;
}
