import { type GrayImage, readPng } from "./read-png.js";

/**
 * Redraws the QR code of a PNG image as text for a terminal: one character per module
 * across, two modules per line (half blocks), black on white whatever the terminal's
 * colours, with a quiet zone around it so a phone can scan it off the screen. The module
 * size is measured on the top-left finder pattern (7 modules wide). Returns null when the
 * image does not look like a QR code; the PNG file is always there as well.
 */
export function qrToTerminal(png: Buffer): string | null {
  const image = readPng(png);
  if (!image) return null;
  const modules = readModules(image);
  if (!modules) return null;
  const quiet = 2;
  const size = modules.length + quiet * 2;
  const at = (x: number, y: number) => modules[y - quiet]?.[x - quiet] === true;
  const lines: string[] = [];
  for (let y = 0; y < size; y += 2) {
    let line = "";
    for (let x = 0; x < size; x++) {
      const top = at(x, y);
      const bottom = y + 1 < size && at(x, y + 1);
      line += top && bottom ? "█" : top ? "▀" : bottom ? "▄" : " ";
    }
    lines.push(`\x1b[30;47m${line}\x1b[0m`);
  }
  return lines.join("\n");
}

/** The QR code's modules (true = dark), sampled at their centres. */
export function readModules(image: GrayImage): boolean[][] | null {
  let top = -1;
  let left = image.width;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (!image.dark(x, y)) continue;
      if (top < 0) top = y;
      bottom = y;
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  if (top < 0) return null;
  // The finder pattern's top edge is a run of 7 dark modules.
  const finderRow = top + 1;
  let run = 0;
  while (left + run <= right && image.dark(left + run, finderRow)) run++;
  const moduleSize = run / 7;
  if (moduleSize < 1) return null;
  const count = Math.round((right - left + 1) / moduleSize);
  if (count < 21 || count > 177 || Math.abs((bottom - top + 1) / moduleSize - count) > 1) return null;
  const rows: boolean[][] = [];
  for (let row = 0; row < count; row++) {
    const y = Math.floor(top + (row + 0.5) * moduleSize);
    rows.push(
      Array.from({ length: count }, (_, column) => image.dark(Math.floor(left + (column + 0.5) * moduleSize), y)),
    );
  }
  return rows;
}
