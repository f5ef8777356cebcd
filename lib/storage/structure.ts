import { open } from 'node:fs/promises';
import { imageSizeFromFile } from 'image-size/fromFile';
import type { MaterialContentType } from './rules';

/**
 * The most pixels an uploaded image may have: a 48-megapixel phone photo passes, a
 * decompression bomb (a few kilobytes of PNG that unpack to gigabytes) does not.
 */
export const MAX_IMAGE_PIXELS = 64_000_000;

/** How far from the end a PDF's trailer and `%%EOF` may sit (some writers append padding). */
const PDF_TAIL_BYTES = 2048;

export type StructureProblem = 'fileDamaged' | 'imageTooLarge';

/**
 * Whether a PDF's last bytes close it: a trailer (`trailer` or `startxref`) followed by `%%EOF`.
 * A truncated or cut-off file has none. Offsets are not checked: viewers rebuild a wrong
 * cross-reference table, and refusing those would refuse scans people can open.
 */
export function pdfTailCloses(tail: string): boolean {
  const end = tail.lastIndexOf('%%EOF');
  return end > 0 && /(?:\btrailer\b|\bstartxref\b)/.test(tail.slice(0, end));
}

async function readAt(path: string, position: number, length: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } finally {
    await handle.close();
  }
}

/**
 * Whether a file whose type was detected from its first bytes is what it declares throughout:
 * a PDF ends with a trailer and its end-of-file marker; an image has dimensions
 * that parse and stay under MAX_IMAGE_PIXELS. Reads the head and tail only, never the whole file.
 */
export async function structureProblem(path: string, size: number, type: MaterialContentType): Promise<StructureProblem | null> {
  if (type === 'application/pdf') {
    const start = Math.max(0, size - PDF_TAIL_BYTES);
    return pdfTailCloses(await readAt(path, start, size - start)) ? null : 'fileDamaged';
  }
  let dimensions: { width?: number; height?: number };
  try {
    dimensions = await imageSizeFromFile(path);
  } catch {
    return 'fileDamaged';
  }
  const { width = 0, height = 0 } = dimensions;
  if (width <= 0 || height <= 0) return 'fileDamaged';
  return width * height > MAX_IMAGE_PIXELS ? 'imageTooLarge' : null;
}
