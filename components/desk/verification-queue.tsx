import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { VerificationView } from '@/lib/data/promise-approval';
import { zoneDayStart } from '@/lib/domain/clock';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

/** The post-approval verifications (事中事后核查) waiting for the viewer's department, nearest due date first. */
export async function VerificationQueue({ verifications, today }: { verifications: VerificationView[]; today: string }) {
  const [t, tm, format, locale] = await Promise.all([
    getTranslations('promise.queue'),
    getTranslations('promise.methods'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <section aria-labelledby="verification-queue" className="flex flex-col gap-3">
      <h2 id="verification-queue" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-muted-foreground">{t('intro')}</p>
      {verifications.length === 0 ? (
        <p className="rounded-lg border border-dashed p-4 text-sm text-muted-foreground">{t('empty')}</p>
      ) : (
        <ul className="flex flex-col divide-y rounded-lg border bg-card">
          {verifications.map((v) => (
            <li key={v.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:gap-4">
              <div className="flex min-w-0 flex-1 flex-col gap-0.5">
                <Link href={`/desk/cases/${v.caseId}`} className="font-medium text-primary hover:underline">
                  {pickLanguage(v.item, locale)} · {v.enterpriseName}
                </Link>
                <span className="text-xs text-muted-foreground">
                  <span className="font-mono">{v.caseNumber}</span> · {pickLanguage(v.department, locale)} · {tm(v.method)} ·{' '}
                  {t('promises')} {v.promises.length}
                </span>
              </div>
              <Badge variant={v.dueDate < today ? 'destructive' : 'outline'}>
                {t('due')} {format.dateTime(zoneDayStart(v.dueDate), { month: 'short', day: 'numeric' })}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
