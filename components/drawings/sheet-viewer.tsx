'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { Document, Page, pdfjs } from 'react-pdf';

// The worker comes from our own bundle, never a CDN; only the review page loads this module.
pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).toString();

/**
 * The sheets' Chinese text is set in a font the PDF does not embed, through a predefined CMap
 * (lib/domain/text-pdf.ts). pdf.js asks the page for CMap files; these come from the bundle too.
 */
const BUNDLED_CMAPS: Record<string, string> = {
  'UniGB-UCS2-H.bcmap': new URL('pdfjs-dist/cmaps/UniGB-UCS2-H.bcmap', import.meta.url).toString(),
  'Adobe-GB1-UCS2.bcmap': new URL('pdfjs-dist/cmaps/Adobe-GB1-UCS2.bcmap', import.meta.url).toString(),
};

class BundledBinaryData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = kind === 'cMapUrl' ? BUNDLED_CMAPS[filename] : undefined;
    // Anything else (another CMap, a standard font) pdf.js does without, with a warning.
    if (!url) throw new Error(`No bundled ${kind} file ${filename}`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Could not load ${filename}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

// One object for the page's life: react-pdf reloads the document when its options change.
const OPTIONS = { BinaryDataFactory: BundledBinaryData, cMapPacked: true };

/**
 * The sheets (pages) of one version of the drawing set, each as wide as the column, with what
 * the review puts on each: pins over it (`overlay`), a form under it (`below`). With `onPlace`, a
 * click on a sheet reports where, as fractions of its width and height.
 */
export default function SheetViewer({
  fileUrl,
  overlay,
  below,
  onPlace,
}: {
  fileUrl: string;
  overlay: (sheet: number) => ReactNode;
  below: (sheet: number) => ReactNode;
  onPlace?: (sheet: number, x: number, y: number) => void;
}) {
  const t = useTranslations('drawings.review');
  const container = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [sheets, setSheets] = useState(0);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const place = (sheet: number) => (event: MouseEvent<HTMLDivElement>) => {
    if (!onPlace) return;
    const box = event.currentTarget.getBoundingClientRect();
    const clamp = (v: number) => Math.min(1, Math.max(0, v));
    onPlace(sheet, clamp((event.clientX - box.left) / box.width), clamp((event.clientY - box.top) / box.height));
  };

  const failed = (
    <p className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
      {t('loadError')}{' '}
      <a href={fileUrl} target="_blank" rel="noopener" className="underline">
        {t('openFile')}
      </a>
    </p>
  );

  return (
    <div ref={container} className="w-full">
      <Document
        file={fileUrl}
        options={OPTIONS}
        suspense={false}
        onLoadSuccess={(pdf) => setSheets(pdf.numPages)}
        loading={<p className="py-10 text-center text-sm text-muted-foreground">{t('loading')}</p>}
        error={failed}
      >
        {width > 0 &&
          Array.from({ length: sheets }, (_, i) => i + 1).map((sheet) => (
            <figure key={sheet} className="mb-6 flex flex-col gap-2">
              <figcaption className="text-sm font-medium">{t('sheet', { sheet })}</figcaption>
              <div
                className={`relative overflow-hidden rounded-md border bg-white ${onPlace ? 'cursor-crosshair' : ''}`}
                aria-label={t('sheetLabel', { sheet })}
                role="group"
                onClick={place(sheet)}
              >
                <Page pageNumber={sheet} width={width - 2} renderTextLayer={false} renderAnnotationLayer={false} loading={null} />
                <div className="pointer-events-none absolute inset-0">{overlay(sheet)}</div>
              </div>
              {below(sheet)}
            </figure>
          ))}
      </Document>
    </div>
  );
}
