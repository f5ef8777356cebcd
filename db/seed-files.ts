/**
 * The demo cases' material files: a one-page PDF per material naming the material and the
 * case, so the desk's viewer and the downloads have something real to show. Deterministic.
 */
import { renderTextPdf } from '../lib/domain/text-pdf';

/** The demo file of one material (its Chinese name) of one case (its subject). */
export function demoMaterialFile(
  material: { code: string; nameZh: string },
  caseSubject: string,
): { bytes: Uint8Array; name: string } {
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
