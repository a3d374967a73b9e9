import { Command, Option } from '@commander-js/extra-typings';
import { completeArguments, withExamples } from '../cli/KztCommand.js';
import { finish, type Runner } from '../cli/runner.js';
import type { CommandContext, Factory } from '../context.js';
import { ExitCode, NotFoundError, type ExitCodeValue } from '../errors.js';
import { CITE_LANGUAGES, CITE_STYLES, type CiteLanguage, type CiteStyle } from '../export/citationStyles.js';
import { citeModule } from '../export/citeEngine.js';
import { writeJson } from '../export/writeJson.js';
import type { FactBase } from '../factbase/FactBase.js';
import type { Source } from '../model/types.js';
import { terminalSafe } from '../render/terminalSafe.js';

/** Options of `kzt cite`. */
export interface CiteOptions {
  /** Fact ids and source ids, in the order given. */
  ids: string[];
  style: CiteStyle;
  /** The language of the bibliography's own words (the CSL locale). */
  language: CiteLanguage;
}

/** `kzt cite <id...>`: its flags, help and completion (fact and source ids); the action hands them to `run`. */
export function citeCommand(f: Factory, run: Runner<CiteOptions> = runCite) {
  const cmd = new Command('cite')
    .description(
      'cite the sources behind facts (or sources given by id) in a bibliography style, BibTeX, RIS or CSL-JSON',
    )
    .argument('<id...>', 'fact ids or source ids')
    .addOption(
      new Option('--style <style>', 'apa, mla, chicago, harvard, ieee, bibtex, ris or csl-json')
        .choices(CITE_STYLES)
        .default('apa' as const),
    )
    .addOption(
      new Option(
        '--locale <lang>',
        "the language of the bibliography's words: en (default), tr, ru or kk (as ru)",
      ).choices(CITE_LANGUAGES),
    )
    .action((ids, opts) => {
      const ctx = f.context();
      finish(run({ ids, style: opts.style, language: opts.locale ?? 'en' }, ctx));
    });
  completeArguments(cmd, {
    values: (s) => [...s.factBase().facts.map((fact) => fact.id), ...s.factBase().sources.map((x) => x.id)],
  });
  return withExamples(
    cmd,
    'kzt cite strategic-partnership-treaty-2009',
    'kzt cite strategic-partnership-treaty-2009 --style chicago',
    'kzt cite twenty-agreements-2022 enhanced-strategic-partnership-2022 --style bibtex >> refs.bib',
    'kzt cite dailysabah-2022-10-20 --style mla',
    'kzt cite diplomatic-relations-established --style apa --locale tr',
  );
}

/**
 * The sources the ids stand for, each once, in the order first met: a fact id gives its sources in the order
 * it cites them, a source id the source itself. An id that is neither is "nothing found", with the closest ids.
 */
export function citedSources(ids: readonly string[], fb: FactBase): Source[] {
  const out = new Map<string, Source>();
  for (const id of ids) {
    const fact = fb.fact(id);
    const wanted = fact ? fact.sources.map((ref) => ref.source) : fb.source(id) ? [id] : undefined;
    if (!wanted) {
      const near = [...fb.closestIds(id), ...fb.closestSourceIds(id)].slice(0, 3).map((x) => terminalSafe(x));
      const hint = near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : '';
      throw new NotFoundError(`no fact or source with id "${terminalSafe(id)}"${hint}`);
    }
    for (const sourceId of wanted) {
      const source = fb.source(sourceId);
      if (source && !out.has(sourceId)) out.set(sourceId, source);
    }
  }
  return [...out.values()];
}

/**
 * Prints the citations: a bibliography in the style (one entry a line, sorted as the style sorts), BibTeX or
 * RIS records, or CSL-JSON. The citation engine is loaded here, only when a citation is asked for.
 */
export function runCite(options: CiteOptions, ctx: CommandContext): ExitCodeValue {
  const sources = citedSources(options.ids, ctx.factBase());
  const engine = citeModule();
  if (options.style === 'csl-json') {
    writeJson(engine.cslItems(sources), ctx);
  } else {
    // Titles and names come from data files: nothing in them may act on a terminal.
    ctx.stdout.write(terminalSafe(engine.formatCitations(sources, options.style, options.language), true));
  }
  return ExitCode.ok;
}
