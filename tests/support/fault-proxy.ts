/**
 * A TCP proxy between terminal and server that misbehaves on demand, like a rural 3G link: it adds
 * latency, limits bandwidth, resets connections part-way through a request or a response, drops
 * the server's answer after the server has committed (it has started to answer), and refuses
 * connections. It knows nothing of HTTP: faults count bytes, so they hit whatever crosses next.
 *
 *   const proxy = await startFaultProxy(serverPort);
 *   proxy.set({ latencyMs: 150, bytesPerSecond: 125_000 });   // 300 ms round trip, 1 Mbit/s
 *   proxy.arm({ dropResponse: true });                        // the next answer is lost
 */
import { createServer, Socket, type AddressInfo } from 'node:net';

export interface LinkSettings {
  /** One way; a round trip costs twice this. */
  latencyMs: number;
  /** Each way, shared by every connection (one link); null for no limit. */
  bytesPerSecond: number | null;
  /** Reset open connections and refuse new ones, as a server that is down. */
  refuse: boolean;
}

/** One-shot faults: each fires once, on the next bytes that cross the way it watches, then disarms. */
export interface Faults {
  /** Reset both sides after this many more bytes from the terminal (mid-request). */
  resetRequestAfter?: number;
  /** Reset both sides after this many more bytes from the server (mid-response). */
  resetResponseAfter?: number;
  /** Swallow the server's next answer and reset the terminal's connection. */
  dropResponse?: boolean;
}

export interface FaultProxy {
  url: string;
  port: number;
  set(settings: Partial<LinkSettings>): void;
  arm(faults: Faults): void;
  /** Faults armed and not fired yet. */
  armed(): Faults;
  disarm(): void;
  /** Bytes carried so far: up (terminal to server) and down. */
  bytes: { up: number; down: number };
  /** How many faults fired, by kind. */
  fired: { resetRequest: number; resetResponse: number; dropResponse: number };
  /** Resets every open connection (a cut link). */
  cut(): void;
  close(): Promise<void>;
}

/** Pieces paced over the link, so bandwidth is smooth rather than per 64 KB chunk. */
const PIECE = 8 * 1024;

export async function startFaultProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<FaultProxy> {
  const settings: LinkSettings = { latencyMs: 0, bytesPerSecond: null, refuse: false };
  let faults: Faults = {};
  const open = new Set<Socket>();
  const bytes = { up: 0, down: 0 };
  const fired = { resetRequest: 0, resetResponse: 0, dropResponse: 0 };
  // One link each way: connections in parallel share its bandwidth, as they would a real one.
  const lanes = { up: { freeAt: 0 }, down: { freeAt: 0 } };

  const server = createServer((client) => {
    if (settings.refuse) {
      client.resetAndDestroy();
      return;
    }
    const upstream = new Socket();
    open.add(client).add(upstream);
    const resetBoth = () => {
      client.resetAndDestroy();
      upstream.resetAndDestroy();
    };
    const up = pacedLink(settings, lanes.up, upstream);
    const down = pacedLink(settings, lanes.down, client);
    client.pause();
    upstream.connect(targetPort, targetHost, () => client.resume());
    /** Carries a chunk one way, unless a reset armed for that way fires within it: then its first bytes go, then the reset. */
    const carry = (
      chunk: Buffer,
      link: typeof up,
      fault: 'resetRequestAfter' | 'resetResponseAfter',
      way: 'up' | 'down',
    ) => {
      const left = faults[fault];
      if (left !== undefined && chunk.length >= left) {
        link.send(chunk.subarray(0, left));
        faults = { ...faults, [fault]: undefined };
        fired[fault === 'resetRequestAfter' ? 'resetRequest' : 'resetResponse']++;
        link.then(resetBoth);
        return;
      }
      if (left !== undefined) faults = { ...faults, [fault]: left - chunk.length };
      bytes[way] += chunk.length;
      link.send(chunk);
    };
    client.on('data', (chunk: Buffer) => carry(chunk, up, 'resetRequestAfter', 'up'));
    upstream.on('data', (chunk: Buffer) => {
      if (faults.dropResponse) {
        // The server has answered, so it has committed: the answer never arrives.
        faults = { ...faults, dropResponse: undefined };
        fired.dropResponse++;
        resetBoth();
        return;
      }
      carry(chunk, down, 'resetResponseAfter', 'down');
    });
    client.on('end', () => up.then(() => upstream.end()));
    upstream.on('end', () => down.then(() => client.end()));
    for (const socket of [client, upstream]) {
      socket.on('error', () => resetBoth());
      socket.on('close', () => {
        open.delete(socket);
        if (socket === upstream && !client.destroyed) down.then(() => client.destroy());
        if (socket === client && !upstream.destroyed) upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    bytes,
    fired,
    set: (next) => {
      Object.assign(settings, next);
      // A server that goes down drops the connections kept alive to it as well.
      if (next.refuse) for (const socket of open) socket.resetAndDestroy();
    },
    arm: (next) => {
      faults = { ...faults, ...next };
    },
    disarm: () => {
      faults = {};
    },
    armed: () => Object.fromEntries(Object.entries(faults).filter(([, v]) => v !== undefined)) as Faults,
    cut: () => {
      for (const socket of open) socket.resetAndDestroy();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * One connection's direction over the link: each piece leaves when the lane (that direction of the
 * link, shared by all connections) is free and arrives `latencyMs` later. One queue and one timer
 * per connection, so its pieces arrive in the order they were sent. `then` runs once everything
 * sent so far has arrived.
 */
function pacedLink(settings: LinkSettings, lane: { freeAt: number }, to: Socket) {
  let lastArrival = 0;
  const queue: { at: number; piece?: Buffer; action?: () => void }[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const pump = () => {
    timer = null;
    while (queue.length > 0 && queue[0]!.at <= performance.now()) {
      const next = queue.shift()!;
      if (next.piece && !to.destroyed) to.write(next.piece);
      next.action?.();
    }
    if (queue.length > 0) timer = setTimeout(pump, Math.max(1, queue[0]!.at - performance.now()));
  };
  const enqueue = (entry: { at: number; piece?: Buffer; action?: () => void }) => {
    queue.push(entry);
    if (timer === null) pump();
  };
  return {
    send(chunk: Buffer) {
      for (let offset = 0; offset < chunk.length; offset += PIECE) {
        const piece = chunk.subarray(offset, offset + PIECE);
        const start = Math.max(performance.now(), lane.freeAt);
        lane.freeAt = start + (settings.bytesPerSecond ? (piece.length / settings.bytesPerSecond) * 1000 : 0);
        lastArrival = Math.max(lastArrival, lane.freeAt + settings.latencyMs);
        enqueue({ at: lastArrival, piece });
      }
    },
    then(action: () => void) {
      enqueue({ at: lastArrival, action });
    },
  };
}
