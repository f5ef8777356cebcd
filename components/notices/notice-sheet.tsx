import { getTranslations } from 'next-intl/server';
import { QrCode } from './qr-code';

/** Official documents are set in Song/FangSong faces; each platform has a different one. */
export const OFFICIAL_SERIF =
  "FangSong, STFangsong, 'FangSong_GB2312', 'Songti SC', STSong, SimSun, 'Noto Serif CJK SC', 'Source Han Serif SC', serif";
const TITLE_SERIF = "'Songti SC', STSong, SimSun, 'Noto Serif CJK SC', 'Source Han Serif SC', serif";

/**
 * One printed notice on an A4 sheet, in the layout of a Chinese official document: title,
 * document number, addressee, body, issuing body and date (where the seal goes), and a QR
 * code to the case's public progress page. On screen it shows as a sheet of paper; printed,
 * the page margins come from `@page` in globals.css and the sheet fills the page.
 */
export async function NoticeSheet({
  title,
  documentNumber,
  addressee,
  creditCode,
  issuer,
  issuedOn,
  caseNumber,
  trackingUrl,
  children,
}: {
  title: string;
  documentNumber: string;
  addressee: string;
  creditCode: string | null;
  issuer: string;
  /** Formatted for display. */
  issuedOn: string;
  caseNumber: string;
  trackingUrl: string;
  children: React.ReactNode;
}) {
  const t = await getTranslations('notices.document');
  // The query code is the link's `k`: printed too, for typing into /track without a QR reader.
  const trackingCode = new URL(trackingUrl, 'http://localhost').searchParams.get('k');
  return (
    <article
      aria-labelledby="notice-title"
      className="mx-auto flex min-h-[297mm] w-full max-w-[210mm] flex-col border bg-white p-6 text-[15px] leading-8 text-black shadow-md sm:p-[20mm] print:min-h-0 print:max-w-none print:border-0 print:p-0 print:shadow-none"
      style={{ fontFamily: OFFICIAL_SERIF }}
    >
      <h1 id="notice-title" className="text-center text-2xl font-bold tracking-[0.2em]" style={{ fontFamily: TITLE_SERIF }}>
        {title}
      </h1>
      <p className="mt-3 text-center">
        <span className="sr-only">{t('numberLabel')} </span>
        {documentNumber}
      </p>
      <hr className="mt-3 mb-6 border-t-2 border-black" />

      <p>{t('addressee', { name: addressee })}</p>
      {creditCode ? <p className="text-sm leading-6">{t('creditCode', { code: creditCode })}</p> : null}

      <div className="mt-2 flex flex-col gap-3">{children}</div>

      <div className="mt-10 ml-auto flex w-fit flex-col items-center break-inside-avoid text-center">
        <p>{issuer}</p>
        <p>{issuedOn}</p>
        <p className="text-sm text-neutral-500">{t('seal')}</p>
      </div>

      <div className="mt-auto flex items-end gap-4 border-t border-black pt-4 text-xs leading-5 break-inside-avoid">
        <QrCode value={trackingUrl} label={t('qrLabel', { number: caseNumber })} className="size-28 shrink-0 [&_svg]:size-full" />
        <div className="flex min-w-0 flex-col gap-1">
          <p className="font-bold">{t('qrCaption')}</p>
          <p>{t('caseNumberLine', { number: caseNumber })}</p>
          {trackingCode ? <p>{t('trackingCodeLine', { code: trackingCode })}</p> : null}
          <p className="break-all">{t('trackingLink', { url: trackingUrl })}</p>
          <p>{t('contact')}</p>
        </div>
      </div>
    </article>
  );
}
