/** Tells the terminal's other windows that its identity changed (enrolled, or opened for sales). */
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('ntt-mart-pos-terminal');

export function announceIdentityChanged(): void {
  channel?.postMessage('identity-changed');
}

export function onIdentityChanged(listener: () => void): void {
  channel?.addEventListener('message', (event) => {
    if (event.data === 'identity-changed') listener();
  });
}
