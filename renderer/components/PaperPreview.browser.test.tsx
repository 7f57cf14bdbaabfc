import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { COLUMNS } from '#hardware/escpos/columns';
import { GOLDEN_PAPERS } from '#hardware/receipt/golden-papers';
import { readPaper } from '#tests/support/paper';
import '../styles.css';
import { PaperPreview } from './PaperPreview';

/** The text the printer's bytes decode to (hardware/receipt/*-layout.test.ts keeps it true). */
const GOLDEN = import.meta.glob<string>('../../hardware/receipt/golden/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const host = document.body.appendChild(document.createElement('div'));
const root = createRoot(host);
afterEach(() => flushSync(() => root.render(null)));

describe('a paper on screen', () => {
  const cases = Object.keys(GOLDEN_PAPERS).flatMap((name) =>
    COLUMNS.map((columns) => ({
      name,
      columns,
      file: `../../hardware/receipt/golden/${name}-${columns === 32 ? '58mm' : '80mm'}.txt`,
    })),
  );

  it('covers every golden paper', () => {
    expect(cases.map((c) => c.file).sort()).toEqual(Object.keys(GOLDEN).sort());
  });

  it.each(cases)('shows $name on $columns columns line for line as the golden text', ({ name, columns, file }) => {
    flushSync(() =>
      root.render(<PaperPreview commands={GOLDEN_PAPERS[name]!(columns)} columns={columns} label={name} />),
    );
    const paper = host.querySelector('.paper')!;
    expect(`${readPaper(paper).join('\n')}\n`).toBe(GOLDEN[file]);
    // As wide as the paper: each line fits the columns and the widest fills them.
    const lines = [...paper.querySelectorAll('.paper-line > span')].map((line) => line.getBoundingClientRect().width);
    const column = Math.max(...lines) / columns;
    expect(paper.clientWidth).toBeGreaterThanOrEqual(columns * column);
    expect(getComputedStyle(paper).fontFamily).toMatch(/mono/);
  });

  it('marks the bold and double-height lines, shows the QR code as an image and the cut', async () => {
    flushSync(() => root.render(<PaperPreview commands={GOLDEN_PAPERS.busy!(32)} columns={32} label="busy" />));
    const total = [...host.querySelectorAll('.paper-line')].find((line) => line.textContent!.startsWith('TOTAL'))!;
    expect(total.classList.contains('paper-bold') && total.classList.contains('paper-tall')).toBe(true);
    expect(total.getBoundingClientRect().height).toBeGreaterThan(
      1.9 * host.querySelector('.paper-line:not(.paper-tall)')!.getBoundingClientRect().height,
    );
    await expect
      .poll(() => host.querySelector<HTMLImageElement>('.paper-qr img')?.naturalWidth ?? 0)
      .toBeGreaterThan(0);
    expect(host.querySelector('.paper')!.lastElementChild!.matches('hr.paper-cut')).toBe(true);
  });
});
