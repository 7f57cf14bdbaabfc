/**
 * Identifying an ASN at the counter from a typed or scanned NIP: the number checked part by part
 * (domain/asn/nip.ts), looked up by its key (renderer/asn/nip-key.ts) in the offline roster for the
 * shortened name and OPD the cashier confirms, and
 * the ASN's standing this month. A well-formed NIP missing from the roster (it may be a day old)
 * is still accepted, flagged "belum terverifikasi" for the province to check.
 */
import type { AsnKind } from '#domain/asn/asn-roster-rows';
import type { AsnStanding } from '#domain/asn/asn-standing';
import { nipDigits, parseNip, type Nip, type NipProblem } from '#domain/asn/nip';
import { failed, ok, type Result } from '#domain/result';
import type { PosDatabase } from '../db/database';
import { findRosterEntry } from '../sync/asn-roster';
import { asnStandingAt } from './asn-standing-input';
import { bridgeNipKeyer, type NipKeyer } from './nip-key';

/** The buyer of the sale in progress, as the cashier confirmed them. */
export interface CheckoutAsn {
  nip: Nip;
  kind: AsnKind;
  /** From the roster, shortened ("Fransiskus J."); null when the NIP is not on it. */
  name: string | null;
  opd: string | null;
  verified: boolean;
}

/** The ASN buying this cart, and where they stood this month when identified (this sale not in it). */
export interface CartAsn {
  buyer: CheckoutAsn;
  standing: AsnStanding;
}

/** A refused NIP with `digits` as entered (null when not only digits), to show the number with the wrong part marked. */
export type NipRefusal = NipProblem & { digits: string | null };

export type Identification = Result<CartAsn, NipRefusal>;

export async function identifyAsn(
  db: PosDatabase,
  input: string,
  now: Date,
  training: boolean,
  keyer: NipKeyer = bridgeNipKeyer,
): Promise<Identification> {
  const parsed = parseNip(input, now);
  if (!parsed.ok) return failed({ ...parsed.error, digits: nipDigits(input) });
  const { nip } = parsed.value;
  const kind = parsed.value.kind === 'pns' ? 'PNS' : 'PPPK';
  const [nipKey] = await keyer([nip], training);
  const [entry, standing] = await Promise.all([
    findRosterEntry(db, nipKey!),
    asnStandingAt(db, nip, now, training, keyer),
  ]);
  const buyer: CheckoutAsn = entry
    ? { nip, kind, name: entry.displayName, opd: entry.opd, verified: true }
    : { nip, kind, name: null, opd: null, verified: false };
  return ok({ buyer, standing });
}
