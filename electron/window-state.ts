/**
 * Where the window was: saved on close, restored on start, and pulled back onto a screen that
 * still exists (a cashier's second monitor may be gone tomorrow).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeJsonAtomically } from './config';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

export const MIN_SIZE = { width: 1024, height: 700 } as const;

const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});

export const windowStatePath = (dir: string) => join(dir, 'window-state.json');

export function readWindowState(dir: string): WindowState | null {
  const path = windowStatePath(dir);
  if (!existsSync(path)) return null;
  try {
    return windowStateSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return null;
  }
}

export function saveWindowState(dir: string, state: WindowState): void {
  writeJsonAtomically(windowStatePath(dir), windowStateSchema.parse(state));
}

/**
 * The bounds to open with: the saved ones when at least a corner's worth of the window lies on a
 * display, otherwise centred on the primary display; never smaller than MIN_SIZE nor larger than
 * the display.
 */
export function fitWindowState(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: 1366, height: 768 };
  const onScreen = saved && workAreas.find((area) => overlap(saved, area) >= 100 * 100);
  const area = onScreen || primary;
  const width = clamp(saved?.width ?? primary.width, MIN_SIZE.width, area.width);
  const height = clamp(saved?.height ?? primary.height, MIN_SIZE.height, area.height);
  if (saved && onScreen) {
    return {
      x: clamp(saved.x, area.x, area.x + area.width - width),
      y: clamp(saved.y, area.y, area.y + area.height - height),
      width,
      height,
      maximized: saved.maximized,
    };
  }
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
    maximized: saved?.maximized ?? true,
  };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
