import { missingCase } from '#domain/missing-case';
import type { StreamName } from '#sync/protocol/messages';
import { useSyncStore } from '../stores/sync-store';
import { database } from '../stores/terminal-store';
import { downloadOutletData } from '../sync/outlet-download';
import '../sync/sync.css';

function streamLabel(stream: StreamName): string {
  switch (stream) {
    case 'products':
      return 'Katalog produk';
    case 'staff':
      return 'Kasir dan manajer';
    case 'asn-roster':
      return 'Daftar ASN';
    case 'asn-totals':
      return 'Belanja ASN bulan ini';
    case 'settings':
      return 'Pengaturan outlet';
    case 'transfers-in':
      return 'Mutasi masuk';
    case 'purchase-orders':
      return 'Pesanan ke UMKM';
    case 'outlet-stock':
      return 'Stok outlet';
    default:
      return missingCase(stream);
  }
}

const count = (n: number) => n.toLocaleString('id-ID');

/** Between enrolment and the first sale: the outlet's data comes down, with its progress. */
export function OutletDownload() {
  const download = useSyncStore((s) => s.download);
  const streams = download?.streams ?? [];
  const current = download?.current;
  const share =
    current && current.received + current.remaining > 0 ? current.received / (current.received + current.remaining) : 0;
  const overall =
    streams.length === 0
      ? 0
      : ((download?.done.length ?? 0) + (current && !download?.done.includes(current.stream) ? share : 0)) /
        streams.length;
  return (
    <main className="outlet-download" data-testid="outlet-download">
      <h2>Menyiapkan terminal</h2>
      <p>
        Terminal sudah terdaftar. Data outlet sedang diunduh dari server provinsi; kasir bisa berjualan setelah selesai.
      </p>
      <progress max={1} value={overall} aria-label="Kemajuan unduhan" data-testid="download-progress" />
      <ul>
        {streams.map((stream) => {
          const done = download?.done.includes(stream);
          const now = current?.stream === stream && !done ? current : null;
          return (
            <li key={stream} data-stream={stream} data-done={done ? 'ya' : 'belum'}>
              {done ? '✓' : now ? '…' : '·'} {streamLabel(stream)}
              {now && ` — ${count(now.received)} dari ${count(now.received + now.remaining)}`}
            </li>
          );
        })}
      </ul>
      {download?.error && (
        <>
          <p className="sync-error" role="alert">
            {download.error}
          </p>
          <div className="actions">
            <button className="primary" onClick={() => void downloadOutletData(database())}>
              Coba lagi sekarang
            </button>
          </div>
        </>
      )}
    </main>
  );
}
