import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfTailCloses, structureProblem } from './structure';

// A 1×1 PNG, and the same PNG with its IHDR claiming 100 000 × 100 000 pixels (a decompression bomb's header).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const bomb = Buffer.from(PNG);
bomb.writeUInt32BE(100_000, 16);
bomb.writeUInt32BE(100_000, 20);

const PDF =
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n37\n%%EOF\n';

describe('pdfTailCloses', () => {
  it('takes a trailer or startxref followed by %%EOF, with padding after it', () => {
    expect(pdfTailCloses(PDF)).toBe(true);
    expect(pdfTailCloses('… trailer << /Root 1 0 R >>\n%%EOF\n\n\0\0')).toBe(true);
    expect(pdfTailCloses('… endobj\nstartxref\n1234\n%%EOF')).toBe(true);
  });

  it('refuses a cut-off file and a bare %%EOF', () => {
    expect(pdfTailCloses(PDF.slice(0, PDF.indexOf('%%EOF')))).toBe(false);
    expect(pdfTailCloses('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF')).toBe(false);
    expect(pdfTailCloses('%%EOF trailer')).toBe(false);
  });
});

describe('structureProblem', () => {
  let dir: string;
  const file = async (name: string, bytes: Buffer | string) => {
    const target = path.join(dir, name);
    await writeFile(target, bytes);
    return target;
  };
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ow-structure-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('passes a whole PDF and refuses a truncated one', async () => {
    expect(await structureProblem(await file('ok.pdf', PDF), PDF.length, 'application/pdf')).toBeNull();
    const cut = PDF.slice(0, 60);
    expect(await structureProblem(await file('cut.pdf', cut), cut.length, 'application/pdf')).toBe('fileDamaged');
  });

  it('passes a small PNG, refuses one whose dimensions do not parse, and a decompression bomb', async () => {
    expect(await structureProblem(await file('ok.png', PNG), PNG.length, 'image/png')).toBeNull();
    const broken = PNG.subarray(0, 12);
    expect(await structureProblem(await file('broken.png', broken), broken.length, 'image/png')).toBe('fileDamaged');
    expect(await structureProblem(await file('bomb.png', bomb), bomb.length, 'image/png')).toBe('imageTooLarge');
  });

  it('refuses a JPEG that ends before its frame header', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
    expect(await structureProblem(await file('cut.jpg', jpeg), jpeg.length, 'image/jpeg')).toBe('fileDamaged');
  });
});
