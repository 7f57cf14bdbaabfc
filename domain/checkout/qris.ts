/**
 * QRIS (Quick Response Code Indonesian Standard, EMVCo merchant-presented QR). An outlet has one
 * static QRIS string from its bank; for each payment the terminal turns it into a dynamic one
 * carrying the amount: tag 01 (point of initiation) becomes "12", tag 54 holds the amount, and
 * tag 63 is the CRC-16/CCITT-FALSE of everything before it, including "6304".
 */
import type { Rupiah } from '../money';
import { ok, problem, type Result } from '../result';

export interface TlvField {
  tag: string;
  value: string;
}

export type QrisResult = Result<string>;

/** CRC-16/CCITT-FALSE: polynomial 0x1021, initial 0xFFFF, no reflection, no final xor. */
export function crc16CcittFalse(text: string): number {
  let crc = 0xffff;
  for (let i = 0; i < text.length; i++) {
    crc ^= text.charCodeAt(i) << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

const crcHex = (text: string) => crc16CcittFalse(text).toString(16).toUpperCase().padStart(4, '0');

/** Splits a payload into its top-level tag-length-value fields, or null when lengths do not fit. */
export function parseTlv(payload: string): TlvField[] | null {
  const fields: TlvField[] = [];
  let at = 0;
  while (at < payload.length) {
    const tag = payload.slice(at, at + 2);
    const lengthText = payload.slice(at + 2, at + 4);
    if (!/^\d{2}$/.test(tag) || !/^\d{2}$/.test(lengthText)) return null;
    const end = at + 4 + Number(lengthText);
    if (end > payload.length) return null;
    fields.push({ tag, value: payload.slice(at + 4, end) });
    at = end;
  }
  return fields;
}

export function encodeTlv(fields: readonly TlvField[]): string {
  return fields.map((f) => `${f.tag}${String(f.value.length).padStart(2, '0')}${f.value}`).join('');
}

/** True when the payload ends in a tag 63 whose CRC matches the rest. */
export function hasValidCrc(payload: string): boolean {
  const at = payload.length - 8;
  return (
    at > 0 &&
    payload.slice(at, at + 4) === '6304' &&
    payload.slice(at + 4).toUpperCase() === crcHex(payload.slice(0, at + 4))
  );
}

/** Appends tag 63 with the CRC of the payload so far. */
export function withCrc(payloadWithoutCrc: string): string {
  const head = `${payloadWithoutCrc}6304`;
  return `${head}${crcHex(head)}`;
}

/** The outlet's static QRIS with the amount set, ready to show as a QR code. */
export function toDynamicQris(staticPayload: string, amount: Rupiah): QrisResult {
  const payload = staticPayload.trim();
  if (!Number.isSafeInteger(amount) || amount <= 0)
    return problem('amount-invalid', 'Jumlah QRIS harus lebih dari Rp 0.');
  // A new outlet has none until the province sets it: say so, not that a checksum is wrong.
  if (payload === '')
    return problem(
      'qris-not-set',
      'QRIS outlet belum diatur: provinsi perlu mengisi QRIS statis outlet ini. Terima tunai atau debit, atau QRIS cetak toko.',
    );
  if (!hasValidCrc(payload))
    return problem('qris-invalid', 'QRIS outlet tidak valid: CRC salah. Periksa pengaturan QRIS.');
  const fields = parseTlv(payload);
  if (!fields || fields[0]?.tag !== '00' || fields[0].value !== '01') {
    return problem('qris-invalid', 'QRIS outlet tidak valid: format tag salah. Periksa pengaturan QRIS.');
  }
  if (!fields.some((f) => f.tag === '53' && f.value === '360'))
    return problem('qris-not-rupiah', 'QRIS outlet bukan dalam Rupiah (tag 53 harus 360).');
  const kept = fields
    .filter((f) => f.tag !== '54' && f.tag !== '63')
    .map((f) => (f.tag === '01' ? { tag: '01', value: '12' } : f));
  if (!kept.some((f) => f.tag === '01')) kept.splice(1, 0, { tag: '01', value: '12' });
  // EMVCo orders the top-level tags by number, so the amount goes before the first tag above 54.
  const insertAt = kept.findIndex((f) => f.tag > '54');
  kept.splice(insertAt < 0 ? kept.length : insertAt, 0, { tag: '54', value: String(amount) });
  return ok(withCrc(encodeTlv(kept)));
}

/** The amount a dynamic QRIS asks for, or null for a static one. */
export function qrisAmount(payload: string): number | null {
  const amount = parseTlv(payload)?.find((f) => f.tag === '54')?.value;
  return amount === undefined ? null : Number(amount);
}
