/**
 * The bridge between the renderer and whatever owns Node: one type lists every channel and every
 * pushed event. Electron's preload exposes it as `window.pos`; the web host serves the same
 * contract over a loopback WebSocket. Arguments are validated where the handler runs, and errors
 * cross as data, never as thrown objects. To add a channel: add it to BridgeChannels and its
 * argument schema to CHANNEL_ARGS; the type checker then asks for a handler.
 */
import { z } from 'zod';
import type { PrintResult } from '../hardware/handlers';
import { printRequestSchema, type PrintRequest } from '../hardware/print-request';
import { printerConfigSchema, type PrinterConfig } from '../hardware/printer/printer-config';
import type { PrinterStatus } from '../hardware/printer/status';
import { serialScannerSettingsSchema, type SerialPortInfo, type SerialScannerSettings, type SerialScannerStatus } from '../hardware/scanner/scanner-settings';

export interface BridgeError {
  /** Stable, machine-readable: 'unknown-channel', 'invalid-arguments', 'handler-failed', … */
  code: string;
  /** For the cashier, in Bahasa Indonesia. */
  message: string;
}

export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export interface AppInfo {
  version: string;
  host: 'electron' | 'web';
  platform: string;
  userDataDir: string;
}

export interface TerminalConfig {
  /** Full screen with no way out but the OS: for shop counters. */
  kiosk: boolean;
  fullscreen: boolean;
  /** Warn the cashier when the disk holding the data has less free space than this. */
  lowDiskMb: number;
  /** The receipt printer (its cash drawer hangs off it); null until one is set up in Pengaturan. */
  printer: PrinterConfig | null;
  /** A serial barcode scanner, opened whenever the terminal starts; null when there is none. */
  serialScanner: SerialScannerSettings | null;
  /** Scan with the camera on the register, for outlets without a scanner. */
  cameraScanner: boolean;
}

export interface DiskSpace {
  freeBytes: number;
  totalBytes: number;
}

export interface BridgeChannels {
  'app-info': () => AppInfo;
  'config-get': () => TerminalConfig;
  'config-update': (patch: Partial<TerminalConfig>) => TerminalConfig;
  'disk-space': () => DiskSpace;
  /** A receipt, labels or the test page on the configured printer: the print queue's delivery. */
  'printer-print': (request: PrintRequest) => PrintResult;
  /** The test page on printer settings from the form, before they are saved. */
  'printer-test': (config: PrinterConfig) => PrintResult;
  'printer-status': () => PrinterStatus;
  'drawer-open': () => PrintResult;
  'serial-list': () => SerialPortInfo[];
  /** Opens the serial scanner (replacing a running one); its codes arrive as 'scanner-scan'. */
  'scanner-start': (settings: SerialScannerSettings) => SerialScannerStatus;
  'scanner-stop': () => null;
}

export interface BridgeEvents {
  'config-changed': TerminalConfig;
  /** A code from the serial scanner, for the same pipeline as the keyboard wedge. */
  'scanner-scan': string;
  'scanner-status': SerialScannerStatus;
}

export type Channel = keyof BridgeChannels;
export type EventName = keyof BridgeEvents;
export type ChannelArgs<K extends Channel> = Parameters<BridgeChannels[K]>;
export type ChannelValue<K extends Channel> = Awaited<ReturnType<BridgeChannels[K]>>;
export type Handler<K extends Channel> = (...args: ChannelArgs<K>) => ChannelValue<K> | Promise<ChannelValue<K>>;
export type Handlers = { [K in Channel]: Handler<K> };

/** What the renderer sees as `window.pos`. */
export interface PosBridge {
  invoke<K extends Channel>(channel: K, ...args: ChannelArgs<K>): Promise<BridgeResult<ChannelValue<K>>>;
  on<E extends EventName>(event: E, listener: (payload: BridgeEvents[E]) => void): () => void;
}

export const terminalConfigSchema = z.object({
  kiosk: z.boolean(),
  fullscreen: z.boolean(),
  lowDiskMb: z.number().int().min(50).max(100_000),
  printer: printerConfigSchema.nullable(),
  serialScanner: serialScannerSettingsSchema.nullable(),
  cameraScanner: z.boolean(),
});

export const CHANNEL_ARGS = {
  'app-info': z.tuple([]),
  'config-get': z.tuple([]),
  'config-update': z.tuple([terminalConfigSchema.partial().strict()]),
  'disk-space': z.tuple([]),
  'printer-print': z.tuple([printRequestSchema]),
  'printer-test': z.tuple([printerConfigSchema]),
  'printer-status': z.tuple([]),
  'drawer-open': z.tuple([]),
  'serial-list': z.tuple([]),
  'scanner-start': z.tuple([serialScannerSettingsSchema]),
  'scanner-stop': z.tuple([]),
} satisfies { [K in Channel]: z.ZodType<ChannelArgs<K>> };

export const CHANNELS = Object.keys(CHANNEL_ARGS) as Channel[];

/** Messages of the web host's WebSocket (the same contract as Electron's IPC). */
export const wsRequestSchema = z.object({ id: z.number().int().nonnegative(), channel: z.string().max(100), args: z.array(z.unknown()).max(16) });
export type WsRequest = z.infer<typeof wsRequestSchema>;
export type WsMessage = { id: number; result: BridgeResult<unknown> } | { event: EventName; payload: unknown };
