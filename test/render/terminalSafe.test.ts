import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/render/terminalSafe.js';
import { safeJson } from '../../src/render/writeJson.js';

// eslint-disable-next-line no-control-regex
const DANGEROUS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

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
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(DANGEROUS.test(terminalSafe(s))).toBe(false);
        expect(terminalSafe(s)).not.toContain('\n');
      }),
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
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const json = safeJson({ s });
        expect(DANGEROUS.test(json)).toBe(false);
        expect((JSON.parse(json) as { s: string }).s).toBe(s);
      }),
    );
  });
});
