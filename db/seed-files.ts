/**
 * The demo cases' material files: a one-page PDF per material naming the material and the
 * case, so the desk's viewer and the downloads have something real to show; the shared drawing
 * set of a combined case (多图联审) is a set of A3 sheets, so the drawing review has sheets to
 * pin comments to. Deterministic.
 */
import { renderPdfPages, renderTextPdf, type PdfRect } from '../lib/domain/text-pdf';

/** The sheets of a demo drawing set: each a title and the outlines drawn on it, in points on A3 landscape. */
const DEMO_SHEETS: { title: string; titleEn: string; outlines: PdfRect[] }[] = [
  {
    title: '总平面图',
    titleEn: 'Site plan',
    outlines: [
      { x: 120, y: 160, width: 620, height: 480, lineWidth: 2 },
      { x: 170, y: 420, width: 260, height: 160 },
      { x: 470, y: 420, width: 220, height: 160 },
      { x: 170, y: 210, width: 520, height: 150 },
    ],
  },
  {
    title: '一层平面图',
    titleEn: 'Ground floor plan',
    outlines: [
      { x: 140, y: 160, width: 640, height: 440, lineWidth: 2 },
      { x: 140, y: 160, width: 160, height: 220 },
      { x: 300, y: 160, width: 320, height: 220 },
      { x: 620, y: 160, width: 160, height: 220 },
      { x: 140, y: 380, width: 640, height: 220 },
    ],
  },
  {
    title: '南立面图',
    titleEn: 'South elevation',
    outlines: [
      { x: 140, y: 180, width: 640, height: 360, lineWidth: 2 },
      ...[0, 1, 2, 3, 4].map((i) => ({ x: 180 + i * 120, y: 400, width: 70, height: 90 })),
      ...[0, 1, 2, 3, 4].map((i) => ({ x: 180 + i * 120, y: 250, width: 70, height: 90 })),
    ],
  },
];

/** The sheets of a drawing set: a frame, a title block and the drawing on A3 landscape. */
function drawingSet(material: { nameZh: string }, caseSubject: string): Uint8Array {
  return renderPdfPages(
    DEMO_SHEETS.map((sheet, i) => ({
      size: 'a3Landscape' as const,
      rects: [
        { x: 24, y: 24, width: 1143, height: 794, lineWidth: 2 },
        { x: 867, y: 24, width: 300, height: 110 },
        ...sheet.outlines,
      ],
      lines: [
        { text: `${sheet.title}  ${sheet.titleEn}`, size: 22, align: 'right' as const },
        { text: caseSubject, size: 12, align: 'right' as const, gapBefore: 6 },
        { text: `${material.nameZh} · 图号 ${i + 1}/${DEMO_SHEETS.length}`, size: 11, align: 'right' as const },
        { text: '演示数据自动生成的示例图纸 · Sample sheet generated for the OneWindow demo', size: 9, align: 'right' as const },
      ],
    })),
    { title: `${material.nameZh} — ${caseSubject}` },
  );
}

/** The demo file of one material (its Chinese name) of one case (its subject). */
export function demoMaterialFile(
  material: { code: string; nameZh: string; drawingSet?: boolean },
  caseSubject: string,
): { bytes: Uint8Array; name: string } {
  if (material.drawingSet) return { name: `${material.code}.pdf`, bytes: drawingSet(material, caseSubject) };
  return {
    name: `${material.code}.pdf`,
    bytes: renderTextPdf(
      [
        { text: material.nameZh, size: 18, align: 'center' },
        { text: caseSubject, size: 12, align: 'center', gapBefore: 12 },
        { text: '本文件为演示数据自动生成的示例材料。', size: 11, gapBefore: 36 },
        { text: 'Sample document generated for the OneWindow demo.', size: 11 },
      ],
      { title: `${material.nameZh} — ${caseSubject}` },
    ),
  };
}
