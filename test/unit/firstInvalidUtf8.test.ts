import fc from 'fast-check';
import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../src/factbase/firstInvalidUtf8.js';

describe('firstInvalidUtf8', () => {
  it('accepts valid text in every script, emoji included', () => {
    expect(firstInvalidUtf8(Buffer.from('Türkiye Қазақстан 日本 🇰🇿'))).toBe(-1);
  });

  it.each([
    [[0x61, 0xff, 0x62], 1], // not a lead byte
    [[0x61, 0xc3], 1], // cut short at the end
    [[0xe2, 0x82, 0x41], 0], // a continuation byte missing
    [[0xc0, 0x80], 0], // an overlong lead byte
    [[0x80], 0], // a lone continuation byte
    [[0x61, 0xed, 0xa0, 0x80], 1], // an encoded surrogate (U+D800)
    [[0xe0, 0x80, 0x80], 0], // an overlong three-byte form
    [[0xf0, 0x80, 0x80, 0x80], 0], // an overlong four-byte form
    [[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
  ])('finds the bad byte in %j at %i', (bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
    // Node's own strict check is the oracle that the bytes are invalid.
    expect(isUtf8(Uint8Array.from(bytes))).toBe(false);
  });

  it('agrees with Node on which byte strings are valid, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        expect(firstInvalidUtf8(bytes) === -1).toBe(isUtf8(bytes));
      }),
      { numRuns: 2000 },
    );
  });
});
