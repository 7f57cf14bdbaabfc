/**
 * Grey-level images and the few transforms the still-image passes apply before ZXing reads them.
 * Pure functions over typed arrays, so they run alike in Node and in the renderer.
 */

/** One byte of luminance per pixel, row by row. */
export interface LuminanceImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** The luminance of RGBA pixels (an ImageData's or a decoded file's), with ITU-R BT.601 weights. */
export function luminanceOf(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): LuminanceImage {
  const data = new Uint8ClampedArray(width * height);
  for (let i = 0; i < data.length; i++)
    data[i] = (rgba[4 * i]! * 77 + rgba[4 * i + 1]! * 150 + rgba[4 * i + 2]! * 29) >> 8;
  return { data, width, height };
}

/** The image resized by `factor`, bilinear: upscaling spreads a blurred edge over more samples. */
export function scaled(image: LuminanceImage, factor: number): LuminanceImage {
  if (factor === 1) return image;
  const { data: src, width: w, height: h } = image;
  const width = Math.round(w * factor);
  const height = Math.round(h * factor);
  const data = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(h - 1, Math.max(0, (y + 0.5) / factor - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(h - 1, y0 + 1);
    const ay = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(w - 1, Math.max(0, (x + 0.5) / factor - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(w - 1, x0 + 1);
      const ax = sx - x0;
      const top = src[y0 * w + x0]! * (1 - ax) + src[y0 * w + x1]! * ax;
      const bottom = src[y1 * w + x0]! * (1 - ax) + src[y1 * w + x1]! * ax;
      data[y * width + x] = top * (1 - ay) + bottom * ay;
    }
  }
  return { data, width, height };
}

/** The image with its darkest pixel made black and its lightest white: a dim or washed-out photo gains contrast. */
export function stretched(image: LuminanceImage): LuminanceImage {
  let low = 255;
  let high = 0;
  for (const v of image.data) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  const data = new Uint8ClampedArray(image.data.length);
  const range = Math.max(1, high - low);
  for (let i = 0; i < data.length; i++) data[i] = ((image.data[i]! - low) * 255) / range;
  return { data, width: image.width, height: image.height };
}

/** The columns from `from` to `to` (fractions of the width): a code beside other print, read without it. */
export function columns(image: LuminanceImage, from: number, to: number): LuminanceImage {
  if (from === 0 && to === 1) return image;
  const left = Math.round(image.width * from);
  const width = Math.round(image.width * to) - left;
  const data = new Uint8ClampedArray(width * image.height);
  for (let y = 0; y < image.height; y++)
    data.set(image.data.subarray(y * image.width + left, y * image.width + left + width), y * width);
  return { data, width, height: image.height };
}

/** Unsharp masking over a 3×3 neighbourhood: each pixel pushed away from its neighbours' mean by `amount`. */
export function sharpened(image: LuminanceImage, amount: number): LuminanceImage {
  if (amount === 0) return image;
  const { data: src, width: w, height: h } = image;
  const data = new Uint8ClampedArray(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let sum = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const row = Math.min(h - 1, Math.max(0, y + dy)) * w;
        for (let dx = -1; dx <= 1; dx++) sum += src[row + Math.min(w - 1, Math.max(0, x + dx))]!;
      }
      const p = src[y * w + x]!;
      data[y * w + x] = p + amount * (p - sum / 9);
    }
  }
  return { data, width: w, height: h };
}

/**
 * The image turned by `degrees` clockwise: a quarter turn exactly (a code printed upright), any
 * other angle about the centre on the same canvas, uncovered corners white.
 */
export function rotated(image: LuminanceImage, degrees: number): LuminanceImage {
  const { data: src, width: w, height: h } = image;
  if (degrees === 0) return image;
  if (degrees === 90) {
    const data = new Uint8ClampedArray(w * h);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data[x * h + (h - 1 - y)] = src[y * w + x]!;
    return { data, width: h, height: w };
  }
  const data = new Uint8ClampedArray(w * h).fill(255);
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const dx = x - w / 2;
      const dy = y - h / 2;
      const sx = Math.round(cos * dx + sin * dy + w / 2);
      const sy = Math.round(-sin * dx + cos * dy + h / 2);
      if (sx >= 0 && sx < w && sy >= 0 && sy < h) data[y * w + x] = src[sy * w + sx]!;
    }
  }
  return { data, width: w, height: h };
}
