import type { Language } from '../lib/language.js';
import type { Fact } from '../model/types.js';
import type { TextsFile } from './loadTexts.js';

/**
 * What a JSON Schema cannot check in a texts file (data/texts/<lang>.json): that it is the language its name
 * says, that every fact it translates exists, and that it has a note exactly where the English fact has one.
 * Returns one message per problem.
 */
export function checkTexts(file: TextsFile, lang: Language, facts: readonly Fact[]): string[] {
  const problems: string[] = [];
  if (file.lang !== lang) problems.push(`"lang" is "${file.lang}", but the file is the ${lang} texts`);
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const [id, t] of Object.entries(file.facts)) {
    const fact = byId.get(id);
    if (!fact) problems.push(`"${id}" is not a fact in data/facts.json`);
    else if (fact.note === undefined && t.note !== undefined)
      problems.push(`"${id}" has a note; the fact has none`);
    else if (fact.note !== undefined && t.note === undefined)
      problems.push(`"${id}" lacks the note the fact has`);
  }
  return problems;
}
