/**
 * The raw ESC/POS byte sequences this project sends itself, beside what node-thermal-printer builds:
 * real-time status requests (DLE EOT n), tab stops (ESC D) and the full 5-byte drawer kick, which
 * node-thermal-printer shortens to `ESC p m` without the pulse times some drawers need.
 */
export const ESC = 0x1b;
export const GS = 0x1d;
export const DLE = 0x10;
export const EOT = 0x04;
export const LF = 0x0a;
export const HT = 0x09;
export const NUL = 0x00;

/** DLE EOT n: 1 printer status, 2 offline cause, 4 roll paper sensor. */
export type StatusRequest = 1 | 2 | 4;
export const STATUS_REQUESTS: readonly StatusRequest[] = [1, 2, 4];

export function statusRequest(n: StatusRequest): Uint8Array {
  return Uint8Array.of(DLE, EOT, n);
}

/** The three requests in one write; the printer answers one byte each, in order. */
export const FULL_STATUS_REQUEST = Uint8Array.from(STATUS_REQUESTS.flatMap((n) => [...statusRequest(n)]));

/** ESC D n1…nk NUL: horizontal tab stops at these columns (ascending, 1–255). */
export function tabStops(columns: readonly number[]): Uint8Array {
  return Uint8Array.of(ESC, 0x44, ...columns, NUL);
}

/** Drawer connector pin 2 (the usual one) or pin 5 (a second drawer). */
export type DrawerPin = 2 | 5;

export interface DrawerPulse {
  pin: DrawerPin;
  /** Pulse on time; the printer counts in 2 ms units up to 510 ms. */
  onMs: number;
  offMs: number;
}

/** 50 ms on, 500 ms off on pin 2: what Epson documents for its own drawers and what most clones take. */
export const DEFAULT_DRAWER_PULSE: DrawerPulse = { pin: 2, onMs: 50, offMs: 500 };

/** ESC p m t1 t2 — the full 5-byte drawer kick. */
export function drawerKick(pulse: DrawerPulse = DEFAULT_DRAWER_PULSE): Uint8Array {
  const units = (ms: number) => Math.min(255, Math.max(1, Math.round(ms / 2)));
  return Uint8Array.of(ESC, 0x70, pulse.pin === 2 ? 0 : 1, units(pulse.onMs), units(pulse.offMs));
}
