/**
 * The project's own ESC/POS reader: turns the bytes a printer receives back into the lines of text
 * it would print, plus what else happened (QR codes, barcodes, cuts, drawer kicks, status requests).
 * Golden receipt tests and the virtual printer read printer output through it. It is incremental:
 * `feed` may be called with any split of the byte stream, as data arrives from a socket or a port.
 */
import { missingCase } from '#domain/missing-case';
import { DLE, EOT, ESC, GS, HT, LF } from './commands';

export type EscPosEvent =
  | { type: 'line'; text: string }
  | { type: 'qr'; data: string }
  | { type: 'barcode'; symbology: string; data: string }
  | { type: 'image'; widthDots: number; heightDots: number }
  | { type: 'cut' }
  | { type: 'drawer'; pin: 2 | 5; onMs: number; offMs: number }
  | { type: 'status-request'; n: number }
  | { type: 'unknown'; bytes: string };

const BARCODE_NAMES: Record<number, string> = {
  0: 'UPC-A',
  1: 'UPC-E',
  2: 'EAN13',
  3: 'EAN8',
  4: 'CODE39',
  5: 'ITF',
  6: 'CODABAR',
  65: 'UPC-A',
  66: 'UPC-E',
  67: 'EAN13',
  68: 'EAN8',
  69: 'CODE39',
  70: 'ITF',
  71: 'CODABAR',
  72: 'CODE93',
  73: 'CODE128',
};
const SYMBOL_NAMES: Record<number, string> = { 48: 'PDF417', 49: 'QR', 50: 'MAXICODE' };
/** Tab stops a printer has after ESC @: every 8 columns. */
const DEFAULT_TABS = Array.from({ length: 32 }, (_, i) => (i + 1) * 8);

type Align = 'left' | 'center' | 'right';
const INCOMPLETE = 0;

export class EscPosReader {
  private pending = new Uint8Array(0);
  private line: { text: string; columns: number } = { text: '', columns: 0 };
  private align: Align = 'left';
  private charWidth = 1;
  private tabs = DEFAULT_TABS;
  private symbolData = new Map<number, string>();
  private events: EscPosEvent[] = [];

  constructor(private readonly columns: number) {}

  /** Reads the next bytes; returns the events they completed. */
  feed(chunk: Uint8Array): EscPosEvent[] {
    const bytes = concat(this.pending, chunk);
    let pos = 0;
    while (pos < bytes.length) {
      const used = this.step(bytes, pos);
      if (used === INCOMPLETE) break;
      pos += used;
    }
    this.pending = bytes.slice(pos);
    const out = this.events;
    this.events = [];
    return out;
  }

  /** Ends the stream: a line without its LF still counts (the printer prints it on the next feed). */
  flush(): EscPosEvent[] {
    if (this.line.columns > 0 || this.line.text !== '') this.endLine();
    if (this.pending.length > 0) this.events.push({ type: 'unknown', bytes: hex(this.pending) });
    this.pending = new Uint8Array(0);
    const out = this.events;
    this.events = [];
    return out;
  }

  private step(b: Uint8Array, i: number): number {
    const byte = b[i]!;
    if (byte === ESC) return this.escape(b, i);
    if (byte === GS) return this.groupSeparator(b, i);
    if (byte === DLE) return this.dataLinkEscape(b, i);
    if (byte === LF) {
      this.endLine();
      return 1;
    }
    if (byte === HT) {
      this.tab();
      return 1;
    }
    if (byte === 0x0c) {
      this.endLine();
      return 1;
    }
    if (byte === 0x0d || byte === 0x00) return 1;
    if (byte < 0x20) {
      this.events.push({ type: 'unknown', bytes: hex(b.subarray(i, i + 1)) });
      return 1;
    }
    this.put(byte < 0x7f ? String.fromCharCode(byte) : '?');
    return 1;
  }

