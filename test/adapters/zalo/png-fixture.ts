import zlib from "node:zlib";

/** Encodes an RGBA image as a PNG (filter 0 on every row), for tests. */
export function encodePng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => [number, number, number, number],
): Buffer {
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), y * (width * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type, "latin1"), body])));
  return Buffer.concat([length, Buffer.from(type, "latin1"), body, crc]);
}

/** A QR-like module grid (finder patterns in three corners, pseudo-random data) of `size` modules. */
export function qrLikeModules(size = 25): boolean[][] {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31 > 0.5;
  };
  const finder = (x: number, y: number) => {
    const d = Math.max(Math.abs(x - 3), Math.abs(y - 3));
    return d === 0 || d === 1 || d === 3;
  };
  return Array.from({ length: size }, (_, y) =>
    Array.from({ length: size }, (_, x) => {
      if (x < 7 && y < 7) return finder(x, y);
      if (x >= size - 7 && y < 7) return finder(x - (size - 7), y);
      if (x < 7 && y >= size - 7) return finder(x, y - (size - 7));
      if (x < 8 && y < 8) return false;
      return random();
    }),
  );
}

/** Draws modules as a PNG: `scale` pixels each, with a white quiet zone of 4 modules. */
export function qrPng(modules: boolean[][], scale = 6): Buffer {
  const border = 4;
  const size = (modules.length + border * 2) * scale;
  return encodePng(size, size, (x, y) => {
    const dark = modules[Math.floor(y / scale) - border]?.[Math.floor(x / scale) - border] === true;
    return dark ? [0, 0, 0, 255] : [255, 255, 255, 255];
  });
}
