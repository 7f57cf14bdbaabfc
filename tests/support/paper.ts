/**
 * Reading a paper preview on screen (renderer/components/PaperPreview.tsx) back as the lines the
 * printer prints, in the decoded form of hardware/escpos/reader.ts: text as printed, "[QR data]",
 * "[EAN13 data]", "[CUT]".
 */
import type { Locator } from 'playwright-core';

/** Self-contained, so Playwright can run it in the page as well as a browser test in its own DOM. */
export function readPaper(paper: Element): string[] {
  return [...paper.children].map((child) => {
    const data = (child as HTMLElement).dataset;
    if (child.classList.contains('paper-qr')) return `[QR ${data.qr}]`;
    if (child.classList.contains('paper-ean13')) return `[EAN13 ${data.ean13}]`;
    if (child.classList.contains('paper-cut')) return '[CUT]';
    return child.textContent ?? '';
  });
}

export function paperLines(paper: Locator): Promise<string[]> {
  return paper.evaluate(readPaper);
}

/**
 * A receipt's ASN block as the cashier reads it: from its "ASN" line to the figure against the
 * minimum, one line each, with the printer's column padding closed up.
 */
export async function receiptAsnBlock(receipt: Locator): Promise<string> {
  const lines = await paperLines(receipt);
  const start = lines.findIndex((line) => line.startsWith('ASN '));
  if (start < 0) return '';
  const end = lines.findIndex((line, i) => i > start && (line === '' || line.includes('LATIHAN')));
  return lines
    .slice(start, end < 0 ? undefined : end)
    .map((line) => line.trim().replace(/ +/g, ' '))
    .join('\n');
}
