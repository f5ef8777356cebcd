import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { EvidenceUpload } from '@/components/case/material-upload';
import { PageHeader } from '@/components/layout/page-header';
import { Badge } from '@/components/ui/badge';
import { FactList } from '@/components/ui/fact-list';
import type { ProblemDetail } from '@/lib/data/problems';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { cn } from '@/lib/utils';
import { ProblemActions } from './problem-actions';
import { ProblemUrgencyBadge } from './problem-urgency';

/**
 * One problem as the enterprise and the staff see it — the same view on /my and /desk: its facts,
 * the steps taken, the documents, and the changes this viewer may make.
 */
export async function ProblemDetailView({ problem: p, back }: { problem: ProblemDetail; back: { href: string; label: string } }) {
  const [t, format, locale] = await Promise.all([getTranslations('problems'), getFormatter(), getLocale() as Promise<Locale>]);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium' });
  const dateTime = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader back={back} title={p.title}>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <Badge variant={p.state === 'confirmed' ? 'secondary' : 'outline'} data-testid="problem-state">
            {t(`states.${p.state}`)}
          </Badge>
          <ProblemUrgencyBadge urgency={p.urgency} />
        </div>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="flex flex-col gap-6">
          <FactList
            rows={[
              [t('detail.facts.enterprise'), p.enterpriseName],
              [t('detail.facts.kind'), t(`kinds.${p.kind}`)],
              [t('detail.facts.officer'), p.officerName ?? t('unassigned')],
              ...(p.department ? [[t('detail.facts.department'), pickLanguage(p.department, locale)] as const] : []),
              [t('detail.facts.raisedAt'), dateTime(p.raisedAt)],
              [
                t('detail.facts.dueOn'),
                <span key="due" className={cn(p.urgency === 'overdue' && 'font-semibold text-destructive')}>
                  {date(p.dueOn)}
                </span>,
              ],
            ]}
          />
          <section aria-labelledby="problem-description" className="flex flex-col gap-2">
            <h2 id="problem-description" className="text-lg font-semibold">
              {t('detail.description')}
            </h2>
            <p className="text-sm break-words whitespace-pre-wrap">{p.description}</p>
          </section>
          {p.result ? (
            <section aria-labelledby="problem-result" className="flex flex-col gap-2">
              <h2 id="problem-result" className="text-lg font-semibold">
                {t('detail.result')}
              </h2>
              <p className="text-sm break-words whitespace-pre-wrap" data-testid="problem-result">
                {p.result}
              </p>
            </section>
          ) : null}
          <section aria-labelledby="problem-steps" className="flex flex-col gap-2">
            <h2 id="problem-steps" className="text-lg font-semibold">
              {t('detail.steps')}
            </h2>
            <ol className="flex flex-col gap-3 border-l-2 pl-4">
              {p.steps.map((s) => (
                <li key={s.id} className="flex flex-col gap-0.5 text-sm">
                  <p className="font-medium">
                    {t(`steps.${s.kind}`)}
                    {s.department ? ` · ${pickLanguage(s.department, locale)}` : ''}
                  </p>
                  {s.body ? <p className="break-words whitespace-pre-wrap">{s.body}</p> : null}
                  <p className="text-xs text-muted-foreground">{[s.byName, dateTime(s.at)].filter(Boolean).join(' · ')}</p>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="problem-files" className="flex flex-col gap-2">
            <h2 id="problem-files" className="text-lg font-semibold">
              {t('detail.files')}
            </h2>
            {p.files.length ? (
              <ul className="flex flex-col gap-1 text-sm">
                {p.files.map((f) => (
                  <li key={f.id}>
                    <a href={`/api/problems/${p.id}/files/${f.id}`} className="text-primary hover:underline">
                      {f.name}
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-muted-foreground">{t('detail.noFiles')}</p>
            )}
            {p.mayAttach ? <EvidenceUpload url={`/api/problems/${p.id}/files`} label={t('detail.attach')} /> : null}
          </section>
        </div>
        {p.offered.length ? (
          <aside aria-label={t('actions.title')} className="flex flex-col gap-3">
            <ProblemActions
              problemId={p.id}
              version={p.version}
              offered={p.offered}
              departments={p.departmentOptions.map((d) => ({ id: d.id, name: pickLanguage(d.name, locale) }))}
            />
          </aside>
        ) : null}
      </div>
    </div>
  );
}
