/** For browser tests: NIP keys as the main process makes them, with a test province's key (or the demo key). */
import { DEMO_ASN_KEY, nipKeys } from '#domain/asn/nip-key';
import type { NipKeyer } from './nip-key';

export const TEST_ASN_KEY = 'test-province-asn-key-0123456789abcdef';

export const testNipKeyer: NipKeyer = (nips, training) => nipKeys(training ? DEMO_ASN_KEY : TEST_ASN_KEY, nips);
