/**
 * The customer display: the register's page opened again with this hash (a second window, or in
 * Electron a second BrowserWindow on the second monitor), kept in step over a BroadcastChannel of
 * this name. Shared by the renderer, which opens and feeds it, and Electron's main, which places it.
 */
export const CUSTOMER_DISPLAY_HASH = '#layar-pelanggan';
export const CUSTOMER_DISPLAY_CHANNEL = 'ntt-mart-pos:layar-pelanggan';
/** What a display that just opened sends on the channel to be told the present state at once. */
export const CUSTOMER_DISPLAY_HELLO = 'halo';
