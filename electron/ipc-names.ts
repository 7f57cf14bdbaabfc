/** Electron IPC channel names the bridge travels on (kept apart so the preload bundle stays tiny). */
export const IPC_INVOKE = 'pos:invoke';
export const IPC_EVENT = 'pos:event';
