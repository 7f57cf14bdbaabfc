import { useState, type ReactNode } from 'react';
import { formatCount } from './format';
import { Notice, reasonOf, type Said } from './Notice';
import { DataTable, type Column } from './TablePanel';

const PROBLEM_COLUMNS: Column<Outcome['problems'][number]>[] = [
  { label: 'Baris', value: (p) => p.line, num: true },
  { label: 'Alasan', value: (p) => p.reason },
];

/** The server's limit (http/sheet-file.ts), checked here first to spare the upload. */
const MAX_BYTES = 5 * 1024 * 1024;

interface Outcome {
  problems: { line: number; reason: string }[];
}

/**
 * A spreadsheet import (CSV or XLSX) in two steps: a preview — what would be written and every
 * refused row with its reason — with nothing stored; then a confirm that sends the same file
 * again and writes its good rows. The upload's progress shows while the file goes up, then that
 * the server is reading it. The catalog and the ASN roster say what their preview holds.
 */
export function SheetImport<T extends Outcome, R extends { line: number }>({
  title,
  fileLabel,
  testId,
  send,
  summary,
  rows,
  rowsCaption,
  columns,
  rowsTestId,
  confirmLabel,
  done,
  onImported = () => undefined,
}: {
  title: string;
  fileLabel: string;
  testId: string;
  send: (file: File, confirm: boolean, onProgress: (sent: number) => void) => Promise<T>;
  /** The preview's counts, in a sentence. */
  summary: (preview: T) => ReactNode;
  /** The rows to be written (the first of them), listed under `rowsCaption` when there are any. */
  rows: (preview: T) => readonly R[];
  rowsCaption: (preview: T) => string;
  /** After the line number, which comes first. */
  columns: readonly Column<R>[];
  rowsTestId: string;
  /** The confirm button's text, or null when the preview has nothing to write. */
  confirmLabel: (preview: T) => string | null;
  /** What the import did, once confirmed. */
  done: (outcome: T) => string;
  onImported?: () => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<T | null>(null);
  const [said, setSaid] = useState<Said>(null);
  const [progress, setProgress] = useState<number | null>(null);

  const submit = async (confirm: boolean) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setSaid({ kind: 'problem', text: `Berkas ${file.name} lebih dari 5 MB.` });
      return;
    }
    setProgress(0);
    try {
      const outcome = await send(file, confirm, setProgress);
      setPreview(confirm ? null : outcome);
      setSaid(confirm ? { kind: 'ok', text: done(outcome) } : null);
      if (confirm) onImported();
    } catch (error) {
      setSaid({ kind: 'problem', text: reasonOf(error, 'Berkas tidak bisa dibaca server.') });
    } finally {
      setProgress(null);
    }
  };
  const busy = progress !== null;
  const label = preview && confirmLabel(preview);

  return (
    <div className="card wide" data-testid={testId}>
      <h3>{title}</h3>
      <div className="row-form">
        <label>
          {fileLabel}
          <input
            type="file"
            accept=".csv,.xlsx,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setSaid(null);
            }}
          />
        </label>
        <button type="button" disabled={!file || busy} onClick={() => void submit(false)}>
          Pratinjau
        </button>
      </div>
      {busy && (
        <p role="status" data-testid="import-progress">
          {progress < 1 ? (
            <>
              Mengunggah <progress max={1} value={progress} /> {Math.round(progress * 100)}%
            </>
          ) : (
            'Berkas terkirim; server sedang memeriksa isinya…'
          )}
        </p>
      )}
      <Notice said={said} />
      {preview && (
        <div data-testid="import-preview">
          <p>{summary(preview)} Belum ada yang disimpan.</p>
          {preview.problems.length > 0 && (
            <div className="table-wrap">
              <DataTable
                rows={preview.problems}
                columns={PROBLEM_COLUMNS}
                rowKey={(p, i) => `${p.line}-${i}`}
                caption="Baris yang ditolak (tidak akan diimpor)"
                testId="import-problems"
              />
            </div>
          )}
          {rows(preview).length > 0 && (
            <div className="table-wrap">
              <DataTable
                rows={rows(preview)}
                columns={[{ label: 'Baris', value: (r: R) => r.line, num: true }, ...columns]}
                rowKey={(r) => String(r.line)}
                caption={rowsCaption(preview)}
                testId={rowsTestId}
              />
            </div>
          )}
          <div className="actions">
            <button type="button" disabled={busy || label === null} onClick={() => void submit(true)}>
              {label ?? 'Tidak ada yang diimpor'}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              Batal
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** "N baris": the problems' count, as each preview's sentence ends. */
export const refusedRows = (outcome: Outcome) => formatCount(outcome.problems.length);
