import { afterEach, describe, expect, it, vi } from 'vitest';
import { startIdleTimer } from './idle-timer';

afterEach(() => vi.useRealTimers());

describe('idle lock', () => {
  it('fires after the idle time without a key, click or touch, and every one of them starts the count again', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    const timer = startIdleTimer(window, 60_000, onIdle);
    vi.advanceTimersByTime(59_000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '5' }));
    vi.advanceTimersByTime(59_000);
    window.dispatchEvent(new PointerEvent('pointerdown'));
    vi.advanceTimersByTime(59_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    timer.stop();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '5' }));
    vi.advanceTimersByTime(120_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });
});
