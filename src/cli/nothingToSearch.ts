import type { CommandContext } from '../context.js';
import { quoted } from '../render/terminalSafe.js';
import { queryWords } from '../search/parseQuery.js';

/**
 * Whether a query has nothing to search for (only stopwords, question framing or punctuation: "the", "what is",
 * "??"); if so, says so on stderr. Checked before any data is read: such a query finds nothing, whatever the facts.
 */
export function nothingToSearch(query: string, ctx: CommandContext): boolean {
  if (queryWords(query).length > 0) return false;
  ctx.stderr.write(
    `kzt: nothing to search for in "${quoted(query)}": it has only common words or punctuation\n`,
  );
  return true;
}
