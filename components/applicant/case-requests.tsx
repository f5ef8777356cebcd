import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { CheckCircle2 } from 'lucide-react';
import { MaterialUpload } from '@/components/case/material-upload';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { CaseDetail } from '@/lib/data/case-detail';
import { zoneDayStart } from '@/lib/domain/clock';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { CaseSupplementNotice } from './case-supplement-notice';

/**
 * "What is asked of you now": finishing a draft, answering the open supplement notice, and
 * supplying each tolerated material by its due date (the upload fulfils that obligation).
 */
export async function CaseRequests({ detail }: { detail: CaseDetail }) {
  const [t, format, locale] = await Promise.all([
    getTranslations('applicant.caseView.todo'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const openNotice = detail.state === 'needs_supplement' ? detail.notices.find((n) => !n.answeredAt) : undefined;
  const tolerance = detail.obligations.filter((o) => o.kind === 'tolerance' && o.materialCode);
  const open = tolerance.filter((o) => o.status === 'open');
  const fulfilled = tolerance.filter((o) => o.status === 'fulfilled');
  const day = (iso: string) => format.dateTime(zoneDayStart(iso), { dateStyle: 'long' });
  const nothing = detail.state !== 'draft' && !openNotice && open.length === 0;

  return (
    <section aria-labelledby="case-requests" className="flex flex-col gap-4 rounded-lg border-2 border-primary/40 bg-card p-4">
      <h2 id="case-requests" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {nothing ? <p className="text-sm text-muted-foreground">{t('none')}</p> : null}

      {detail.state === 'draft' && detail.editable ? (
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-sm">{t('draft')}</p>
          <Button asChild>
            <Link href={`/my/cases/${detail.id}/edit`}>{t('continue')}</Link>
          </Button>
        </div>
      ) : null}

      {openNotice ? (
        <CaseSupplementNotice
          caseId={detail.id}
          notice={openNotice}
          formFields={detail.formFields}
          tasks={detail.tasks}
          withAction={detail.editable}
        />
      ) : null}

      {open.length > 0 || fulfilled.length > 0 ? (
        <section aria-labelledby="case-tolerance" className="flex flex-col gap-3">
          <h3 id="case-tolerance" className="font-semibold">
            {t('tolerance.heading')}
          </h3>
          {open.length > 0 ? <p className="text-sm text-muted-foreground">{t('tolerance.intro')}</p> : null}
          <ul className="flex flex-col gap-3">
            {open.map((o) => {
              const material = detail.materials.find((m) => m.code === o.materialCode);
              const name = o.materialName ? pickLanguage(o.materialName, locale) : (o.materialCode ?? '');
              const current = material?.versions.find((v) => v.current);
              return (
                <li key={o.id} className="flex flex-col gap-3 rounded-md border p-3">
                  <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:justify-between">
                    <span className="font-medium">{name}</span>
                    <span className="flex flex-wrap items-center gap-2 text-sm">
                      <time dateTime={o.dueDate}>{t('tolerance.due', { date: day(o.dueDate) })}</time>
                      {o.overdue ? <Badge variant="destructive">{t('tolerance.overdue')}</Badge> : null}
                    </span>
                  </div>
                  {material && o.materialCode ? (
                    <MaterialUpload
                      caseId={detail.id}
                      materialCode={o.materialCode}
                      materialName={name}
                      maxSizeMb={material.maxSizeMb}
                      current={
                        current?.fileId && current.name && current.size !== null
                          ? { fileId: current.fileId, name: current.name, size: current.size, version: current.version }
                          : null
                      }
                      earlierVersions={material.versions.filter((v) => !v.current).length}
                    />
                  ) : null}
                </li>
              );
            })}
            {fulfilled.map((o) => (
              <li key={o.id} className="flex items-center gap-2 text-sm text-muted-foreground">
                <CheckCircle2 className="size-4 text-success" aria-hidden />
                <span>{o.materialName ? pickLanguage(o.materialName, locale) : o.materialCode}</span>
                {o.fulfilledAt ? (
                  <span>
                    · {t('tolerance.fulfilled', { date: format.dateTime(new Date(o.fulfilledAt), { dateStyle: 'long' }) })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
