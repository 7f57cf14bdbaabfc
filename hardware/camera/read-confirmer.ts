/**
 * When a camera read counts as a scan. A single frame can misread a code whose bars are blurred,
 * so a code is accepted only when its check digit is valid and the same code was read in two
 * frames in a row. It is then not accepted again until a frame without it has passed, so a product
 * held in front of the camera is added once.
 */
import { expandUpcE, hasValidCheckDigit } from '../../domain/barcode';

/** quagga2's names for what it read. */
export type CameraFormat = 'ean_13' | 'ean_8' | 'upc_a' | 'upc_e' | 'code_128';

export interface CameraRead {
  code: string;
  format: string;
}

/**
 * Whether the code's own check digit is right. Code 128 carries a mod-103 check character that
 * quagga2 verifies before it reports a read, so any Code 128 it reports has passed it.
 */
export function hasValidCheck(read: CameraRead): boolean {
  switch (read.format) {
    case 'ean_13':
      return /^\d{13}$/.test(read.code) && hasValidCheckDigit(read.code);
    case 'ean_8':
      return /^\d{8}$/.test(read.code) && hasValidCheckDigit(read.code);
    case 'upc_a':
      return /^\d{12}$/.test(read.code) && hasValidCheckDigit(read.code);
    case 'upc_e': {
      const upcA = expandUpcE(read.code);
      return upcA !== null && hasValidCheckDigit(upcA);
    }
    case 'code_128':
      return read.code.length > 0;
    default:
      return false;
  }
}

export class ReadConfirmer {
  private previous: string | null = null;
  private accepted: string | null = null;

  /** Takes the read of one frame (null when nothing was read); returns the code when it counts. */
  offer(read: CameraRead | null): string | null {
    const code = read && hasValidCheck(read) ? read.code : null;
    if (code !== this.accepted) this.accepted = null;
    const confirmed = code !== null && code === this.previous && this.accepted === null;
    this.previous = code;
    if (!confirmed) return null;
    this.accepted = code;
    return code;
  }
}
