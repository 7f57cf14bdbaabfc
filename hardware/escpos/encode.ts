/**
 * Printer commands (what a layout wants printed) encoded to ESC/POS bytes with node-thermal-printer.
 * The library builds its buffer without any printer when it is given no interface; getBuffer()
 * then returns the bytes and the transports in hardware/printer send them.
 *
 * Right-aligned amounts jump over the gap with tab stops instead of runs of spaces: a row is
 * "left HT… amount" with the fewest bytes that put the amount's last character in the last column,
 * which keeps a 10-line receipt under 1 KB (about one second at 9600 baud).
 */
import { BreakLine, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { missingCase } from '#domain/missing-case';
import type { Columns } from './columns';
import { drawerKick, ESC, tabStops } from './commands';
import type { Align, PrintCommand } from './print-command';
import { printable } from './printable';

/** Tab stops 12, 9 and 6 columns before the right edge, so amounts of those lengths land exactly. */
function tabStopsFor(columns: Columns): number[] {
  return [12, 9, 6].map((offset) => columns - offset);
}

interface Style {
  align: Align;
  bold: boolean;
  tall: boolean;
}

export function encodeCommands(commands: readonly PrintCommand[], columns: Columns): Uint8Array {
  const printer = new ThermalPrinter({
    type: PrinterTypes.EPSON as never,
    interface: '',
    width: columns,
    breakLine: BreakLine.NONE as never,
  });
  const stops = tabStopsFor(columns);
  const style: Style = { align: 'left', bold: false, tall: false };
  const setStyle = (next: Partial<Style>) => {
    const tall = next.tall ?? false;
    // ESC ! also clears emphasis, so size goes first and bold is set again after it.
    if (tall !== style.tall) {
      if (tall) printer.setTextDoubleHeight();
      else printer.setTextNormal();
      style.tall = tall;
      style.bold = false;
    }
    const bold = next.bold ?? false;
    if (bold !== style.bold) printer.bold(bold);
    style.bold = bold;
    const align = next.align ?? 'left';
    if (align !== style.align) {
      if (align === 'center') printer.alignCenter();
      else if (align === 'right') printer.alignRight();
      else printer.alignLeft();
      style.align = align;
    }
  };

  // ESC @ (sent first, and by the library after each cut) also clears tab stops: set them lazily.
  let tabsSet = false;
  printer.add(Buffer.from([ESC, 0x40]));
  for (const command of commands) {
    switch (command.type) {
      case 'text':
        setStyle(command);
        printer.println(printable(command.text));
        break;
      case 'row': {
        setStyle({ ...command, align: 'left' });
        if (!tabsSet) printer.add(Buffer.from(tabStops(stops)));
        tabsSet = true;
        const left = printable(command.left);
        const right = printable(command.right);
        printer.println(`${left}${gapBetween(left.length, columns - right.length, stops)}${right}`);
        break;
      }
      case 'rule':
        setStyle({});
        printer.drawLine(command.char);
        break;
      case 'feed':
        for (let i = 0; i < command.lines; i++) printer.newLine();
        break;
      case 'qr':
        setStyle({ align: 'center' });
        printer.printQR(command.data, { model: 2, cellSize: columns === 32 ? 4 : 6, correction: 'M' });
        printer.newLine();
        break;
      case 'ean13':
        setStyle({ align: 'center' });
        printer.printBarcode(command.data, 67, { hriPos: 2, hriFont: 0, width: columns === 32 ? 2 : 3, height: 60 });
        printer.newLine();
        break;
      case 'cut':
        setStyle({});
        printer.partialCut({ verticalTabAmount: 1 });
        Object.assign(style, { align: 'left', bold: false, tall: false });
        tabsSet = false;
        break;
      case 'drawer':
        printer.add(Buffer.from(drawerKick(command.pulse)));
        break;
      default:
        missingCase(command);
    }
  }
  return new Uint8Array(printer.getBuffer());
}

/** The shortest run of tabs and spaces that moves from column `from` to column `to` (at least one column). */
export function gapBetween(from: number, to: number, stops: readonly number[]): string {
  let best = ' '.repeat(Math.max(1, to - from));
  let tabs = 0;
  for (const stop of stops) {
    if (stop <= from) continue;
    if (stop > to) break;
    tabs++;
    const gap = '\t'.repeat(tabs) + ' '.repeat(to - stop);
    if (gap.length < best.length) best = gap;
  }
  return best;
}
