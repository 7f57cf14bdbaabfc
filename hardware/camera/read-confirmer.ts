/**
 * When a camera read counts as a scan. A single frame can misread a code whose bars are blurred,
 * so a code is accepted only when its check digit is valid and the same code was read twice in a
 * row: two reads with no other code between them and at most MAX_GAP empty frames (frames where
 * nothing was read, common while a hand steadies). A product held in front of the camera is added
 * once: its code is accepted again only after another code, or after COOLDOWN frames without it.
 */
import { expandUpcE, hasValidCheckDigit } from '#domain/catalog/barcode';

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

/** Empty frames allowed between two reads of the same code (about 0.3 s at 10 frames a second). */
export const MAX_GAP = 3;
/** Frames without an accepted code before it may be accepted again (about 1 s). */
export const COOLDOWN = 10;

export class ReadConfirmer {
  private previous: string | null = null;
  private emptyFrames = 0;
  private accepted: string | null = null;
  private framesWithoutAccepted = 0;

  /** Takes the read of one frame (null when nothing was read); returns the code when it counts. */
  offer(read: CameraRead | null): string | null {
    const code = read && hasValidCheck(read) ? read.code : null;
    if (this.accepted !== null) {
      if (code === this.accepted) this.framesWithoutAccepted = 0;
      else if (code !== null || ++this.framesWithoutAccepted >= COOLDOWN) this.accepted = null;
    }
    if (code === null) {
      if (++this.emptyFrames > MAX_GAP) this.previous = null;
      return null;
    }
    const confirmed = code === this.previous && this.accepted === null;
    this.previous = code;
    this.emptyFrames = 0;
    if (!confirmed) return null;
    this.accepted = code;
    this.framesWithoutAccepted = 0;
    this.previous = null;
    return code;
  }
}
