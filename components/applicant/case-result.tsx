import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { FileText } from 'lucide-react';
import { departmentNamer } from '@/components/case/department-names';
import { waiverCitations } from '@/components/projects/waiver-citation';
import { Badge } from '@/components/ui/badge';
import type { CaseDetail } from '@/lib/data/case-detail';
import { noticeApplies, noticeFactsOf } from '@/lib/domain/notices';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

const DECISION_VARIANT = { approve: 'success', approve_with_conditions: 'success', deny: 'destructive' } as const;

/**
 * The outcome once there is one: the decision with its opinion and conditions, the materials
 * regional assessments waived (with their citations), a refusal or revocation reason, a withdrawal.
 * A combined approval's outcome reads per department (DESIGN §7): each department's conclusion
 * and conditions, or the departments whose denial ended it, with the joint decision document.
 */
export async function CaseResult({ detail }: { detail: CaseDetail }) {
  const [t, tc, format, locale, cite] = await Promise.all([
    getTranslations('applicant.caseView.result'),
    getTranslations('case'),
    getFormatter(),
    getLocale() as Promise<Locale>,
    waiverCitations(),
  ]);
  const { state, decision } = detail;
  const waived = detail.materials.filter((m) => m.waivedBy);
  const reason = state === 'refused' || state === 'revoked' ? detail.refusalReason : null;
  if (!decision && !reason && state !== 'withdrawn') return null;
  // A combined case's opinion and conditions are its departments': shown per department below.
  const combined = detail.combined && !!decision;
  const department = departmentNamer(detail.tasks, locale);
  const denying = detail.tasks.filter((task) => task.decision === 'denied');
  const documentKind = decision === 'deny' ? 'denial' : 'decision';
  const document =
    combined &&
    detail.number &&
    noticeApplies(documentKind, noticeFactsOf(detail)) &&
    detail.documents.some((d) => d.kind === documentKind)
      ? documentKind
      : null;
  return (
    <section aria-labelledby="case-result" className="flex flex-col gap-3 rounded-lg border bg-card p-4">
      <h2 id="case-result" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {state === 'withdrawn' ? <p className="text-sm">{t('withdrawn')}</p> : null}
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
        {decision ? (
          <div className="contents">
            <dt className="text-muted-foreground">{t('decision')}</dt>
            <dd>
              <Badge variant={DECISION_VARIANT[decision]}>{t(`decisions.${decision}`)}</Badge>
            </dd>
          </div>
        ) : null}
        {combined && detail.decidedAt ? (
          <div className="contents">
            <dt className="text-muted-foreground">{t('decidedOn')}</dt>
            <dd>{format.dateTime(new Date(detail.decidedAt), { dateStyle: 'long' })}</dd>
          </div>
        ) : null}
        {decision && detail.opinion && !combined ? (
          <div className="contents">
            <dt className="text-muted-foreground">{t('opinion')}</dt>
            <dd className="whitespace-pre-line">{detail.opinion}</dd>
          </div>
        ) : null}
        {detail.conditions.length > 0 && !combined ? (
          <div className="contents">
            <dt className="text-muted-foreground">{t('conditions')}</dt>
            <dd>
              <ol className="list-decimal space-y-1 pl-5">
                {detail.conditions.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ol>
            </dd>
          </div>
        ) : null}
        {combined && decision === 'deny' ? (
          <div className="contents">
            <dt className="text-muted-foreground">{t('deniedBy')}</dt>
            <dd>
              <ul className="space-y-2">
                {denying.map((task) => (
                  <li key={task.id}>
                    <span className="flex flex-wrap items-center gap-2 font-medium">
                      {department(task.department.code)}
                      {task.veto ? <Badge variant="destructive">{t('veto')}</Badge> : null}
                    </span>
                    <span className="block text-muted-foreground">{pickLanguage(task.task, locale)}</span>
                    {task.opinion ? (
                      <span className="block whitespace-pre-line">{t('reasonOf', { reason: task.opinion })}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {combined && decision !== 'deny' ? (
          <div className="contents">
            <dt className="text-muted-foreground">{t('departments')}</dt>
            <dd>
              <ul className="space-y-2">
                {detail.tasks.map((task) => (
                  <li key={task.id}>
                    <span className="flex flex-wrap items-center gap-2 font-medium">
                      {department(task.department.code)}
                      <Badge
                        variant={
                          task.decision === 'approved_with_conditions' || task.decision === 'approved' ? 'success' : 'secondary'
                        }
                      >
                        {tc(`taskDecisions.${task.decision}`)}
                      </Badge>
                    </span>
                    <span className="block text-muted-foreground">{pickLanguage(task.task, locale)}</span>
                    {task.opinion ? <span className="block whitespace-pre-line">{task.opinion}</span> : null}
                    {task.conditions.length > 0 ? (
                      <ol className="list-decimal space-y-1 pl-5">
                        {task.conditions.map((c, i) => (
                          <li key={i}>{c}</li>
                        ))}
                      </ol>
                    ) : null}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {decision && waived.length > 0 ? (
          <div className="contents">
            <dt className="text-muted-foreground">{t('waived')}</dt>
            <dd>
              <ul className="space-y-1">
                {waived.map((m) => (
                  <li key={m.code}>
                    {pickLanguage(m.name, locale)}
                    <span className="block text-muted-foreground">{cite(m.waivedBy!)}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {reason ? (
          <div className="contents">
            <dt className="text-muted-foreground">{state === 'refused' ? t('refusalReason') : t('revokedReason')}</dt>
            <dd className="whitespace-pre-line">{reason}</dd>
          </div>
        ) : null}
      </dl>
      {document ? (
        <Link
          href={`/cases/${detail.id}/notices/${document}`}
          className="inline-flex items-center gap-1.5 text-sm text-primary hover:underline"
        >
          <FileText className="size-4" aria-hidden />
          {t(document === 'decision' ? 'decisionNotice' : 'denialNotice')}
        </Link>
      ) : null}
    </section>
  );
}
