/**
 * The bridge between the renderer and whatever owns Node: one type lists every channel and every
 * pushed event. Electron's preload exposes it as `window.pos`; the web host serves the same
 * contract over a loopback WebSocket. Arguments are validated where the handler runs, and errors
 * cross as data, never as thrown objects. To add a channel: add it to BridgeChannels and its
 * argument schema to CHANNEL_ARGS; the type checker then asks for a handler.
 */
import { z } from 'zod';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '#domain/terminal/storage-forecast';
import type { PinCheckRequest, PinVerdict } from '#domain/staff/pin-guard';
import type { ServerAnswer } from '#sync/protocol/server-answer';
import { MAX_PULL_LIMIT, STREAMS, type StreamName } from '#sync/protocol/messages';
import { raisePurchaseOrderSchema, type RaisePurchaseOrder } from '#sync/protocol/purchase-order';
import type { PrintResult } from '#hardware/printer/print-result';
import { printRequestSchema, type PrintRequest } from './print-request';
import { printerConfigSchema, type PrinterConfig } from '#hardware/printer/printer-config';
import type { PrinterStatus } from '#hardware/printer/status';
import { journalEntrySchema, type JournalEntry, type JournalSnapshot } from './journal-entry';
import {
  serialScannerSettingsSchema,
  type SerialPortInfo,
  type SerialScannerSettings,
  type SerialScannerStatus,
} from '#hardware/scanner/scanner-settings';
import type { Result } from '#domain/result';

/** The web bridge's answer when the host never took the call (not running, or this page lacks its start's key). */
export const BRIDGE_OFFLINE = 'offline';

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
  /** Days a document the province acknowledged stays on this terminal (renderer/storage/retention.ts). */
  retentionDays: number;
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

/** The terminal's enrolment as the renderer may know it: everything but the token. */
export interface SyncConnectionInfo {
  serverUrl: string;
  terminalId: string;
  outletId: string;
  enrolledAt: string;
}

export interface EnrolmentRequest {
  serverUrl: string;
  code: string;
  /** The terminal's name on the server's list, e.g. "Kasir 1". */
  name: string;
  /** A manager's explicit permission for a plain http:// server that is not on this machine (tests only). */
  allowPlainHttp?: boolean;
}

/** One piece of an export file of unsynced events; main names the file from exportId. */
export interface ExportPiece {
  exportId: string;
  part: number;
  text: string;
  last: boolean;
}

