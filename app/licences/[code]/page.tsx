import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { LicenceStatusPanel } from '@/components/licences/licence-status-panel';
import { OFFICIAL_SERIF } from '@/components/notices/notice-sheet';
import { PrintButton } from '@/components/notices/print-button';
import { QrCode } from '@/components/notices/qr-code';
import { Button } from '@/components/ui/button';
import { guardPage } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/session';
import { getLicenceStatusPanel } from '@/lib/data/licence-status';
import { getLicenceForPrint, licenceVerifyUrl } from '@/lib/data/licences';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('licences.print');
  return { title: t('title'), robots: { index: false, follow: false } };
}

const TITLE_SERIF = "'Songti SC', STSong, SimSun, 'Noto Serif CJK SC', 'Source Han Serif SC', serif";

/** A zone date 'YYYY-MM-DD' as printed on a licence: 2026年11月27日. */
function printedDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * The print-ready business licence (营业执照) on an A4 sheet, for the enterprise's members and
 * staff ('enterprise.read'). A licence is a Chinese document: its entries are printed in Chinese
 * whatever the interface language. The QR code opens the public verification page. Staff also
 * see the status history here, and the registration authority changes the status.
 */
export default async function LicencePrintPage({ params }: Props) {
  const { code } = await params;
  const viewer = await getViewer();
  const licence = await guardPage(() => getLicenceForPrint(viewer, code));
  const [t, tf, ts, format, verifyUrl, statusPanel] = await Promise.all([
    getTranslations('licences.print'),
    getTranslations('licences.fields'),
    getTranslations('licences.status'),
    getFormatter(),
    licenceVerifyUrl(licence.creditCode),
    can(viewer, 'licence.readHistory') ? getLicenceStatusPanel(viewer, licence.creditCode) : null,
  ]);
  const entries: [string, string][] = [
    ['名　　称', licence.name],
    ['类　　型', licence.type],
    ['法定代表人', licence.legalRepresentative],
    ['注册资本', `${licence.registeredCapital.toLocaleString('zh-CN')}万元`],
    ['成立日期', printedDate(licence.establishedOn)],
    ['营业期限', licence.term],
    ['住　　所', licence.address],
  ];

  return (
    <>
      <div className="no-print mx-auto mb-4 flex w-full max-w-[297mm] flex-wrap items-center gap-3">
        {can(viewer, 'case.listOwn') && (
          <Button asChild variant="outline">
            <Link href="/my/wallet">{t('backToWallet')}</Link>
          </Button>
        )}
        <PrintButton label={t('print')} />
        {licence.status !== 'valid' ? (
          <p role="status" className="rounded-md border border-warning bg-warning/15 px-3 py-1.5 text-sm">
            {t('statusWarning', { status: ts(licence.status) })}
            {licence.statusReason
              ? ` ${t('statusReason', { reason: licence.statusReason, date: format.dateTime(new Date(licence.statusChangedAt), { dateStyle: 'medium' }) })}`
              : null}
          </p>
        ) : null}
      </div>
      {statusPanel && <LicenceStatusPanel panel={statusPanel} />}
      <article
        aria-labelledby="licence-title"
        lang="zh-CN"
        className="mx-auto flex min-h-[297mm] w-full max-w-[210mm] flex-col border-[6px] border-double border-red-800 bg-white p-4 text-[15px] leading-8 text-black shadow-md sm:p-[16mm] print:min-h-[257mm] print:max-w-none print:shadow-none"
        style={{ fontFamily: OFFICIAL_SERIF }}
      >
        <header className="flex items-start justify-between gap-4">
          <div className="flex min-w-0 flex-col text-sm leading-6">
            <span>{tf('creditCode')}</span>
            <span className="font-mono font-bold break-all sm:text-base sm:tracking-wider">{licence.creditCode}</span>
          </div>
          <QrCode
            value={verifyUrl}
            label={t('qrLabel', { code: licence.creditCode })}
            className="size-20 shrink-0 sm:size-28 [&_svg]:size-full"
          />
        </header>

        <h1
          id="licence-title"
          className="mt-4 text-center text-3xl font-bold tracking-[0.5em] text-red-800 sm:text-4xl"
          style={{ fontFamily: TITLE_SERIF }}
        >
          {t('heading')}
        </h1>
        <p className="mt-1 text-center text-sm">{t('subheading')}</p>

        <dl className="mt-10 grid grid-cols-[5.5em_minmax(0,1fr)] gap-x-3 gap-y-3 sm:grid-cols-[7em_minmax(0,1fr)] sm:gap-x-4">
          {entries.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-bold whitespace-pre">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
          <dt className="font-bold">经营范围</dt>
          <dd className="whitespace-pre-line">{licence.businessScope}</dd>
        </dl>

        <div className="mt-auto flex flex-col-reverse gap-6 pt-10 break-inside-avoid sm:flex-row sm:items-end sm:justify-between">
          <div className="flex min-w-0 flex-col text-xs leading-5">
            <p className="font-bold">{t('qrCaption')}</p>
            <p className="break-all">{t('verifyLink', { url: verifyUrl })}</p>
          </div>
          <div className="flex flex-col items-center self-end text-center sm:shrink-0">
            <p>
              <span className="font-bold">登记机关</span>　{licence.authority}
            </p>
            <p>{printedDate(licence.issuedOn)}</p>
            <p className="text-sm text-neutral-500">{t('seal')}</p>
          </div>
        </div>
      </article>
    </>
  );
}
