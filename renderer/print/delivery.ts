/**
 * How the print queue reads the bridge's answer to 'printer-print'. A job the host refuses as
 * malformed will never print, so it is marked failed (shown with its reason); anything else that
 * went wrong (printer not ready, host unreachable) keeps the job waiting for the next try.
 */

import type { PrintResult } from '#hardware/printer/print-result';
import { NOT_RETRYABLE, type DeliveryResult } from '#hardware/print-queue/print-queue';
import type { Result } from '#domain/result';

export function deliveryResultOf(result: Result<PrintResult>): DeliveryResult {
  if (!result.ok)
    return {
      ok: false,
      error:
        result.error.code === 'invalid-arguments'
          ? { code: NOT_RETRYABLE, message: result.error.message }
          : result.error,
    };
  return result.value.ok ? { ok: true } : { ok: false, error: result.value.error };
}
