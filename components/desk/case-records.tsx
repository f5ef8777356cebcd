import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { CaseDetail } from '@/lib/data/case-detail';
import { zoneDayStart } from '@/lib/domain/clock';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { CreditRecords } from '@/components/credit/credit-records';
import type { CreditRecordView } from '@/lib/data/credit-records';
import { VerifyObligationButton } from './verify-obligation-button';

/** The one-time supplement notices issued on the case, each with its items and reasons. */
export async function CaseNotices({ detail }: { detail: CaseDetail }) {
  const [t, tr, format, locale] = await Promise.all([
    getTranslations('desk.case.notices'),
    getTranslations('desk.supplementReasons'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  if (detail.notices.length === 0) return null;
  const fieldLabel = new Map(detail.formFields.map((f) => [f.key, pickLanguage(f.label, locale)]));
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="case-notices" className="flex flex-col gap-3">
      <h2 id="case-notices" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {detail.notices.map((n) => (
        <div key={n.id} className="flex flex-col gap-2 rounded-lg border bg-card p-4">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium">{t('issuedAt', { date: when(n.issuedAt) })}</span>
            {n.answeredAt ? (
              <Badge variant="success">{t('answered', { date: when(n.answeredAt) })}</Badge>
            ) : (
              <Badge variant="warning">{t('open')}</Badge>
            )}
          </p>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t('item')}</TableHead>
                <TableHead>{t('reason')}</TableHead>
                <TableHead>{t('note')}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {n.items.map((i) => (
                <TableRow key={`${i.kind}:${i.code}`}>
                  <TableCell className="min-w-40">
                    <span className="text-muted-foreground">{i.kind === 'material' ? t('material') : t('field')} · </span>
                    {i.name ? pickLanguage(i.name, locale) : (fieldLabel.get(i.code) ?? i.code)}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{tr.has(i.reason) ? tr(i.reason) : i.reason}</TableCell>
                  <TableCell className="min-w-40">{i.note || '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ))}
    </section>
  );
}

/** The obligations ledger (DESIGN §4): tolerated materials and promises with their due dates. */
export async function CaseObligations({ detail, canVerify }: { detail: CaseDetail; canVerify: boolean }) {
  const [t, format, locale] = await Promise.all([
    getTranslations('desk.case.obligations'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  if (detail.obligations.length === 0) return null;
  const commitments = [...new Set(detail.obligations.map((o) => o.commitment).filter(Boolean))];
  return (
    <section aria-labelledby="case-obligations" className="flex flex-col gap-3">
      <h2 id="case-obligations" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{t('item')}</TableHead>
            <TableHead>{t('kind')}</TableHead>
            <TableHead>{t('dueDate')}</TableHead>
            <TableHead>{t('status')}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {detail.obligations.map((o) => (
            <TableRow key={o.id}>
              <TableCell className="min-w-40">
                {o.materialName ? pickLanguage(o.materialName, locale) : (o.materialCode ?? '—')}
              </TableCell>
              <TableCell className="whitespace-nowrap">{t(`kinds.${o.kind}`)}</TableCell>
              <TableCell className="whitespace-nowrap">
                <time dateTime={o.dueDate}>{format.dateTime(zoneDayStart(o.dueDate), { dateStyle: 'medium' })}</time>
              </TableCell>
              <TableCell className="whitespace-nowrap">
                <span className="inline-flex flex-wrap items-center gap-1.5">
                  <Badge
                    variant={
                      o.status === 'fulfilled' || o.status === 'verified'
                        ? 'success'
                        : o.status === 'breached'
                          ? 'destructive'
                          : 'secondary'
                    }
                  >
                    {t(`statuses.${o.status}`)}
                  </Badge>
                  {o.overdue && <Badge variant="destructive">{t('overdue')}</Badge>}
                  {o.fulfilledAt && (
                    <span className="text-xs text-muted-foreground">
                      {t('fulfilledAt', { date: format.dateTime(new Date(o.fulfilledAt), { dateStyle: 'medium' }) })}
                    </span>
                  )}
                  {canVerify && o.status === 'fulfilled' && <VerifyObligationButton caseId={detail.id} obligationId={o.id} />}
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {commitments.map((c) => (
        <div key={c} className="flex flex-col gap-1 rounded-md border bg-muted/40 p-3 text-sm">
          <p className="font-medium">{t('commitment')}</p>
          <p className="whitespace-pre-wrap">{c}</p>
        </div>
      ))}
    </section>
  );
}

/** Periods in which both clocks stood still, each with its recorded reason. */
export async function CaseClockStops({ detail }: { detail: CaseDetail }) {
  const [t, format] = await Promise.all([getTranslations('desk.case.stops'), getFormatter()]);
  if (detail.clockStops.length === 0) return null;
  const day = (d: string) => <time dateTime={d}>{format.dateTime(zoneDayStart(d), { dateStyle: 'medium' })}</time>;
  return (
    <section aria-labelledby="case-stops" className="flex flex-col gap-3">
      <h2 id="case-stops" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{t('kind')}</TableHead>
            <TableHead>{t('period')}</TableHead>
            <TableHead>{t('reason')}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {detail.clockStops.map((s, i) => (
            <TableRow key={i}>
              <TableCell className="whitespace-nowrap">{t.has(`kinds.${s.kind}`) ? t(`kinds.${s.kind}`) : s.kind}</TableCell>
              <TableCell className="whitespace-nowrap">
                {day(s.startedOn)} – {s.endedOn ? day(s.endedOn) : t('ongoing')}
              </TableCell>
              {/* A revision's stop is the system's, recorded without words of its own. */}
              <TableCell className="min-w-48">{s.kind === 'revision' ? t('revisionReason') : s.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/** The reviewer's decision, or the reason a case was refused or revoked. */
export async function CaseDecision({ detail }: { detail: CaseDetail }) {
  const [t, ta, format] = await Promise.all([
    getTranslations('desk.case.decision'),
    getTranslations('desk.actions'),
    getFormatter(),
  ]);
  if (!detail.decision && !detail.refusalReason) return null;
  return (
    <section aria-labelledby="case-decision" className="flex flex-col gap-3">
      <h2 id="case-decision" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <dl className="grid gap-x-4 gap-y-2 rounded-lg border bg-card p-4 text-sm sm:grid-cols-[auto_1fr]">
        {detail.decision && (
          <>
            <dt className="text-muted-foreground">{t('decision')}</dt>
            <dd className="font-medium">{ta(detail.decision)}</dd>
          </>
        )}
        {detail.decidedAt && (
          <>
            <dt className="text-muted-foreground">{t('decidedAt')}</dt>
            <dd>{format.dateTime(new Date(detail.decidedAt), { dateStyle: 'medium', timeStyle: 'short' })}</dd>
          </>
        )}
        {detail.opinion && (
          <>
            <dt className="text-muted-foreground">{t('opinion')}</dt>
            <dd className="whitespace-pre-wrap">{detail.opinion}</dd>
          </>
        )}
        {detail.conditions.length > 0 && (
          <>
            <dt className="text-muted-foreground">{t('conditions')}</dt>
            <dd>
              <ol className="list-decimal pl-5">
                {detail.conditions.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ol>
            </dd>
          </>
        )}
        {detail.refusalReason && (
          <>
            <dt className="text-muted-foreground">{t('refusalReason')}</dt>
            <dd className="whitespace-pre-wrap">{detail.refusalReason}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** The enterprise's credit records (失信), active and cleared: while one is active it cannot use tolerance. */
export async function CaseCreditRecords({ records }: { records: CreditRecordView[] }) {
  if (records.length === 0) return null;
  const t = await getTranslations('dashboard.credit');
  return (
    <section aria-labelledby="case-credit" className="flex flex-col gap-3">
      <h2 id="case-credit" className="text-lg font-semibold">
        {t('caseHeading')}
      </h2>
      <CreditRecords records={records} canClear={false} />
    </section>
  );
}
