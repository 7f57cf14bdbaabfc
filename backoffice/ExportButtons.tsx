import { tableFile, type ExportFormat, type ExportTable } from './table-file';

/** "CSV" and "XLSX": the table as a file, built in the browser from the figures on screen. */
export function ExportButtons({ table }: { table: ExportTable }) {
  const download = (format: ExportFormat) => {
    const file = tableFile(table, format);
    const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.click();
    // The click has started the download; the URL can go on the next turn.
    setTimeout(() => URL.revokeObjectURL(url));
  };
  return (
    <span className="export">
      <button type="button" onClick={() => download('csv')} aria-label={`Unduh ${table.name} sebagai CSV`}>
        CSV
      </button>
      <button type="button" onClick={() => download('xlsx')} aria-label={`Unduh ${table.name} sebagai XLSX`}>
        XLSX
      </button>
    </span>
  );
}
