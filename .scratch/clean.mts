import Quagga from '@ericblade/quagga2';
import { CLEAN, isSameCode, renderFrame, sampleCodes } from '../tests/support/barcode-images';
import { decoderConfig } from '../hardware/camera/decoder-config';
const frames: Array<[any, Buffer]> = [];
for (const seed of [1, 2, 3, 4, 5, 11]) for (const [i, s] of sampleCodes(6, seed).entries()) frames.push([s, await renderFrame(s, CLEAN, seed * 10 + i)]);
for (const patchSize of ['medium', 'large', 'x-large']) {
  let ok = 0; const miss: string[] = [];
  for (const [s, b] of frames) {
    const r = await Quagga.decodeSingle({ ...decoderConfig, locator: { patchSize, halfSample: true }, inputStream: { size: 640, mime: 'image/png' }, src: `data:image/png;base64,${b.toString('base64')}` });
    if (r?.codeResult?.code && isSameCode(s, r.codeResult.code)) ok++; else miss.push(s.bcid);
  }
  console.log(patchSize, ok, '/', frames.length, miss.join(','));
}
