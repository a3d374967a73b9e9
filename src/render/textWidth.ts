// East Asian wide and fullwidth ranges (the common blocks), which take two terminal columns.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO = /[\p{M}\u200b-\u200d\ufeff]/u;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const PLAIN = /^[\u0020-\u007e\u00a0-\u02ff\u0370-\u052f]*$/;

/** Terminal columns a string takes: colour codes take none, combining marks none, wide characters two. */
export function textWidth(text: string): number {
  const s = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  if (PLAIN.test(s)) return s.length;
  let width = 0;
  for (const ch of s) width += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}
