/**
 * What the renderer may do, in one place: the Content Security Policy, the window's web
 * preferences, and which navigations, new windows and permissions are allowed (none but our own).
 */

/** The scheme Electron serves the built renderer from (a standard, secure, local-only origin). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://terminal`;

/**
 * No remote content: scripts, styles and connections only from the app's own origin; images
 * also from data: URLs (the QRIS code is drawn into one). No inline scripts, no eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every renderer response carries, from Electron's protocol handler and the web host alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  } as const;
}

/** Only the app's own pages, and only in the window that is already open. */
export function isAllowedNavigation(url: string): boolean {
  try {
    // Node and Electron disagree on the origin of custom schemes, so compare the parts.
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/**
 * What the renderer may ask the OS for: fullscreen (kiosk mode) and the camera alone, for camera
 * scanning. `mediaTypes` are the kinds of media a 'media' request wants; the microphone is refused.
 */
export function isAllowedPermission(permission: string, mediaTypes: readonly string[] = []): boolean {
  if (permission === 'media') return mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video');
  return permission === 'fullscreen';
}
