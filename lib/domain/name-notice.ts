/**
 * The 企业名称自主申报告知书 of a reserved name, generated from the names registry instead of
 * being uploaded (DESIGN §6: the licence application's name material). Pure: the facts of the
 * reservation in, the lines of the printed notice (Chinese, as the document is) out.
 */
import type { PdfLine } from './text-pdf';
import { renderTextPdf } from './text-pdf';

export const NAME_NOTICE_TITLE = '企业名称自主申报告知书';

/** Catalogue materials satisfied this way name this in `eLicenceType`. */
export const NAME_NOTICE_SOURCE = 'name-reservation';

export type NameNoticeFacts = {
  fullName: string;
  region: string;
  tradeName: string;
  industry: string | null;
  organizationForm: string;
  /** The registration authority's division code ('411000'). */
  authority: string;
  status: 'reserved' | 'registered';
  /** The day the name was reserved (or registered), YYYY-MM-DD. */
  statusDate: string;
  /** The reservation's last day, YYYY-MM-DD; null once registered. */
  reservedUntil: string | null;
  /** Who declared the name (the enterprise that holds the reservation). */
  declarant: string;
  /** The department that issues the notice. */
  issuer: string;
  /** The day the notice is generated, YYYY-MM-DD. */
  generatedOn: string;
};

/** 2026-11-27 → 2026年11月27日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function nameNoticeLines(f: NameNoticeFacts): PdfLine[] {
  const held =
    f.status === 'registered' || !f.reservedUntil
      ? `名称状态：已登记（${chineseDate(f.statusDate)}）`
      : `保留期限：${chineseDate(f.statusDate)}至${chineseDate(f.reservedUntil)}`;
  return [
    { text: NAME_NOTICE_TITLE, size: 20, align: 'center' },
    { text: `${f.declarant}：`, size: 12, gapBefore: 18 },
    {
      text: '　　你（单位）通过许昌经济技术开发区网上办事大厅自主申报的企业名称，经名称自主申报系统比对，符合《企业名称登记管理规定》及其实施办法，予以保留。现告知如下：',
      size: 12,
    },
    { text: `企业名称：${f.fullName}`, size: 12, gapBefore: 8 },
    {
      text: `行政区划：${f.region}　字号：${f.tradeName}　行业表述：${f.industry ?? '（无）'}　组织形式：${f.organizationForm}`,
      size: 12,
    },
    { text: `登记机关区划代码：${f.authority}`, size: 12 },
    { text: held, size: 12 },
    {
      text: '　　保留期内，可凭本告知书申请企业设立登记；保留期届满未申请设立登记的，名称自动失效。保留期内的名称不得转让。',
      size: 12,
      gapBefore: 8,
    },
    { text: '　　本告知书由系统根据名称申报记录自动生成，作为企业设立登记的申请材料，免于另行提交。', size: 12 },
    { text: f.issuer, size: 12, align: 'right', gapBefore: 36 },
    { text: chineseDate(f.generatedOn), size: 12, align: 'right' },
  ];
}

/** The notice as a PDF file. */
export function renderNameNotice(f: NameNoticeFacts): Uint8Array {
  return renderTextPdf(nameNoticeLines(f), { title: `${NAME_NOTICE_TITLE}（${f.fullName}）` });
}
