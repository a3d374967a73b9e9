/** What runs when no pager is configured: less, quitting at once when the output fits one screen (-F), passing
 * colour through (-R) and leaving the output on the screen (-X), as git and gh do. */
export const DEFAULT_PAGER = 'less -FRX';

/**
 * The pager command from the environment: KZT_PAGER, else PAGER, else `less -FRX`. An empty value or `cat` means
 * no pager (undefined), and a set KZT_PAGER wins even when empty, so that it can turn a PAGER off for kzt alone.
 */
export function pagerCommand(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const command = (env.KZT_PAGER ?? env.PAGER ?? DEFAULT_PAGER).trim();
  return command === '' || command === 'cat' ? undefined : command;
}