export interface BridgeChannels {
  'app-info': () => AppInfo;
  'config-get': () => TerminalConfig;
  'config-update': (patch: Partial<TerminalConfig>) => TerminalConfig;
  'disk-space': () => DiskSpace;
  'sync-connection': () => SyncConnectionInfo | null;
  'sync-enrol': (request: EnrolmentRequest) => SyncConnectionInfo;
  /** POST /v1/sync/push with the token; the body is gzipped JSON, base64 to cross the bridge. */
  'sync-push': (gzippedBase64: string) => ServerAnswer;
  'sync-pull': (stream: StreamName, cursor: string | null, limit: number) => ServerAnswer;
  /** A sale of this outlet (by receipt number or id) and its refunds, from the server: GET /v1/sales/{key}. */
  'sync-sale': (receiptNoOrId: string) => ServerAnswer;
  /** A manager's purchase order to a UMKM for this outlet: POST /v1/sync/purchase-orders. */
  'sync-purchase-order': (order: RaisePurchaseOrder) => ServerAnswer;
  /** The outlet's tills on a WITA day, for the day close: GET /v1/outlet/day/{date}. */
  'sync-outlet-day': (businessDate: string) => ServerAnswer;
  'sync-export-write': (piece: ExportPiece) => { path: string };
  /**
   * The keys the roster and the ASN totals are kept under for these NIPs: HMAC with the province's
   * ASN key, which never leaves the main process (domain/asn/nip-key.ts); with the public demo key
   * in mode latihan (`training`). Same order.
   */
  'asn-nip-keys': (nips: string[], training: boolean) => string[];
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
  /** A staff member's PIN against their peppered hash, with the lockout kept by the main process. */
  'pin-check': (request: PinCheckRequest) => PinVerdict;
  /** The mode latihan staff's PINs hashed with this terminal's pepper, by staff id. */
  'pin-demo-hashes': () => Record<string, string>;
  /** Server hashes an earlier version stored as they came, peppered once (same order). */
  'pin-wrap': (serverHashes: string[]) => string[];
  /** A commit's outbox events and counters, on disk (fsync'd) in the user data folder when this answers. */
  'journal-append': (entry: JournalEntry) => { lastSeq: number };
  /** Seqs the province acknowledged: they leave the journal at its next rotation. */
  'journal-acknowledge': (seqs: number[]) => null;
  /** The journal's unacknowledged events and counters, to rebuild a lost database from. */
  'journal-read': () => JournalSnapshot;
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
/** A channel's handler answers with a Result: a refusal is a value, a throw an unexpected failure. */
export type Handler<K extends Channel> = (
  ...args: ChannelArgs<K>
) => Result<ChannelValue<K>> | Promise<Result<ChannelValue<K>>>;
export type Handlers = { [K in Channel]: Handler<K> };

/** What the renderer sees as `window.pos`. */
export interface PosBridge {
  invoke<K extends Channel>(channel: K, ...args: ChannelArgs<K>): Promise<Result<ChannelValue<K>>>;
  on<E extends EventName>(event: E, listener: (payload: BridgeEvents[E]) => void): () => void;
}

export const terminalConfigSchema = z.object({
  kiosk: z.boolean(),
  fullscreen: z.boolean(),
  lowDiskMb: z.number().int().min(50).max(100_000),
  retentionDays: z.number().int().min(MIN_RETENTION_DAYS).max(MAX_RETENTION_DAYS),
  printer: printerConfigSchema.nullable(),
  serialScanner: serialScannerSettingsSchema.nullable(),
  cameraScanner: z.boolean(),
});

/** A push body is at most 256 KB of gzip (sync/client/batch.ts), unless one event alone is larger. */
const MAX_PUSH_BASE64 = 1_000_000;
/** Under the web host's 1 MiB WebSocket message limit even with some multi-byte text. */
export const MAX_EXPORT_PIECE = 500_000;

export const CHANNEL_ARGS = {
  'app-info': z.tuple([]),
  'config-get': z.tuple([]),
  'config-update': z.tuple([terminalConfigSchema.partial().strict()]),
  'disk-space': z.tuple([]),
  'sync-connection': z.tuple([]),
  'sync-enrol': z.tuple([
    z
      .object({
        serverUrl: z.string().trim().min(1).max(300),
        code: z.string().trim().min(4).max(64),
        name: z.string().trim().min(1).max(100),
        allowPlainHttp: z.boolean().optional(),
      })
      .strict(),
  ]),
  'sync-push': z.tuple([
    z
      .string()
      .min(1)
      .max(MAX_PUSH_BASE64)
      .regex(/^[A-Za-z0-9+/]+=*$/),
  ]),
  'sync-pull': z.tuple([
    z.enum(STREAMS),
    z.string().min(1).max(200).nullable(),
    z.number().int().min(1).max(MAX_PULL_LIMIT),
  ]),
  'sync-sale': z.tuple([z.string().trim().min(1).max(64)]),
  'sync-purchase-order': z.tuple([raisePurchaseOrderSchema]),
  'sync-outlet-day': z.tuple([z.iso.date()]),
  'sync-export-write': z.tuple([
    z
      .object({
        exportId: z.string().regex(/^[a-z0-9-]{1,100}$/),
        part: z.number().int().nonnegative(),
        text: z.string().max(MAX_EXPORT_PIECE),
        last: z.boolean(),
      })
      .strict(),
  ]),
  'asn-nip-keys': z.tuple([z.array(z.string().regex(/^\d{18}$/)).max(1_000), z.boolean()]),
  'printer-print': z.tuple([printRequestSchema]),
  'printer-test': z.tuple([printerConfigSchema]),
  'printer-status': z.tuple([]),
  'drawer-open': z.tuple([]),
  'serial-list': z.tuple([]),
  'scanner-start': z.tuple([serialScannerSettingsSchema]),
  'scanner-stop': z.tuple([]),
  'pin-check': z.tuple([
    z
      .object({ staffId: z.string().min(1).max(100), pin: z.string().max(12), pinHash: z.string().min(1).max(300) })
      .strict(),
  ]),
  'pin-demo-hashes': z.tuple([]),
  'pin-wrap': z.tuple([z.array(z.string().min(1).max(300)).max(1_000)]),
  'journal-append': z.tuple([journalEntrySchema]),
  'journal-acknowledge': z.tuple([z.array(z.number().int().positive()).max(10_000)]),
  'journal-read': z.tuple([]),
} satisfies { [K in Channel]: z.ZodType<ChannelArgs<K>> };

export const CHANNELS = Object.keys(CHANNEL_ARGS) as Channel[];

/** Messages of the web host's WebSocket (the same contract as Electron's IPC). */
export const wsRequestSchema = z.object({
  id: z.number().int().nonnegative(),
  channel: z.string().max(100),
  args: z.array(z.unknown()).max(16),
});
export type WsRequest = z.infer<typeof wsRequestSchema>;
export type WsMessage = { id: number; result: Result<unknown> } | { event: EventName; payload: unknown };
