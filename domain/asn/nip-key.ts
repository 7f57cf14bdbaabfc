/**
 * The key terminals keep an ASN under in place of the NIP: HMAC-SHA256(province's ASN key, NIP),
 * hex. A NIP has only about 30 bits of entropy (birth date, appointment month, sex, a short
 * sequence), so a plain or salted hash of it is reversed by trying every NIP in minutes; keyed, a
 * copied database gives nothing away while the key, sealed by the terminal's main process, stays
 * behind. The server computes the same with node:crypto (sync/server/streams/asn-key.ts).
 */
const encoder = new TextEncoder();

/**
 * The ASN key of mode latihan, in place of a province's: public, like the made-up people it keys
 * (renderer/training/demo-asn.ts), so that training runs the same roster lookup as a real terminal.
 */
export const DEMO_ASN_KEY = 'ntt-mart-mode-latihan-kunci-asn-demo';

export async function nipKeys(key: string, nips: readonly string[]): Promise<string[]> {
  const subtle = globalThis.crypto.subtle;
  const hmacKey = await subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return Promise.all(
    nips.map(async (nip) => {
      const mac = new Uint8Array(await subtle.sign('HMAC', hmacKey, encoder.encode(nip)));
      return Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
    }),
  );
}
