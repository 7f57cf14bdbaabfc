import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import type { Columns } from '#hardware/escpos/columns';
import type { PrintCommand } from '#hardware/escpos/print-command';
import { paperLines, type PaperLine } from '../print/paper-lines';

/**
 * Print commands shown as the paper they print: monospace at the paper's width in characters, bold
 * and double-height where the printer makes them so, the QR code as an image, and the cut. The
 * screen shows what the printer prints because both start from the same layout.
 */
export function PaperPreview({
  commands,
  columns,
  className,
  label,
  ...data
}: { commands: readonly PrintCommand[]; columns: Columns; className?: string; label: string } & Record<
  `data-${string}`,
  string
>) {
  return (
    <article
      className={`paper${className ? ` ${className}` : ''}`}
      style={{ width: `calc(${columns}ch + 2 * var(--paper-margin))` }}
      aria-label={label}
      {...data}
    >
      {paperLines(commands, columns).map((line, i) => (
        <PaperRow key={i} line={line} />
      ))}
    </article>
  );
}

function PaperRow({ line }: { line: PaperLine }) {
  switch (line.kind) {
    case 'text':
      return (
        <div className={`paper-line${line.bold ? ' paper-bold' : ''}${line.tall ? ' paper-tall' : ''}`}>
          <span>{line.text}</span>
        </div>
      );
    case 'qr':
      return <PaperQr data={line.data} />;
    case 'ean13':
      return (
        <div className="paper-ean13" data-ean13={line.data}>
          {line.data}
        </div>
      );
    case 'cut':
      return <hr className="paper-cut" aria-label="potong" />;
  }
}

function PaperQr({ data }: { data: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toDataURL(data, { errorCorrectionLevel: 'M', margin: 1, width: 160 }).then(
      (next) => live && setUrl(next),
    );
    return () => {
      live = false;
    };
  }, [data]);
  return (
    <div className="paper-qr" data-qr={data}>
      {url && <img src={url} alt={`Kode QR ${data}`} />}
    </div>
  );
}
