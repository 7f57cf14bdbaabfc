import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { formatRupiah, type Rupiah } from '#domain/money';
import { toDynamicQris } from '#domain/checkout/qris';
import { useTerminalStore } from '../stores/terminal-store';

/** A QRIS payload as a QR code image, or the placeholder while it is drawn; `width` in pixels. */
export function QrisCode({
  payload,
  amount,
  width = 240,
}: {
  payload: string | null;
  amount: Rupiah | null;
  width?: number;
}) {
  const [image, setImage] = useState<{ payload: string; url: string } | null>(null);
  useEffect(() => {
    if (payload === null) return;
    let live = true;
    void QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 2, width }).then(
      (url) => live && setImage({ payload, url }),
    );
    return () => {
      live = false;
    };
  }, [payload, width]);
  return payload && image?.payload === payload ? (
    <img src={image.url} alt={`QRIS ${formatRupiah(amount!)}`} data-qris={payload} />
  ) : (
    <div className="qris-placeholder">Ketik jumlah QRIS</div>
  );
}

/** The outlet's QRIS with the amount in it, as a QR code the buyer scans with any e-wallet or bank app. */
export function QrisPanel({ amount }: { amount: Rupiah | null }) {
  const qrisStatic = useTerminalStore((s) => s.identity?.qrisStatic ?? '');
  const result = amount === null ? null : toDynamicQris(qrisStatic, amount);
  const payload = result?.ok ? result.value : null;
  if (result && !result.ok)
    return (
      <p className="qris-error" role="alert">
        {result.error.message}
      </p>
    );
  return (
    <div className="qris">
      <QrisCode payload={payload} amount={amount} />
      <p>
        Minta pembeli memindai QRIS ini. Tekan <kbd>Enter</kbd> setelah notifikasi pembayaran{' '}
        {amount ? formatRupiah(amount) : ''} diterima.
      </p>
    </div>
  );
}
