/**
 * The keys the roster and the ASN totals are kept under on this terminal: HMAC of the NIP with the
 * province's ASN key (domain/asn/nip-key.ts), computed by the main process, which keeps the key
 * sealed and out of IndexedDB ('asn-nip-keys'); with the public demo key in mode latihan. Tests
 * hand in a NipKeyer of their own.
 */
import { getBridge } from '../bridge/bridge';

/** NIPs → their keys, same order. */
export type NipKeyer = (nips: string[], training: boolean) => Promise<string[]>;

export const bridgeNipKeyer: NipKeyer = async (nips, training) => {
  const result = await getBridge().invoke('asn-nip-keys', nips, training);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
