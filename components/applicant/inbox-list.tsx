import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Inbox } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import type { listInbox } from '@/lib/data/case-detail';
import { pickLanguage, type Locale } from '@/lib/i18n/config';
import { cn } from '@/lib/utils';

type InboxItem = Awaited<ReturnType<typeof listInbox>>['items'][number];

const KNOWN_KINDS = new Set([
  'supplement_requested',
  'accepted',
  'accepted_with_tolerance',
  'commitment_to_sign',
  'refused',
  'decided',
  'result_issued',
  'revoked',
  'obligation_due',
  'obligation_due_today',
  'obligation_breached',
  'suspension_lifted',
  'promise_breached',
  'rating_follow_up_result',
  'problem_taken',
  'problem_progress',
  'problem_resolved',
]);

/** The inbox entries, newest first; unread ones stand out in weight, a dot and words, not colour alone. */
export async function InboxList({ items }: { items: InboxItem[] }) {
  const [t, format, locale] = await Promise.all([
    getTranslations('applicant.inbox'),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  if (items.length === 0) return <EmptyState icon={Inbox} title={t('empty.title')} body={t('empty.body')} />;
  return (
    <ul className="flex flex-col divide-y rounded-lg border bg-card">
      {items.map((n) => {
        const kind = KNOWN_KINDS.has(n.kind) ? n.kind : 'other';
        const unread = !n.readAt;
        const count = typeof n.payload.items === 'number' ? n.payload.items : 0;
        return (
          <li
            key={n.id}
            className={cn('flex flex-col gap-1.5 p-4 sm:flex-row sm:items-start sm:gap-4', unread && 'bg-primary/5')}
          >
            <span
              aria-hidden
              className={cn('mt-2 hidden size-2 shrink-0 rounded-full sm:block', unread ? 'bg-primary' : 'bg-transparent')}
            />
            <div className="flex min-w-0 flex-1 flex-col gap-1">
              <p className={cn('flex flex-wrap items-center gap-2', unread ? 'font-semibold' : 'font-medium')}>
                {unread ? (
                  <span className="rounded bg-primary px-1.5 py-0.5 text-xs text-primary-foreground">{t('unread')}</span>
                ) : null}
                {t(`kinds.${kind}.title`)}
              </p>
              <p className="text-sm text-muted-foreground">
                {t(`kinds.${kind}.body`, {
                  items: count,
                  dueDate:
                    typeof n.payload.dueDate === 'string'
                      ? format.dateTime(new Date(n.payload.dueDate), { dateStyle: 'medium' })
                      : '',
                })}
              </p>
              {n.caseId ? (
                <Link href={`/my/cases/${n.caseId}`} className="text-sm text-primary hover:underline">
                  {t('viewCase', { number: n.caseNumber ?? (n.caseTitle ? pickLanguage(n.caseTitle, locale) : '') })}
                </Link>
              ) : null}
              {typeof n.payload.problemId === 'string' ? (
                <Link href={`/my/problems/${n.payload.problemId}`} className="text-sm text-primary hover:underline">
                  {t('viewProblem', { title: typeof n.payload.title === 'string' ? n.payload.title : '' })}
                </Link>
              ) : null}
            </div>
            <time dateTime={n.createdAt} className="shrink-0 text-xs text-muted-foreground sm:text-sm">
              {format.dateTime(new Date(n.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}
            </time>
          </li>
        );
      })}
    </ul>
  );
}
