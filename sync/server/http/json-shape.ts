/**
 * A structural look at JSON text before JSON.parse builds it: how deep it nests, how many items
 * one array or object holds, and how many values there are in all. Fed chunk by chunk as the body
 * inflates, it stops at the first limit crossed, so a small gzip of millions of brackets, zeros or
 * empty objects costs one chunk instead of seconds of inflating, parsing and validating on the
 * event loop. Whether the text is JSON at all is left to JSON.parse.
 */

export interface ShapeLimits {
  /** Arrays and objects inside each other. */
  depth: number;
  /** Items of any one array, members of any one object. */
  items: number;
  /** Values in the whole body (counted as separators and openings: what JSON.parse would build). */
  values: number;
}

export type ShapeProblem = { kind: 'too-deep' | 'too-many-items' | 'too-many-values'; message: string };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

export class JsonShapeCheck {
  /** Items so far of each open container (separators + 1: an empty one counts as one, fine for a limit). */
  private readonly items: Uint32Array;
  private depth = 0;
  private values = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly limits: ShapeLimits) {
    this.items = new Uint32Array(limits.depth + 1);
  }

  /** The body's next bytes (UTF-8: no byte of a multi-byte character looks like ASCII); a problem once a limit is crossed. */
  feed(bytes: Uint8Array): ShapeProblem | null {
    const { limits, items } = this;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) this.inString = false;
      } else if (byte === QUOTE) {
        this.inString = true;
      } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
        if (this.depth === limits.depth)
          return { kind: 'too-deep', message: `the body nests arrays and objects deeper than ${limits.depth}` };
        items[++this.depth] = 1;
        if (++this.values > limits.values) return this.tooManyValues();
      } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
        if (this.depth > 0) this.depth--;
      } else if (byte === COMMA) {
        if (this.depth > 0 && ++items[this.depth]! > limits.items)
          return {
            kind: 'too-many-items',
            message: `an array or object of the body holds more than ${limits.items} items`,
          };
        if (++this.values > limits.values) return this.tooManyValues();
      }
    }
    return null;
  }

  private tooManyValues(): ShapeProblem {
    return {
      kind: 'too-many-values',
      message: `the body holds more than ${this.limits.values} values; send smaller batches`,
    };
  }
}
