/** zod schemas for the primitive values every document and message is made of. */
import { z } from 'zod';
import { toNip } from '#domain/asn/nip';
import type { Gtin } from '#domain/catalog/barcode';
import { isRupiah, type Rupiah } from '#domain/money';
import { toOutletId, toTerminalId } from '#domain/outlet/terminal';
import { toCashMovementId } from '#domain/shift/cash-movement';
import { toShiftId } from '#domain/shift/shift';
import { toDayClosingId } from '#domain/shift/shift-report';
import { toBusinessDate } from '#domain/wita';

export const rupiahSchema = z.custom<Rupiah>((v) => isRupiah(v), { message: 'must be a whole number of Rupiah' });
export const nonNegativeRupiahSchema = rupiahSchema.refine((v) => v >= 0, { message: 'must not be negative' });

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const uuidV7Schema = z.string().regex(UUID_V7, 'must be a lowercase UUIDv7');
export const idSchema = z.string().min(1).max(64);
export const outletIdSchema = idSchema.transform(toOutletId);
export const terminalIdSchema = idSchema.transform(toTerminalId);
export const shiftIdSchema = uuidV7Schema.transform(toShiftId);
export const cashMovementIdSchema = uuidV7Schema.transform(toCashMovementId);
export const dayClosingIdSchema = uuidV7Schema.transform(toDayClosingId);
/** Where a document was recorded: its outlet and terminal, as every terminal's document names them. */
export const outletTerminalShape = { outletId: outletIdSchema, terminalId: terminalIdSchema };
/**
 * An ISO 8601 instant with an explicit offset (the terminal writes UTC, 'Z'). Years before 1970 are
 * refused: no terminal clock reads earlier than the Unix epoch, and PostgreSQL has no year 0000.
 */
export const instantSchema = z.iso
  .datetime({ offset: true })
  .refine((v) => v >= '1970', 'must be from 1970 on')
  .refine((v) => offsetMinutes(v) <= MAX_OFFSET_MINUTES, 'the offset must be within ±14:00');

/** Clocks on Earth run from UTC−12:00 to UTC+14:00; PostgreSQL refuses offsets past ±15:59. */
const MAX_OFFSET_MINUTES = 14 * 60;

function offsetMinutes(instant: string): number {
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(instant);
  return offset ? Number(offset[2]) * 60 + Number(offset[3]) : 0;
}

/** What a PostgreSQL integer column (line numbers, counts in reports) holds. */
export const INT4_MAX = 2_147_483_647;
export const lineNoSchema = z.number().int().positive().max(INT4_MAX);
export const countSchema = z.number().int().nonnegative().max(INT4_MAX);
export const businessDateSchema = z.iso
  .date()
  .refine((v) => v >= '1970', 'must be from 1970 on')
  .transform(toBusinessDate);
export const businessMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM');
/** NIP (nomor induk pegawai): the 18-digit number of an ASN, PNS or PPPK. */
export const nipSchema = z.string().regex(/^\d{18}$/, 'NIP must be 18 digits');
/** A NIP on a document (sale, refund): the same check, made the domain's Nip. */
export const documentNipSchema = nipSchema.transform(toNip);
/** A retail code as a sale line records it (the product's GTIN or the scanned in-store code). */
export const gtinSchema = z
  .string()
  .regex(/^\d{8,14}$/)
  .transform((v) => v as Gtin);
export const textSchema = z.string().trim().min(1).max(200);