  private escape(b: Uint8Array, i: number): number {
    if (i + 1 >= b.length) return INCOMPLETE;
    const command = b[i + 1]!;
    const arg = (k: number) => b[i + 1 + k];
    const needs = (n: number) => (i + 1 + n < b.length ? n + 2 : INCOMPLETE);
    switch (command) {
      case 0x40: // ESC @ initialise
        this.align = 'left';
        this.charWidth = 1;
        this.tabs = DEFAULT_TABS;
        return 2;
      case 0x21: // ESC ! print mode: bit 5 double width
        if (needs(1) === INCOMPLETE) return INCOMPLETE;
        this.charWidth = arg(1)! & 0x20 ? 2 : 1;
        return 3;
      case 0x61: // ESC a justification
        if (needs(1) === INCOMPLETE) return INCOMPLETE;
        this.align = (['left', 'center', 'right'] as const)[arg(1)! % 48] ?? 'left';
        return 3;
      case 0x64: {
        // ESC d n: print and feed n lines
        if (needs(1) === INCOMPLETE) return INCOMPLETE;
        const n = arg(1)!;
        for (let k = 0; k < n; k++) this.endLine();
        return 3;
      }
      case 0x44: {
        // ESC D n1…nk NUL: tab stops
        const end = b.indexOf(0, i + 2);
        if (end < 0) return INCOMPLETE;
        this.tabs = [...b.subarray(i + 2, end)];
        return end - i + 1;
      }
      case 0x70: // ESC p m t1 t2: drawer kick
        if (needs(3) === INCOMPLETE) return INCOMPLETE;
        this.events.push({ type: 'drawer', pin: arg(1)! % 48 === 0 ? 2 : 5, onMs: arg(2)! * 2, offMs: arg(3)! * 2 });
        return 5;
      case 0x2a: {
        // ESC * m nL nH d…: bit image
        if (needs(3) === INCOMPLETE) return INCOMPLETE;
        const dots = arg(2)! + arg(3)! * 256;
        const length = dots * (arg(1)! >= 32 ? 3 : 1);
        if (i + 5 + length > b.length) return INCOMPLETE;
        this.events.push({ type: 'image', widthDots: dots, heightDots: arg(1)! >= 32 ? 24 : 8 });
        return 5 + length;
      }
      case 0x32: // ESC 2 default line spacing
        return 2;
      // One-argument settings that change no text layout: bold, underline, font, code page,
      // line spacing, double strike, rotation, upside down, international set, colour, paper feed.
      case 0x45:
      case 0x2d:
      case 0x4d:
      case 0x74:
      case 0x33:
      case 0x47:
      case 0x56:
      case 0x7b:
      case 0x52:
      case 0x72:
      case 0x4a:
        return needs(1) === INCOMPLETE ? INCOMPLETE : 3;
      default:
        this.events.push({ type: 'unknown', bytes: hex(b.subarray(i, i + 2)) });
        return 2;
    }
  }

  private groupSeparator(b: Uint8Array, i: number): number {
    if (i + 1 >= b.length) return INCOMPLETE;
    const command = b[i + 1]!;
    const arg = (k: number) => b[i + 1 + k];
    const has = (n: number) => i + 1 + n < b.length;
    switch (command) {
      case 0x21: // GS ! character size: high nibble is the width multiplier − 1
        if (!has(1)) return INCOMPLETE;
        this.charWidth = ((arg(1)! >> 4) & 0x07) + 1;
        return 3;
      case 0x56: {
        // GS V m [n]: cut
        if (!has(1)) return INCOMPLETE;
        const withFeed = arg(1)! >= 65;
        if (withFeed && !has(2)) return INCOMPLETE;
        if (this.line.columns > 0) this.endLine();
        this.events.push({ type: 'cut' });
        return withFeed ? 4 : 3;
      }
      case 0x6b: // GS k: barcode
        return this.barcode(b, i);
      case 0x28: // GS ( k: 2D symbols
        return this.symbol(b, i);
      case 0x76: {
        // GS v 0 m xL xH yL yH d…: raster image
        if (!has(6)) return INCOMPLETE;
        const widthBytes = arg(3)! + arg(4)! * 256;
        const height = arg(5)! + arg(6)! * 256;
        if (i + 8 + widthBytes * height > b.length) return INCOMPLETE;
        this.events.push({ type: 'image', widthDots: widthBytes * 8, heightDots: height });
        return 8 + widthBytes * height;
      }
      // Settings that change no text: invert, HRI position and font, barcode width and height,
      // transmit status, smoothing; GS L and GS W take two bytes.
      case 0x42:
      case 0x48:
      case 0x66:
      case 0x77:
      case 0x68:
      case 0x72:
      case 0x62:
        return has(1) ? 3 : INCOMPLETE;
      case 0x4c:
      case 0x57:
        return has(2) ? 4 : INCOMPLETE;
      default:
        this.events.push({ type: 'unknown', bytes: hex(b.subarray(i, i + 2)) });
        return 2;
    }
  }

