import { idMaker, type KindOfId } from '../checked-id';

/** An outlet's id as the province assigned it (manggarai-barat), made only by toOutletId or the wire's schemas. */
export type OutletId = KindOfId<'OutletId'>;

/** A terminal's id as the province assigned it at enrolment (manggarai-barat-t01). */
export type TerminalId = KindOfId<'TerminalId'>;

export const toOutletId = idMaker<'OutletId'>('an outlet id');

export const toTerminalId = idMaker<'TerminalId'>('a terminal id');

/** Who a terminal is: its outlet, its own code, and whether it is still in mode latihan. */
export interface TerminalIdentity {
  outletId: OutletId;
  /** Short code printed in receipt numbers (e.g. MBR for Manggarai Barat). */
  outletCode: string;
  outletName: string;
  outletAddress: string;
  terminalId: TerminalId;
  /** Short code printed in receipt numbers (e.g. T01). */
  terminalCode: string;
  /** Mode latihan: not enrolled yet; sales are practice and never reach the province's figures. */
  training: boolean;
  /** The outlet's static QRIS string from its bank; each payment makes a dynamic one from it. */
  qrisStatic: string;
}

/**
 * The code receipts carry for an outlet, from its id: initials of a multi-word name
 * (timor-tengah-selatan → TTS, sumba-barat-daya → SBD), the first three letters of a one-word
 * name (ende → END). Receipt numbers need only be unique per terminal; the code is for people.
 */
export function outletCodeOf(outletId: string): string {
  const words = outletId
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((w) => w !== '');
  const code = words.length > 1 ? words.map((w) => w[0]).join('') : (words[0] ?? '').slice(0, 3);
  return code.slice(0, 8) || 'NTT';
}

/** The server numbers an outlet's terminals OUTLET-t01, -t02…: receipts say T01, T02. */
export function terminalCodeOf(terminalId: string): string {
  const match = /-(t\d{1,7})$/i.exec(terminalId);
  return match
    ? match[1]!.toUpperCase()
    : terminalId
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(-8)
        .toUpperCase() || 'T';
}

export interface EnrolledOutlet {
  outletId: OutletId;
  terminalId: TerminalId;
  /** From the server's `outlet` setting once pulled; the outlet id until then. */
  outletName: string;
  outletAddress: string;
  qrisStatic: string;
}

/** A terminal enrolled with the province: its sales count, and its receipts carry its own codes. */
export function enrolledIdentity(outlet: EnrolledOutlet): TerminalIdentity {
  return {
    ...outlet,
    outletCode: outletCodeOf(outlet.outletId),
    terminalCode: terminalCodeOf(outlet.terminalId),
    training: false,
  };
}
