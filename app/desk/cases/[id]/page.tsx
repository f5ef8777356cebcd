import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { CaseOnBehalf } from '@/components/case/case-on-behalf';
import { CaseActions } from '@/components/desk/case-actions';
import { CaseAnswers } from '@/components/desk/case-answers';
import { CaseClocks } from '@/components/case/case-clocks';
import { CasePromises } from '@/components/case/case-promises';
import { CaseTasks } from '@/components/case/case-tasks';
import { TaskReview } from '@/components/desk/task-review';
import { CaseHeader } from '@/components/desk/case-header';
import { CaseLicence } from '@/components/desk/case-licence';
import { CasePermit } from '@/components/case/case-permit';
import { CaseMaterials } from '@/components/desk/case-materials';
import { CaseNameCheck } from '@/components/desk/case-name-check';
import { CaseClockStops, CaseCreditRecords, CaseDecision, CaseNotices, CaseObligations } from '@/components/desk/case-records';
import { CaseTimeline } from '@/components/desk/case-timeline';
import { guardPage } from '@/lib/auth/page-guard';
import { getViewer } from '@/lib/auth/session';
import { loadWorkingCalendar } from '@/lib/data/calendar';
import { getCaseDetail } from '@/lib/data/case-detail';
import { getCaseLicence } from '@/lib/data/licence-status';
import { getCasePermit } from '@/lib/data/permits';
import { listEnterpriseCreditRecords } from '@/lib/data/credit-records';
import { can, homePathFor } from '@/lib/auth/permissions';
import { authorize } from '@/lib/data/viewer';
import { zoneDate } from '@/lib/domain/clock';
import { UrgeCaseForm } from '@/components/officer/urge-case-form';
import { ReassignCaseForm } from '@/components/reassign/reassign-case-form';
import { staffLabel } from '@/components/reassign/staff-label';
import { caseReassignOptions, taskReassignOptions } from '@/lib/data/reassignment';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('desk.case'))('title') };
}

export default async function DeskCasePage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, viewer] = await Promise.all([params, getViewer()]);
  // The desk's case page is for staff and managers; getCaseDetail then checks this viewer may read this case.
  await guardPage(async () => authorize(viewer, 'desk.openCase'));
  if (!z.guid().safeParse(id).success) notFound();
  const detail = await guardPage(() => getCaseDetail(viewer, id));
  if (viewer.kind !== 'user') notFound(); // authorize has already sent anonymous viewers to sign in

  // The server accepts a tolerated material's due date up to the promised limit counted from today.
  let tolerance: { today: string; latest: string } | null = null;
  if (detail.transitions.includes('accept_with_tolerance')) {
    const today = zoneDate(new Date());
    const calendar = await loadWorkingCalendar();
    tolerance = { today, latest: calendar.addWorkingDays(today, detail.service.promisedDays).date };
  }
  // An issued establishment case leads to its licence, where staff follow and change its status.
  const [licence, permit, t, creditRecords, reassignOptions, taskReassign, locale] = await Promise.all([
    detail.service.formKey === 'establishment' ? getCaseLicence(viewer, detail.id) : null,
    getCasePermit(viewer, detail.id),
    getTranslations('desk.case'),
    listEnterpriseCreditRecords(viewer, detail.enterprise.id),
    detail.canReassign ? caseReassignOptions(viewer, detail.id) : null,
    detail.canReassign && detail.combined ? taskReassignOptions(viewer, detail.id) : [],
    getLocale() as Promise<Locale>,
  ]);
  // Managers read the queue but work from the dashboard: their way back is there.
  const back =
    homePathFor(viewer.roles) !== '/dashboard'
      ? { href: '/desk', label: t('back') }
      : { href: '/dashboard', label: t('backToDashboard') };

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <Link href={back.href} className="text-sm text-primary hover:underline">
          {back.label}
        </Link>
        <CaseHeader detail={detail} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="flex min-w-0 flex-col gap-6 lg:col-start-2 lg:row-start-1">
          <CaseClocks detail={detail} />
          <CaseOnBehalf detail={detail} />
          <TaskReview detail={detail} viewerId={viewer.userId} />
          <CaseActions detail={detail} tolerance={tolerance} />
          {detail.canUrge && detail.assignee && (
            <UrgeCaseForm caseRef={{ caseId: detail.id, version: detail.version }} assigneeName={detail.assignee.name} />
          )}
          {reassignOptions && (
            <ReassignCaseForm
              key={`reassign-${detail.version}`}
              caseRef={{ caseId: detail.id, version: detail.version }}
              currentAssignee={detail.assignee?.name ?? null}
              options={reassignOptions.map((s) => ({ id: s.id, label: staffLabel(s, locale) }))}
            />
          )}
          {taskReassign.map((task) => (
            <ReassignCaseForm
              key={`${task.id}-${task.version}`}
              caseRef={{ caseId: detail.id, version: detail.version }}
              task={{ id: task.id, version: task.version, name: pickLanguage(task.task, locale) }}
              currentAssignee={task.assigneeName}
              options={task.candidates.map((s) => ({ id: s.id, label: staffLabel(s, locale) }))}
            />
          ))}
          {licence && <CaseLicence licence={licence} />}
          {permit && <CasePermit permit={permit} />}
        </div>
        <div className="flex min-w-0 flex-col gap-8 lg:col-start-1 lg:row-start-1">
          <CaseDecision detail={detail} />
          <CaseTasks detail={detail} />
          <CasePromises detail={detail} />
          <CaseNameCheck detail={detail} viewer={viewer} />
          <CaseAnswers detail={detail} />
          <CaseMaterials detail={detail} />
          <CaseNotices detail={detail} />
          <CaseObligations detail={detail} canVerify={can(viewer, 'obligation.verify')} />
          <CaseCreditRecords records={creditRecords} />
          <CaseClockStops detail={detail} />
          <CaseTimeline detail={detail} />
        </div>
      </div>
    </div>
  );
}
