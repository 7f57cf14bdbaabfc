/**
 * Print commands as the lines a thermal printer puts on paper, for showing a receipt or report on
 * screen exactly as it prints: the same ASCII text, the printer's wrapping at the paper width, its
 * centring, a blank line after a code, and the feed before the cut. A golden test holds it to the
 * text the printer's bytes decode to (hardware/receipt/golden).
 */
import { missingCase } from '#domain/missing-case';
import type { Columns } from '#hardware/escpos/columns';
import type { Align, PrintCommand } from '#hardware/escpos/print-command';
import { printable } from '#hardware/escpos/printable';

export type PaperLine =
  | { kind: 'text'; text: string; bold: boolean; tall: boolean }
  | { kind: 'qr'; data: string }
  | { kind: 'ean13'; data: string }
  | { kind: 'cut' };

/** Lines the printer feeds before a partial cut, so the last text clears the cutter. */
const FEED_BEFORE_CUT = 4;

export function paperLines(commands: readonly PrintCommand[], columns: Columns): PaperLine[] {
  const out: PaperLine[] = [];
  const blank = (): PaperLine => ({ kind: 'text', text: '', bold: false, tall: false });
  const print = (text: string, style: { align?: Align; bold?: boolean; tall?: boolean }) => {
    // The printer starts a new line when a character would pass the last column.
    for (const piece of text.match(new RegExp(`.{1,${columns}}`, 'g')) ?? ['']) {
      const shown = piece.trimEnd();
      const free = columns - shown.length;
      const indent =
        shown === '' ? 0 : style.align === 'center' ? Math.floor(free / 2) : style.align === 'right' ? free : 0;
      out.push({
        kind: 'text',
        text: ' '.repeat(indent) + shown,
        bold: style.bold ?? false,
        tall: style.tall ?? false,
      });
    }
  };
  for (const command of commands) {
    switch (command.type) {
      case 'text':
        print(printable(command.text), command);
        break;
      case 'row': {
        const left = printable(command.left);
        const right = printable(command.right);
        print(`${left}${' '.repeat(Math.max(1, columns - left.length - right.length))}${right}`, {
          bold: command.bold,
          tall: command.tall,
        });
        break;
      }
      case 'rule':
        print(command.char.repeat(columns), {});
        break;
      case 'feed':
        for (let i = 0; i < command.lines; i++) out.push(blank());
        break;
      case 'qr':
        out.push({ kind: 'qr', data: command.data }, blank());
        break;
      case 'ean13':
        out.push({ kind: 'ean13', data: command.data }, blank());
        break;
      case 'cut':
        for (let i = 0; i < FEED_BEFORE_CUT; i++) out.push(blank());
        out.push({ kind: 'cut' });
        break;
      case 'drawer':
        break;
      default:
        missingCase(command);
    }
  }
  return out;
}

/** A line as the decoded printer output writes it (hardware/escpos/reader.ts describeEvent). */
export function paperLineText(line: PaperLine): string {
  switch (line.kind) {
    case 'text':
      return line.text;
    case 'qr':
      return `[QR ${line.data}]`;
    case 'ean13':
      return `[EAN13 ${line.data}]`;
    case 'cut':
      return '[CUT]';
    default:
      return missingCase(line);
  }
}
