/**
 * Scanning with the camera, for outlets without a scanner: quagga2 on the live video with the same
 * decoder configuration as `npm run scan`, and ZXing on a frame quagga2 read nothing in (frameRead,
 * as `decodeFrame` does in Node); every frame's read is offered to the ReadConfirmer, which accepts
 * a code only with a valid check digit read the same twice in a row.
 *
 * quagga2 drives one camera at a time, so starts and stops take turns (React may mount, unmount
 * and mount again in quick succession). It and ZXing are loaded only when a camera is first started.
 */
import type { QuaggaJSResultObject } from '@ericblade/quagga2';
import { decoderConfig, readOf } from '#hardware/camera/decoder-config';
import { luminanceOf, type LuminanceImage } from '#hardware/camera/luminance';
import { ReadConfirmer } from '#hardware/camera/read-confirmer';

/** Frames decoded a second: what the confirmer's gaps and cooldown are counted in. */
const FRAMES_PER_SECOND = 10;

let turn: Promise<unknown> = Promise.resolve();

/** Shows the camera in `target` and reports each confirmed code; returns the function that stops it. */
export function startCameraScanner(
  target: HTMLElement,
  onCode: (code: string) => void,
  onProblem: (message: string) => void,
): () => void {
  let wanted = true;
  let stop: (() => Promise<void>) | null = null;
  turn = turn.then(async () => {
    if (!wanted) return;
    try {
      stop = await open(target, onCode);
    } catch (error) {
      onProblem(cameraProblem(error));
    }
  });
  return () => {
    wanted = false;
    turn = turn.then(() => stop?.());
  };
}

async function open(target: HTMLElement, onCode: (code: string) => void): Promise<() => Promise<void>> {
  const [{ default: Quagga }, { frameRead }] = await Promise.all([
    import('@ericblade/quagga2'),
    import('#hardware/camera/zxing-read'),
  ]);
  await Quagga.init({
    ...decoderConfig,
    frequency: FRAMES_PER_SECOND,
    inputStream: {
      ...decoderConfig.inputStream,
      type: 'LiveStream',
      target,
      constraints: { width: 640, height: 480, facingMode: 'environment' },
    },
  });
  const confirmer = new ReadConfirmer();
  const grab = frameGrabber(target);
  const onProcessed = (result: QuaggaJSResultObject) => {
    const code = confirmer.offer(frameRead(readOf(result), grab));
    if (code !== null) onCode(code);
  };
  Quagga.onProcessed(onProcessed);
  Quagga.start();
  return async () => {
    Quagga.offProcessed(onProcessed);
    await Quagga.stop();
  };
}

/** The video's current frame as luminance, through one canvas reused for every frame; null before the video plays. */
function frameGrabber(target: HTMLElement): () => LuminanceImage | null {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return () => {
    const video = target.querySelector('video');
    if (!context || !video || video.videoWidth === 0) return null;
    if (canvas.width !== video.videoWidth || canvas.height !== video.videoHeight)
      [canvas.width, canvas.height] = [video.videoWidth, video.videoHeight];
    context.drawImage(video, 0, 0);
    return luminanceOf(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
  };
}

/** Why the camera could not start, for the cashier. */
export function cameraProblem(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'Izin kamera ditolak: izinkan terminal memakai kamera, lalu coba lagi.';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'Kamera tidak ditemukan: pasang kamera, lalu coba lagi.';
    case 'NotReadableError':
    case 'AbortError':
      return 'Kamera sedang dipakai aplikasi lain atau bermasalah: tutup aplikasi itu, lalu coba lagi.';
    default:
      return `Kamera tidak bisa dibuka: ${error instanceof Error ? error.message : String(error)}`;
  }
}
