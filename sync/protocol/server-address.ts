/**
 * The provincial server's address as a manager types it, and which addresses the terminal accepts.
 * The token and the outlet's staff and ASN data travel on this link, so it must be HTTPS: plain
 * http:// only to this machine (loopback, e.g. a server for training or tests on the same PC) or
 * when a manager ticks the explicit test permission. An address typed without a scheme gets what
 * works under that rule: http:// for loopback, https:// otherwise. Pure, for the main process (which
 * decides) and the enrolment form (which explains).
 */
import { failed, ok, type Problem, type Result } from '#domain/result';

/** The URL the terminal talks to, or why the typed address is refused. */
export type ServerAddress = Result<string, Problem & { code: 'invalid-server-url' | 'plain-http' }>;

const LOOPBACK_NAMES = new Set(['localhost', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_NAMES.has(hostname.toLowerCase()) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

export const PLAIN_HTTP_PROBLEM =
  'Alamat http:// tidak dienkripsi: token terminal dan data staf bisa disadap di jaringan. Pakai alamat https://, atau untuk uji saja centang "Izinkan http tanpa enkripsi".';

export function serverAddress(typed: string, allowPlainHttp = false): ServerAddress {
  const text = typed.trim();
  const example = 'Contoh: https://sinkron.nttmart.go.id';
  let url: URL;
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) url = new URL(text);
    else {
      url = new URL(`https://${text}`);
      if (isLoopbackHost(url.hostname)) url = new URL(`http://${text}`);
    }
  } catch {
    return failed({ code: 'invalid-server-url', message: `Alamat server "${text}" tidak sah. ${example}` });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return failed({
      code: 'invalid-server-url',
      message: `Alamat server harus diawali https:// (atau http:// untuk uji). ${example}`,
    });
  if (url.hostname === '')
    return failed({ code: 'invalid-server-url', message: `Alamat server "${text}" tidak sah. ${example}` });
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname) && !allowPlainHttp)
    return failed({ code: 'plain-http', message: PLAIN_HTTP_PROBLEM });
  return ok(`${url.origin}${url.pathname.replace(/\/+$/, '')}`);
}
