import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitWindowState, MIN_SIZE, readWindowState, saveWindowState, windowStatePath } from './window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitor = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('window state', () => {
  it('restores a window that is still on a screen', () => {
    const saved = { x: 1500, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitWindowState(saved, [laptop, monitor])).toEqual(saved);
  });

  it('brings a window from a monitor that is gone back onto the primary screen', () => {
    const state = fitWindowState({ x: 1500, y: 100, width: 1200, height: 800, maximized: false }, [laptop]);
    expect(state.x + state.width).toBeLessThanOrEqual(laptop.width);
    expect(state.y + state.height).toBeLessThanOrEqual(laptop.height);
    expect(state.width).toBeGreaterThanOrEqual(MIN_SIZE.width);
  });

  it('opens maximized and centred the first time, and never below the minimum size', () => {
    expect(fitWindowState(null, [laptop])).toEqual({ x: 0, y: 0, width: 1366, height: 728, maximized: true });
    expect(fitWindowState({ x: 10, y: 10, width: 300, height: 200, maximized: false }, [laptop])).toMatchObject({
      width: MIN_SIZE.width,
      height: MIN_SIZE.height,
    });
  });

  it('round-trips through its file and ignores a damaged one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntt-pos-'));
    expect(readWindowState(dir)).toBeNull();
    saveWindowState(dir, { x: 5, y: 6, width: 1100, height: 750, maximized: true });
    expect(readWindowState(dir)).toEqual({ x: 5, y: 6, width: 1100, height: 750, maximized: true });
    writeFileSync(windowStatePath(dir), '{"x":');
    expect(readWindowState(dir)).toBeNull();
  });
});
