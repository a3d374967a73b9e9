import type { TextPosition } from './positionAt.js';

/**
 * Turns byte offsets in a file into 1-based lines and columns (columns in UTF-16 units, as editors count them):
 * LF, CRLF and a lone CR each end a line. The line starts are found once, on the first question, so a file
 * without problems never pays for it, and one with many problems pays once, not per problem.
 */
export class LineIndex {
  private starts: number[] | undefined;
  /**
   * The last position answered: problems come in file order, so the next column is counted on from there. On a
   * long line (a file written without line breaks) counting from the line's start for each of 10,000 problems
   * decoded gigabytes and took a minute.
   */
  private last = { lineStart: -1, offset: 0, column: 1 };

  /** `from` is where the text starts (after a byte order mark). */
  constructor(
    private readonly bytes: Buffer,
    private readonly from = 0,
  ) {}

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const { bytes } = this;
    const starts = [this.from];
    if (bytes.indexOf(0x0d, this.from) < 0) {
      // No CR at all (the usual case): memchr for each LF.
      for (let i = bytes.indexOf(0x0a, this.from); i >= 0; i = bytes.indexOf(0x0a, i + 1)) starts.push(i + 1);
    } else {
      for (let i = this.from; i < bytes.length; i++) {
        const c = bytes[i];
        if (c === 0x0a || (c === 0x0d && bytes[i + 1] !== 0x0a)) starts.push(i + 1);
      }
    }
    this.starts = starts;
    return starts;
  }

  /** The line and column of a byte offset. */
  position(offset: number): TextPosition {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = starts[lo] ?? 0;
    const { last } = this;
    const from =
      last.lineStart === lineStart && last.offset <= offset ? last : { offset: lineStart, column: 1 };
    const column = from.column + this.bytes.toString('utf8', from.offset, offset).length;
    this.last = { lineStart, offset, column };
    return { line: lo + 1, column };
  }

  /** The position in the file of a position inside a value that starts at byte offset `start`. */
  inside(start: number, at: TextPosition): TextPosition {
    if (at.line > 1) return { line: this.position(start).line + at.line - 1, column: at.column };
    const base = this.position(start);
    return { line: base.line, column: base.column + at.column - 1 };
  }
}
