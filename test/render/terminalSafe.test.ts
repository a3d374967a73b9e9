import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/render/terminalSafe.js';
import { safeJson } from '../../src/export/writeJson.js';

// The test's own definition, independent of the implementation's list: every control (Cc) and every format
// character (Cf) is dangerous, except the few a terminal draws harmlessly: tab and line feed (only with
// keepNewlines), soft hyphen, zero-width space and joiners, word joiner, the BOM, and emoji tag characters.
const ALLOWED = new Set(['\t', '\n', '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
const isDangerous = (ch: string) =>
  /[\p{Cc}\p{Cf}\u2028\u2029]/u.test(ch) && !ALLOWED.has(ch) && !/[\u{e0020}-\u{e007f}]/u.test(ch);
const DANGEROUS = { test: (text: string) => [...text].some(isDangerous) };
// Every control and format character there is, so the properties meet each kind, not just the common ones.
const SPECIAL: string[] = [];
for (let cp = 0; cp <= 0x10ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  const ch = String.fromCodePoint(cp);
  if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(ch)) SPECIAL.push(ch);
}
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: 'binary', maxLength: 3 })), {
    maxLength: 20,
  })
  .map((parts) => parts.join(''));

describe('terminalSafe', () => {
  it('shows escapes, controls and bidi overrides visibly', () => {
    expect(terminalSafe('a\u001b[2Jb\u0007c\u009bd\u202ee\bf\rg')).toBe('a^[[2Jb^Gc<U+009B>d<U+202E>e^Hf g');
  });

  it('turns tabs and line breaks into spaces unless asked to keep line breaks', () => {
    expect(terminalSafe('a\tb\nc')).toBe('a b c');
    expect(terminalSafe('a\nb', true)).toBe('a\nb');
  });

  it('never lets a dangerous character through, whatever the input', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        expect(DANGEROUS.test(terminalSafe(s))).toBe(false);
        expect(terminalSafe(s)).not.toContain('\n');
      }),
      { numRuns: 500 },
    );
  });

  it('leaves ordinary text in every script alone', () => {
    for (const s of ['Türkiye – Қазақстан', 'Эрдоган', 'Kasım Cömert', '日本'])
      expect(terminalSafe(s)).toBe(s);
  });
});

describe('safeJson', () => {
  it('escapes every dangerous character and round-trips losslessly', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const json = safeJson({ s });
        expect(DANGEROUS.test(json)).toBe(false);
        expect((JSON.parse(json) as { s: string }).s).toBe(s);
      }),
    );
  });
});
