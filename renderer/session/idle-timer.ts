/**
 * Locks the terminal after a stretch without the cashier touching it: every key, click or touch
 * (and every scan, which arrives as keys) starts the count again.
 */
export interface IdleTimer {
  stop(): void;
}

export function startIdleTimer(target: Window, idleMs: number, onIdle: () => void): IdleTimer {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const touch = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(onIdle, idleMs);
  };
  const events = ['keydown', 'pointerdown', 'wheel'] as const;
  for (const event of events) target.addEventListener(event, touch, { capture: true, passive: true });
  touch();
  return {
    stop() {
      if (timer) clearTimeout(timer);
      for (const event of events) target.removeEventListener(event, touch, { capture: true });
    },
  };
}