  private barcode(b: Uint8Array, i: number): number {
    if (i + 2 >= b.length) return INCOMPLETE;
    const m = b[i + 2]!;
    let data: Uint8Array;
    let used: number;
    if (m <= 6) {
      const end = b.indexOf(0, i + 3);
      if (end < 0) return INCOMPLETE;
      data = b.subarray(i + 3, end);
      used = end - i + 1;
    } else {
      if (i + 3 >= b.length) return INCOMPLETE;
      const n = b[i + 3]!;
      if (i + 4 + n > b.length) return INCOMPLETE;
      data = b.subarray(i + 4, i + 4 + n);
      used = 4 + n;
    }
    let text = ascii(data);
    // Code 128 data starts with its code set: {A, {B or {C.
    if (m === 73 && /^\{[ABC]/.test(text)) text = text.slice(2);
    if (this.line.columns > 0) this.endLine();
    this.events.push({ type: 'barcode', symbology: BARCODE_NAMES[m] ?? `type-${m}`, data: text });
    return used;
  }

  private symbol(b: Uint8Array, i: number): number {
    if (i + 4 >= b.length) return INCOMPLETE;
    const length = b[i + 3]! + b[i + 4]! * 256;
    if (i + 5 + length > b.length) return INCOMPLETE;
    const body = b.subarray(i + 5, i + 5 + length);
    const [cn, fn] = [body[0]!, body[1]!];
    if (b[i + 2] === 0x6b && fn === 0x50) this.symbolData.set(cn, ascii(body.subarray(3)));
    if (b[i + 2] === 0x6b && fn === 0x51) {
      if (this.line.columns > 0) this.endLine();
      const data = this.symbolData.get(cn) ?? '';
      const name = SYMBOL_NAMES[cn] ?? `symbol-${cn}`;
      this.events.push(name === 'QR' ? { type: 'qr', data } : { type: 'barcode', symbology: name, data });
    }
    return 5 + length;
  }

  private dataLinkEscape(b: Uint8Array, i: number): number {
    if (i + 2 >= b.length) return INCOMPLETE;
    if (b[i + 1] === EOT) {
      this.events.push({ type: 'status-request', n: b[i + 2]! });
      return 3;
    }
    this.events.push({ type: 'unknown', bytes: hex(b.subarray(i, i + 3)) });
    return 3;
  }

  private put(char: string) {
    if (this.line.columns + this.charWidth > this.columns) this.endLine();
    this.line.text += char;
    this.line.columns += this.charWidth;
  }

  private tab() {
    const stop = this.tabs.find((t) => t > this.line.columns && t < this.columns);
    if (stop === undefined) return;
    this.line.text += ' '.repeat(stop - this.line.columns);
    this.line.columns = stop;
  }

  private endLine() {
    const text = this.line.text.trimEnd();
    const used = this.line.columns - (this.line.text.length - text.length);
    const free = Math.max(0, this.columns - used);
    const indent = this.align === 'center' ? Math.floor(free / 2) : this.align === 'right' ? free : 0;
    this.events.push({ type: 'line', text: text === '' ? '' : ' '.repeat(indent) + text });
    this.line = { text: '', columns: 0 };
  }
}

/** Readable lines for a whole byte stream: text as printed plus a marker line for each non-text event. */
export function decodeEscPos(bytes: Uint8Array, columns: number): { lines: string[]; events: EscPosEvent[] } {
  const reader = new EscPosReader(columns);
  const events = [...reader.feed(bytes), ...reader.flush()];
  return { lines: events.flatMap(describeEvent), events };
}

/** How an event reads in a decoded job; status requests print nothing. */
export function describeEvent(event: EscPosEvent): string[] {
  switch (event.type) {
    case 'line':
      return [event.text];
    case 'qr':
      return [`[QR ${event.data}]`];
    case 'barcode':
      return [`[${event.symbology} ${event.data}]`];
    case 'image':
      return [`[IMAGE ${event.widthDots}x${event.heightDots}]`];
    case 'cut':
      return ['[CUT]'];
    case 'drawer':
      return [`[DRAWER pin ${event.pin} ${event.onMs}/${event.offMs} ms]`];
    case 'status-request':
      return [];
    case 'unknown':
      return [`[UNKNOWN ${event.bytes}]`];
    default:
      return missingCase(event);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function ascii(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((x) => x.toString(16).padStart(2, '0')).join(' ');
}
