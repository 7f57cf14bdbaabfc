import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CLEAN, renderFrame, type BarcodeSample } from '#tests/support/barcode-images';
import { columns, luminanceOf, rotated, scaled, sharpened, stretched, type LuminanceImage } from './luminance';
import { frameRead, readWithZxing } from './zxing-read';

async function frame(sample: BarcodeSample): Promise<LuminanceImage> {
  const png = await renderFrame(sample, CLEAN, 3);
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return luminanceOf(data, info.width, info.height);
}

describe('readWithZxing', () => {
  it('reads an EAN-13 and a UPC-A, each as its own format', async () => {
    expect(readWithZxing(await frame({ bcid: 'ean13', text: '8991234567891' }))).toEqual({
      code: '8991234567891',
      format: 'ean_13',
    });
    expect(readWithZxing(await frame({ bcid: 'upca', text: '036602301467' }))).toEqual({
      code: '036602301467',
      format: 'upc_a',
    });
  });

  it('leaves EAN-8 to quagga2, and reads an upright code only once the image is turned', async () => {
    expect(readWithZxing(await frame({ bcid: 'ean8', text: '42191605' }))).toBeNull();
    const upright = rotated(await frame({ bcid: 'ean13', text: '8991234567891' }), 90);
    expect(readWithZxing(upright)).toBeNull();
    // Turned once more it is upside down, which ZXing reads (it tries each row both ways).
    expect(readWithZxing(rotated(upright, 90))?.code).toBe('8991234567891');
  });

  it('reads through every transform of the still-image passes', async () => {
    const image = await frame({ bcid: 'ean13', text: '8991234567891' });
    for (const variant of [
      scaled(image, 1.5),
      scaled(image, 0.75),
      sharpened(image, 1),
      stretched(image),
      rotated(image, -8),
      columns(scaled(image, 1.5), 0.1, 0.9),
    ]) {
      expect(readWithZxing(variant)?.code).toBe('8991234567891');
    }
  });
});

describe('frameRead', () => {
  it("keeps quagga2's valid read without looking at the pixels, and asks ZXing otherwise", async () => {
    const quagga = { code: '8991234567891', format: 'ean_13' };
    expect(
      frameRead(quagga, () => {
        throw new Error('pixels taken');
      }),
    ).toBe(quagga);
    const image = await frame({ bcid: 'upca', text: '036602301467' });
    expect(frameRead(null, () => image)).toEqual({ code: '036602301467', format: 'upc_a' });
    expect(frameRead({ code: '8991234567890', format: 'ean_13' }, () => image)?.code).toBe('036602301467');
    expect(frameRead(null, () => null)).toBeNull();
  });
});

describe('luminance transforms', () => {
  const image: LuminanceImage = { data: Uint8ClampedArray.from([10, 20, 30, 40, 50, 60]), width: 3, height: 2 };

  it('turn a quarter clockwise, cut columns, scale and stretch the range', () => {
    expect(rotated(image, 90)).toEqual({ data: Uint8ClampedArray.from([40, 10, 50, 20, 60, 30]), width: 2, height: 3 });
    expect(columns(image, 1 / 3, 1)).toEqual({ data: Uint8ClampedArray.from([20, 30, 50, 60]), width: 2, height: 2 });
    expect(scaled(image, 2)).toMatchObject({ width: 6, height: 4 });
    expect([...stretched(image).data]).toEqual([0, 51, 102, 153, 204, 255]);
    expect(luminanceOf(Uint8Array.from([255, 255, 255, 255, 0, 0, 0, 255]), 2, 1).data).toEqual(
      Uint8ClampedArray.from([255, 0]),
    );
  });
});
