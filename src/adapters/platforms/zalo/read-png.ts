import zlib from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height of a PNG image (Zalo needs them to send an image), or null when `data` is not a PNG. */
export function pngSize(data: Buffer): { width: number; height: number } | null {
  if (data.length < 24 || !data.subarray(0, 8).equals(SIGNATURE) || data.toString("latin1", 12, 16) !== "IHDR")
    return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** A decoded image: `dark(x, y)` tells whether a pixel is closer to black than to white. */
export interface GrayImage {
  width: number;
  height: number;
  dark(x: number, y: number): boolean;
}

/**
 * Decodes a non-interlaced PNG (grey, RGB, palette, with or without alpha; 8-bit, or 1/2/4-bit
 * grey and palette) into light and dark pixels, enough to redraw a QR code in a terminal.
 * Returns null for anything else.
 */
export function readPng(data: Buffer): GrayImage | null {
  const size = pngSize(data);
  if (!size) return null;
  const { width, height } = size;
  let bitDepth = 0;
  let colorType = 0;
  let interlace = 0;
  let palette: Buffer | null = null;
  const compressed: Buffer[] = [];
  for (let offset = 8; offset + 8 <= data.length; ) {
    const length = data.readUInt32BE(offset);
    const type = data.toString("latin1", offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      bitDepth = body[8] ?? 0;
      colorType = body[9] ?? 0;
      interlace = body[12] ?? 0;
    } else if (type === "PLTE") palette = body;
    else if (type === "IDAT") compressed.push(body);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType];
  if (
    !channels ||
    interlace !== 0 ||
    (bitDepth !== 8 && !((colorType === 0 || colorType === 3) && [1, 2, 4].includes(bitDepth)))
  )
    return null;
  let raw: Buffer;
  try {
    raw = zlib.inflateSync(Buffer.concat(compressed));
  } catch {
    return null;
  }
  const bitsPerPixel = channels * bitDepth;
  const stride = Math.ceil((width * bitsPerPixel) / 8);
  const bytesPerPixel = Math.max(1, bitsPerPixel / 8);
  if (raw.length < height * (stride + 1)) return null;
  const pixels = unfilter(raw, height, stride, bytesPerPixel);
  if (!pixels) return null;

  const sample = (row: Buffer, x: number): number => {
    if (bitDepth === 8) return row[x * channels] ?? 0;
    const bit = x * bitDepth;
    return ((row[bit >> 3] ?? 0) >> (8 - bitDepth - (bit & 7))) & ((1 << bitDepth) - 1);
  };
  const luminance = (x: number, y: number): number => {
    const row = pixels.subarray(y * stride, (y + 1) * stride);
    if (colorType === 3) {
      const index = sample(row, x) * 3;
      return palette
        ? 0.299 * (palette[index] ?? 0) + 0.587 * (palette[index + 1] ?? 0) + 0.114 * (palette[index + 2] ?? 0)
        : 255;
    }
    if (colorType === 0) return (sample(row, x) * 255) / ((1 << bitDepth) - 1);
    if (colorType === 4) return (row[x * 2 + 1] ?? 255) < 128 ? 255 : (row[x * 2] ?? 0);
    const alpha = colorType === 6 ? (row[x * 4 + 3] ?? 255) : 255;
    if (alpha < 128) return 255;
    const at = x * channels;
    return 0.299 * (row[at] ?? 0) + 0.587 * (row[at + 1] ?? 0) + 0.114 * (row[at + 2] ?? 0);
  };
  return { width, height, dark: (x, y) => x >= 0 && y >= 0 && x < width && y < height && luminance(x, y) < 128 };
}

/** Reverses PNG's per-row filters (none, sub, up, average, Paeth). */
function unfilter(raw: Buffer, height: number, stride: number, bpp: number): Buffer | null {
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const left = i >= bpp ? (out[y * stride + i - bpp] ?? 0) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + i] ?? 0) : 0;
      const upLeft = y > 0 && i >= bpp ? (out[(y - 1) * stride + i - bpp] ?? 0) : 0;
      const value = line[i] ?? 0;
      let predicted: number;
      switch (filter) {
        case 0:
          predicted = 0;
          break;
        case 1:
          predicted = left;
          break;
        case 2:
          predicted = up;
          break;
        case 3:
          predicted = (left + up) >> 1;
          break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
          break;
        }
        default:
          return null;
      }
      out[y * stride + i] = (value + predicted) & 0xff;
    }
  }
  return out;
}
