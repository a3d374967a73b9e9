/**
 * Where each fact of a load is: a file number (−1 for a bundled fact) and a span of that file's bytes (for a
 * bundled fact, its position among the bundled facts). Kept in typed arrays, so the cache stores it as raw bytes
 * beside the index and a later run reads any one fact straight from its file.
 */
export class RecordTable {
  private files: Int32Array<ArrayBufferLike>;
  private starts: Float64Array<ArrayBufferLike>;
  private ends: Float64Array<ArrayBufferLike>;
  private size = 0;

  constructor(
    files: Int32Array<ArrayBufferLike> = new Int32Array(1024),
    starts: Float64Array<ArrayBufferLike> = new Float64Array(1024),
    ends: Float64Array<ArrayBufferLike> = new Float64Array(1024),
    size = 0,
  ) {
    this.files = files;
    this.starts = starts;
    this.ends = ends;
    this.size = size;
  }

  /** How many facts. */
  get count(): number {
    return this.size;
  }

  /** Appends a fact's place. */
  add(file: number, start: number, end: number): void {
    if (this.size === this.files.length) {
      const grow = <T extends Int32Array<ArrayBufferLike> | Float64Array<ArrayBufferLike>>(
        a: T,
        make: (n: number) => T,
      ): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.files = grow(this.files, (n) => new Int32Array(n));
      this.starts = grow(this.starts, (n) => new Float64Array(n));
      this.ends = grow(this.ends, (n) => new Float64Array(n));
    }
    this.set(this.size++, file, start, end);
  }

  /** Replaces a fact's place (a later file overriding it). */
  set(doc: number, file: number, start: number, end: number): void {
    this.files[doc] = file;
    this.starts[doc] = start;
    this.ends[doc] = end;
  }

  /** The file a fact is in (−1: bundled). */
  file(doc: number): number {
    return this.files[doc] ?? -1;
  }

  /** Where a fact starts in its file (for a bundled fact, its position). */
  start(doc: number): number {
    return this.starts[doc] ?? 0;
  }

  /** Where a fact ends in its file. */
  end(doc: number): number {
    return this.ends[doc] ?? 0;
  }

  /** The table as the cache stores it. */
  parts(): Record<string, Uint8Array> {
    const bytes = (a: Int32Array<ArrayBufferLike> | Float64Array<ArrayBufferLike>) =>
      new Uint8Array(a.buffer, a.byteOffset, this.size * a.BYTES_PER_ELEMENT);
    return { recordFile: bytes(this.files), recordStart: bytes(this.starts), recordEnd: bytes(this.ends) };
  }

  /**
   * The table from the cache's parts, or undefined when they do not describe places in these files: every file
   * number known, every span inside its file (or inside the bundled facts).
   */
  static from(
    parts: Readonly<Record<string, Uint8Array | undefined>>,
    fileSizes: readonly number[],
    bundledCount: number,
  ): RecordTable | undefined {
    const { recordFile, recordStart, recordEnd } = parts;
    if (!recordFile || !recordStart || !recordEnd) return undefined;
    const count = recordFile.byteLength / 4;
    if (
      !Number.isInteger(count) ||
      recordStart.byteLength !== count * 8 ||
      recordEnd.byteLength !== count * 8
    ) {
      return undefined;
    }
    const view = <T>(
      b: Uint8Array,
      make: (buffer: ArrayBufferLike, offset: number, n: number) => T,
      size: number,
    ) =>
      b.byteOffset % size === 0
        ? make(b.buffer, b.byteOffset, count)
        : make(new Uint8Array(b).buffer, 0, count);
    const files = view(recordFile, (buf, off, n) => new Int32Array(buf, off, n), 4);
    const starts = view(recordStart, (buf, off, n) => new Float64Array(buf, off, n), 8);
    const ends = view(recordEnd, (buf, off, n) => new Float64Array(buf, off, n), 8);
    for (let doc = 0; doc < count; doc++) {
      const file = files[doc] ?? -2;
      const start = starts[doc] ?? -1;
      const end = ends[doc] ?? -1;
      const limit = file === -1 ? bundledCount : (fileSizes[file] ?? -1);
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > limit) {
        return undefined;
      }
    }
    return new RecordTable(files, starts, ends, count);
  }
}
