import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { positionAt, type TextPosition } from './positionAt.js';

/**
 * Finds where a JSON path (["facts", 3, "text"]) sits in a text, as 1-based line and column; the nearest
 * existing parent when the path itself does not exist (a missing property is reported at its object).
 * The syntax tree is built on first use, so files without problems never pay for it.
 */
export class JsonLocator {
  private root: Node | undefined;

  constructor(private readonly text: string) {}

  /** Position of the value at `path` (or of the property's key when `key` is set). */
  locate(path: ReadonlyArray<string | number>, key = false): TextPosition {
    this.root ??= parseTree(this.text, [], { disallowComments: true });
    if (!this.root) return { line: 1, column: 1 };
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(this.root, [...path.slice(0, n)]);
      if (node) {
        const at =
          key && n === path.length && node.parent?.type === 'property' ? node.parent.offset : node.offset;
        return positionAt(this.text, at);
      }
    }
    return { line: 1, column: 1 };
  }
}
