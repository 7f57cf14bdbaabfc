import { describe, expect, it } from 'vitest';
import { barcodePhotos, decodePhotos, scoreOf } from '../../tests/support/barcode-images';
import { decodeImage } from './decode-image';

describe('decodeImage on real photographs (tests/fixtures/barcode-photos)', () => {
  it('misreads none, reads 95 % of the product photos and two thirds of the blurred webcam ones', async () => {
    const photos = barcodePhotos();
    expect(photos.length).toBeGreaterThanOrEqual(40);
    const results = await decodePhotos(photos, (file) => decodeImage(file));
    const quagga = scoreOf(results.filter((r) => r.photo.source.startsWith('ericblade/quagga2:')));
    const zxing = scoreOf(results.filter((r) => r.photo.source.startsWith('zxing/zxing:')));
    expect([...quagga.misreads, ...zxing.misreads]).toEqual([]);
    // quagga2's own single pass misreads several of these and reads about 60 %.
    expect(quagga.read / quagga.photos, `missed ${quagga.missed.join(', ')}`).toBeGreaterThanOrEqual(0.95);
    expect(zxing.read / zxing.photos, `missed ${zxing.missed.join(', ')}`).toBeGreaterThanOrEqual(2 / 3);
  }, 900_000);
});
