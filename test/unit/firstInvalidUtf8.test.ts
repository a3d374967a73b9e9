import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../src/data/firstInvalidUtf8.js';

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
  ])('finds the bad byte in %j at %i', (bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });
});
