import { markerLegend, renderDatedEntries, type DatedEntry } from './datedEntries.js';
import type { Style } from './style.js';
import { terminalSafe } from './terminalSafe.js';
import { hang, wrap } from './wrap.js';

/** Width of the label column of a page's fields ("Publisher" fits). */
const LABEL = 10;

/**
 * The layout every `show` page shares, for a terminal: a bold heading, wrapped paragraphs, fields with their
 * label in a column, and sections. Text is made terminal-safe as it is added. URLs and ids are never split: one
 * longer than the line stands whole on a line of its own, for the terminal to soft-wrap (it stays clickable).
 */
export class DetailPage {
  private readonly out: string[] = [];
  private readonly width: number;

  constructor(
    columns: number,
    private readonly style: Style,
    /** The label column's width: wider for languages with longer labels ("Примечание"). */
    private readonly labelWidth = LABEL,
  ) {
    this.width = Math.max(20, columns);
  }

  /** Adds lines as they are (already safe and styled). */
  lines(...lines: string[]): this {
    this.out.push(...lines);
    return this;
  }

  /** The page's first line: an id, bold and yellow. */
  heading(id: string): this {
    return this.lines(this.style.chalk.bold.yellow(terminalSafe(id)));
  }

  /** A paragraph wrapped to the width, every line indented. */
  block(text: string, indent: number, colour = (s: string) => s): this {
    return this.lines(
      ...wrap(terminalSafe(text), this.width - indent, true).map((l) => `${' '.repeat(indent)}${colour(l)}`),
    );
  }

  /** A paragraph whose first line starts at `first` and the rest at `rest` (a numbered or bulleted item). */
  hanging(text: string, first: number, rest: number): this {
    return this.lines(...hang(terminalSafe(text), this.width, first, rest, true));
  }

  /** A labelled field; each value of a list starts on its own line, all wrapped beside the label. */
  field(label: string, value: string | readonly string[], colour = (s: string) => s): this {
    const { chalk } = this.style;
    const lines = (typeof value === 'string' ? [value] : value).flatMap((v) =>
      wrap(terminalSafe(v), this.width - 2 - this.labelWidth, true),
    );
    lines.forEach((l, i) =>
      this.out.push(
        `  ${i === 0 ? chalk.bold(label.padEnd(this.labelWidth)) : ' '.repeat(this.labelWidth)}${colour(l)}`,
      ),
    );
    return this;
  }

  /** A blank line and a bold section title. */
  section(title: string): this {
    return this.lines('', this.style.chalk.bold(title));
  }

  /** A section listing facts with their dates and status markers, and the markers' legend when one is used. */
  facts(title: string, entries: readonly DatedEntry[]): this {
    this.section(title).lines(...renderDatedEntries(entries, this.width, this.style));
    if (entries.some((e) => e.fact.status !== 'corroborated'))
      this.lines('', markerLegend(this.style).trimEnd());
    return this;
  }

  /** The page, ending in a newline. */
  toString(): string {
    return `${this.out.join('\n')}\n`;
  }
}
