import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { UserRoundX } from 'lucide-react';
import { z } from 'zod';
import { CaseStateBadge } from '@/components/applicant/case-state-badge';
import { PageHeader } from '@/components/layout/page-header';
import { BulkReassignForm } from '@/components/reassign/bulk-reassign-form';
import { staffLabel } from '@/components/reassign/staff-label';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { NativeSelect } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { listOpenWork, listStaffForReassignment } from '@/lib/data/reassignment';
import { assigneeProblem } from '@/lib/domain/reassignment';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reassign.bulk'))('title') };
}

const paramsSchema = z.object({ person: z.guid().optional().catch(undefined) });

/**
 * Bulk reassignment (someone on leave): pick the person, see their open cases and department
 * tasks, pick a stand-in of their department who can take all of it, confirm.
 */
export default async function BulkReassignPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await getViewer();
  const { person } = paramsSchema.parse(await searchParams);
  const staff = await guardPage(() => listStaffForReassignment(viewer));
  const [t, locale] = await Promise.all([getTranslations('reassign.bulk'), getLocale() as Promise<Locale>]);
  const chosen = staff.find((s) => s.id === person) ?? null;
  const work = chosen ? await listOpenWork(viewer, chosen.id) : [];
  // Stand-ins: same department, and able to take every item (a clerk cannot take reviews).
  const standIns = chosen
    ? staff.filter(
        (s) =>
          s.id !== chosen.id &&
          s.departmentId === chosen.departmentId &&
          work.every((w) => !assigneeProblem({ ...s, disabled: false }, { role: w.role, departmentId: w.departmentId })),
      )
    : [];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader back={{ href: '/dashboard', label: t('back') }} title={t('title')} intro={t('intro')} />

      <form method="get" className="flex flex-col gap-2 rounded-lg border bg-card p-4 sm:flex-row sm:items-end sm:gap-3">
        <div className="flex min-w-0 flex-1 flex-col gap-1.5">
          <Label htmlFor="bulk-person">{t('person')}</Label>
          <NativeSelect id="bulk-person" name="person" defaultValue={chosen?.id ?? ''}>
            <option value="">{t('choosePerson')}</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {t('personOption', { label: staffLabel(s, locale), count: s.openCases + s.openTasks })}
              </option>
            ))}
          </NativeSelect>
        </div>
        <Button type="submit" variant="outline">
          {t('show')}
        </Button>
      </form>

      {!chosen ? (
        <p className="text-sm text-muted-foreground">{t('pickFirst')}</p>
      ) : work.length === 0 ? (
        <EmptyState icon={UserRoundX} title={t('empty.title', { name: chosen.name })} body={t('empty.body')} />
      ) : (
        <section aria-labelledby="open-work" className="flex flex-col gap-3">
          <h2 id="open-work" className="text-lg font-semibold">
            {t('workHeading', { name: chosen.name, count: work.length })}
          </h2>
          <ul className="flex flex-col divide-y rounded-lg border bg-card">
            {work.map((w) => (
              <li key={w.taskId ?? w.caseId} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:gap-3">
                <Link href={`/desk/cases/${w.caseId}`} className="font-mono text-sm text-primary hover:underline">
                  {w.number ?? '—'}
                </Link>
                <span className="min-w-0 flex-1 break-words text-sm">
                  {pickLanguage(w.title, locale)}
                  {w.task ? (
                    <span className="text-muted-foreground"> · {t('task', { task: pickLanguage(w.task, locale) })}</span>
                  ) : null}
                </span>
                <CaseStateBadge state={w.state} />
              </li>
            ))}
          </ul>
          {standIns.length === 0 ? (
            <p className="rounded-md border border-dashed p-3 text-sm text-muted-foreground">{t('noStandIn')}</p>
          ) : (
            <BulkReassignForm
              key={chosen.id}
              fromId={chosen.id}
              fromName={chosen.name}
              count={work.length}
              options={standIns.map((s) => ({ id: s.id, label: staffLabel(s, locale) }))}
            />
          )}
        </section>
      )}
    </div>
  );
}
