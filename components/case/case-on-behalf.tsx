import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { FactList } from '@/components/ui/fact-list';
import type { CaseDetail } from '@/lib/data/case-detail';
import { TakeOverCase } from './take-over-case';

/**
 * A case filed on its enterprise's behalf (帮办代办), on the applicant's and the staff's case page
 * alike: who filed it, under which authorization, and — for the enterprise — taking it over.
 */
export async function CaseOnBehalf({ detail }: { detail: CaseDetail }) {
  const onBehalf = detail.onBehalf;
  if (!onBehalf) return null;
  const [t, ta, format] = await Promise.all([
    getTranslations('onBehalf.case'),
    getTranslations('onBehalf.authorizations'),
    getFormatter(),
  ]);
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00`), { dateStyle: 'medium' });
  const a = onBehalf.authorization;
  const rows: [string, React.ReactNode][] = [
    [t('filedBy'), onBehalf.filedBy],
    ...(a
      ? ([
          [t('principal'), a.principalName],
          [t('validity'), ta('validityRange', { from: date(a.validFrom), until: date(a.validUntil) })],
          [t('scope'), a.serviceCodes.length ? a.serviceCodes.join('、') : t('allItems')],
          [
            t('status'),
            <Badge key="status" variant={a.status === 'valid' ? 'secondary' : 'destructive'}>
              {ta(`status.${a.status}`)}
            </Badge>,
          ],
          [
            t('scan'),
            <a
              key="scan"
              href={`/api/files/${a.file.id}`}
              target="_blank"
              rel="noopener"
              className="text-primary hover:underline"
            >
              {a.file.name}
            </a>,
          ],
        ] as [string, React.ReactNode][])
      : []),
  ];
  return (
    <section
      aria-labelledby="case-on-behalf"
      data-testid="case-on-behalf"
      className="flex flex-col gap-3 rounded-lg border bg-card p-4"
    >
      <h2 id="case-on-behalf" className="font-semibold">
        {t('title')}
      </h2>
      <FactList rows={rows} />
      <p className="text-sm text-muted-foreground">{onBehalf.takenOver ? t('takenOver') : t('heldByAgent')}</p>
      {detail.editable && !detail.viewerIsApplicant ? (
        <Link href={`/desk/on-behalf/cases/${detail.id}`} className="text-sm text-primary hover:underline">
          {t('continue')}
        </Link>
      ) : null}
      {detail.canTakeOver ? <TakeOverCase caseId={detail.id} /> : null}
    </section>
  );
}
