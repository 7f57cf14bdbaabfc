/**
 * Who checks PINs for the renderer: the main process, over the bridge ('pin-check', with the lockout
 * and the clock of the main process; 'pin-demo-hashes'). Tests hand checkPin a PinGuard of their own
 * (domain/staff/pin-guard) with a pepper and failures in memory.
 */
import type { PinCheckRequest, PinVerdict } from '#domain/staff/pin-guard';
import { failed } from '#domain/result';
import { getBridge } from '../bridge/bridge';

export interface PinService {
  /** `now` is the renderer's; the main process counts with its own clock. */
  check(request: PinCheckRequest, now: Date): Promise<PinVerdict>;
  demoHashes(): Promise<Record<string, string>>;
  wrap(serverHashes: string[]): Promise<string[]>;
}

export const bridgePinService: PinService = {
  async check(request) {
    const result = await getBridge().invoke('pin-check', request);
    if (!result.ok) return failed({ ...result.error, locked: false, lockedUntil: null });
    return result.value;
  },
  async demoHashes() {
    const result = await getBridge().invoke('pin-demo-hashes');
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  },
  async wrap(serverHashes) {
    const result = await getBridge().invoke('pin-wrap', serverHashes);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  },
};
