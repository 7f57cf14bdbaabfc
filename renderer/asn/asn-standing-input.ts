/**
 * An ASN's month as this terminal knows it (domain/asn/asn-standing.ts adds it up): the province's
 * figure for the NIP's key and month from the last asn-totals pull, and this terminal's sales and
 * refunds of that NIP and month the figure does not include yet — still waiting in the outbox,
 * refused (a dead letter), quarantined, or acknowledged after the figure was pulled
 * (sync/client/ack-coverage.ts). The monthly minimum comes from the settings stream.
 */
import { asnMonthOf, asnStanding, type AsnStanding, type AsnStandingInput } from '#domain/asn/asn-standing';
import { rupiah } from '#domain/money';
import type { Nip } from '#domain/asn/nip';
import { businessMonth } from '#domain/wita';
import { includedInPulled } from '#sync/client/ack-coverage';
import { ackRecordsOf, emptyStreamState } from '#sync/client/records';
import type { PosDatabase } from '../db/database';
import { asnThreshold } from '../sync/province-settings';
import { bridgeNipKeyer, type NipKeyer } from './nip-key';

export async function asnStandingInput(
  db: PosDatabase,
  nip: Nip,
  month: string,
  training: boolean,
  keyer: NipKeyer = bridgeNipKeyer,
): Promise<AsnStandingInput> {
  const [nipKey] = await keyer([nip], training);
  const [threshold, reported, stream, sales, refunds] = await db.transaction(
    'r',
    [db.serverSettings, db.asnMonthTotals, db.syncStreams, db.sales, db.refunds],
    () =>
      Promise.all([
        asnThreshold(db, training),
        db.asnMonthTotals.get([nipKey!, month]),
        db.syncStreams.get('asn-totals'),
        db.sales
          .where('asn.nip')
          .equals(nip)
          .filter((s) => asnMonthOf(s) === month)
          .toArray(),
        db.refunds
          .where('asn.nip')
          .equals(nip)
          .filter((r) => r.asn?.month === month)
          .toArray(),
      ]),
  );
  const ids = new Set([...sales.map((s) => s.id), ...refunds.map((r) => r.id)]);
  const acks = new Map(
    (
      await db.outboxAcks
        .where('documentIds')
        .anyOf([...ids])
        .toArray()
    )
      .flatMap(ackRecordsOf)
      .filter((a) => ids.has(a.documentId))
      .map((a) => [a.documentId, a]),
  );
  // No row: the province had nothing for this month when the stream was last pulled.
  const item = { ackSerial: reported?.ackSerial ?? 0 };
  const state = stream ?? emptyStreamState('asn-totals');
  const unreported = (id: string) => {
    const ack = acks.get(id);
    return ack === undefined || !includedInPulled(ack, item, state);
  };
  return {
    nip,
    month,
    reportedTotal: reported?.total ?? rupiah(0),
    unreportedSales: sales.filter((s) => unreported(s.id)),
    unreportedRefunds: refunds.filter((r) => unreported(r.id)),
    threshold,
    training,
  };
}

/** Where the ASN stands in the WITA month of `now`. */
export async function asnStandingAt(
  db: PosDatabase,
  nip: Nip,
  now: Date,
  training: boolean,
  keyer: NipKeyer = bridgeNipKeyer,
): Promise<AsnStanding> {
  return asnStanding(await asnStandingInput(db, nip, businessMonth(now), training, keyer));
}
