import { Chalk, type ChalkInstance } from 'chalk';

/** The --color setting. */
export type ColorMode = 'auto' | 'always' | 'never';

/** Colour on or off, decided once per run, with the chalk instance every renderer uses. */
export interface Style {
  readonly color: boolean;
  readonly chalk: ChalkInstance;
}

/**
 * Whether to colour, in this order: the --color flag, then NO_COLOR (any non-empty value), then FORCE_COLOR
 * (non-empty and not "0"), then TERM=dumb, then whether stdout is a terminal. chalk's own detection is not used:
 * it ignores NO_COLOR and reads the real process, which tests cannot fake.
 */
export function decideColor(
  mode: ColorMode,
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
): boolean {
  if (mode !== 'auto') return mode === 'always';
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '')
    return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

/** A Style for a colour decision (level 1 = the 16 basic colours, which every colour terminal has). */
export function makeStyle(color: boolean): Style {
  return { color, chalk: new Chalk({ level: color ? 1 : 0 }) };
}
