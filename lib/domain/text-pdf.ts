/**
 * PDFs of Chinese text, for documents the portal generates itself (the name reservation notice)
 * and the demo's sample files. The text is set in STSong-Light, one of the standard Adobe-GB1 CJK
 * fonts that PDF readers provide without the file embedding it (PDF 1.7 §9.7.5.2), through the
 * predefined UniGB-UCS2-H CMap, so no font file is needed. Pure: pages in, bytes out.
 */

export type PdfLine = {
  text: string;
  /** Font size in points. */
  size: number;
  align?: 'left' | 'center' | 'right';
  /** Extra space above the line, in points. */
  gapBefore?: number;
};

/** A4 portrait, and A3 landscape for drawing sheets; in points. */
const PAGE_SIZES = { a4: { width: 595, height: 842 }, a3Landscape: { width: 1191, height: 842 } } as const;

/** An outlined rectangle, in points from the page's lower-left corner: a drawing's frame, a building's footprint. */
export type PdfRect = { x: number; y: number; width: number; height: number; lineWidth?: number };

export type PdfPage = { lines: readonly PdfLine[]; size?: keyof typeof PAGE_SIZES; rects?: readonly PdfRect[] };

const MARGIN = 64;
const LINE_HEIGHT = 1.7;

/** Width of a character in em: half for ASCII (Adobe-GB1's proportional Latin is narrower, so this errs wide), full otherwise. */
const charWidth = (ch: string) => (ch.charCodeAt(0) < 0x80 ? 0.5 : 1);

/** Breaks a line into pieces no wider than `maxWidth` points at `size`. */
export function wrapLine(text: string, size: number, maxWidth: number): string[] {
  const pieces: string[] = [];
  let current = '';
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch) * size;
    if (width + w > maxWidth && current) {
      pieces.push(current);
      current = '';
      width = 0;
    }
    current += ch;
    width += w;
  }
  pieces.push(current);
  return pieces;
}

/** UTF-16BE hex of the text; characters outside the BMP (which UCS-2 cannot carry) become '?'. */
function ucs2Hex(text: string): string {
  let hex = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    hex += (code > 0xffff ? 0x3f : code).toString(16).padStart(4, '0');
  }
  return hex.toUpperCase();
}

function contentStream(page: PdfPage): string {
  const size = PAGE_SIZES[page.size ?? 'a4'];
  const ops: string[] = (page.rects ?? []).map(
    (r) =>
      `${(r.lineWidth ?? 1).toFixed(2)} w ${r.x.toFixed(2)} ${r.y.toFixed(2)} ${r.width.toFixed(2)} ${r.height.toFixed(2)} re S`,
  );
  let y = size.height - MARGIN;
  const maxWidth = size.width - 2 * MARGIN;
  for (const line of page.lines) {
    y -= line.gapBefore ?? 0;
    for (const piece of wrapLine(line.text, line.size, maxWidth)) {
      y -= line.size * LINE_HEIGHT;
      const width = [...piece].reduce((sum, ch) => sum + charWidth(ch) * line.size, 0);
      const x =
        line.align === 'center' ? (size.width - width) / 2 : line.align === 'right' ? size.width - MARGIN - width : MARGIN;
      ops.push(`BT /F1 ${line.size} Tf ${x.toFixed(2)} ${y.toFixed(2)} Td <${ucs2Hex(piece)}> Tj ET`);
    }
  }
  return ops.join('\n');
}

/** The PDF's bytes, one page per entry. Everything but the hex-encoded text is ASCII, so string offsets are byte offsets. */
export function renderPdfPages(pages: readonly PdfPage[], info: { title: string }): Uint8Array {
  // Objects 1–6 are shared; each page then adds its page object and its content stream.
  const pageObject = (i: number) => 7 + 2 * i;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${pageObject(i)} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] ' +
      '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    `<< /Title <FEFF${ucs2Hex(info.title)}> /Producer (OneWindow) >>`,
    ...pages.flatMap((page, i) => {
      const size = PAGE_SIZES[page.size ?? 'a4'];
      const content = contentStream(page);
      return [
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${size.width} ${size.height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageObject(i) + 1} 0 R >>`,
        `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      ];
    }),
  ];
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** A one-page A4 PDF of the lines. */
export function renderTextPdf(lines: readonly PdfLine[], info: { title: string }): Uint8Array {
  return renderPdfPages([{ lines }], info);
}
