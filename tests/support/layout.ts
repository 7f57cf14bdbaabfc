/** What an end-to-end test checks of a screen's layout at the shops' screen sizes (1024×768, 1366×768). */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Problem {
  control: string;
  problem: string;
}

/**
 * What is wrong with the screen as shown: controls out of the window or overlapping, or the page
 * or the screen's <main> scrolling. Controls inside an inner scrolling list that are scrolled out
 * of it are fine; with a modal dialog open only the dialog's controls count.
 */
export function layoutProblems(page: Page): Promise<Problem[]> {
  return page.evaluate(() => {
    const problems: { control: string; problem: string }[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    const scrolls = (el: Element) =>
      /(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1;
    const root = document.documentElement;
    if (root.scrollHeight > innerHeight + 1 || root.scrollWidth > innerWidth + 1)
      problems.push({ control: 'page', problem: `scrolls (${root.scrollWidth}×${root.scrollHeight})` });
    const screen = document.querySelector('.app > main');
    if (screen && (screen.scrollHeight > screen.clientHeight + 1 || screen.scrollWidth > screen.clientWidth + 1))
      problems.push({ control: `screen ${screen.className}`, problem: 'scrolls' });
    const dialogs = [...document.querySelectorAll('[aria-modal="true"]')];
    const scope = dialogs.at(-1) ?? document.body;
    const controls = [...scope.querySelectorAll('button, input, select, textarea, a[href]')].filter((el) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return (
        style.visibility !== 'hidden' &&
        style.display !== 'none' &&
        Number(style.opacity) > 0 &&
        box.width > 2 &&
        box.height > 2
      );
    });
    const shown: { el: Element; box: DOMRect }[] = [];
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      let list: Element | null = el.parentElement;
      while (list && list !== screen && list !== document.body && !scrolls(list)) list = list.parentElement;
      const inList = list !== null && list !== screen && list !== document.body;
      const view = inList ? list!.getBoundingClientRect() : { top: 0, left: 0, bottom: innerHeight, right: innerWidth };
      const inside =
        box.top >= view.top - 1 &&
        box.left >= view.left - 1 &&
        box.bottom <= view.bottom + 1 &&
        box.right <= view.right + 1;
      if (inside) shown.push({ el, box });
      else if (!inList)
        problems.push({
          control: name(el),
          problem: `outside the window at ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`,
        });
    }
    for (const [i, a] of shown.entries()) {
      for (const b of shown.slice(i + 1)) {
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (width > 1 && height > 1) problems.push({ control: name(a.el), problem: `overlaps ${name(b.el)}` });
      }
    }
    return problems;
  });
}

/** The screen as shown has no layout problem; `what` names it in the failure. */
export async function expectTidy(page: Page, what: string): Promise<void> {
  expect({ what, problems: await layoutProblems(page) }).toEqual({ what, problems: [] });
}
