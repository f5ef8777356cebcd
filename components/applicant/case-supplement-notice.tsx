import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { FileWarning } from 'lucide-react';
import { departmentNamer } from '@/components/case/department-names';
import { Button } from '@/components/ui/button';
import type { CaseDetail } from '@/lib/data/case-detail';
import { itemsByDepartment } from '@/lib/domain/combined-review';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

type Notice = CaseDetail['notices'][number];
type NoticeItem = Notice['items'][number];

/**
 * How a notice item reads: its reason code in words and, when there is one, the clerk's note;
 * an item of a merged revision notice names the department that asked (`department`: code → name).
 */
export async function supplementItemWording(department: (code: string) => string = String) {
  const t = await getTranslations('applicant.supplementNotice');
  const reason = (item: NoticeItem) => (t.has(`reasons.${item.reason}`) ? t(`reasons.${item.reason}`) : item.reason);
  const flag = (item: NoticeItem) => (item.note ? t('flag', { reason: reason(item), note: item.note }) : reason(item));
  return {
    reason,
    /** Reason and note on one line, for the flag beside a field or material in the wizard. */
    flag: (item: NoticeItem) =>
      item.department ? t('departmentFlag', { department: department(item.department), flag: flag(item) }) : flag(item),
  };
}

/**
 * An open one-time supplement notice: every material and field to correct, each with its
 * reason and note, and (on the case page) the way to answer it. A combined case's merged
 * revision notice lists the items under the department that asked for each.
 */
export async function CaseSupplementNotice({
  caseId,
  notice,
  formFields,
  tasks,
  withAction,
}: {
  caseId: string;
  notice: Notice;
  formFields: CaseDetail['formFields'];
  tasks: CaseDetail['tasks'];
  withAction: boolean;
}) {
  const [t, format, locale, wording] = await Promise.all([
    getTranslations('applicant.supplementNotice'),
    getFormatter(),
    getLocale() as Promise<Locale>,
    supplementItemWording(),
  ]);
  const department = departmentNamer(tasks, locale);
  const revision = notice.fromReview;
  const groups = itemsByDepartment(
    notice.items,
    tasks.map((task) => task.department.code),
  );
  const name = (item: NoticeItem) => {
    if (item.kind === 'material') return item.name ? pickLanguage(item.name, locale) : item.code;
    const field = formFields.find((f) => f.key === item.code);
    return field ? pickLanguage(field.label, locale) : item.code;
  };
  const groupLabel = (code: string | null) => (code ? t('department', { department: department(code) }) : t('window'));
  return (
    <section
      aria-labelledby={`notice-${notice.id}`}
      className="flex flex-col gap-3 rounded-lg border border-warning bg-warning/10 p-4"
    >
      <h3 id={`notice-${notice.id}`} className="flex items-center gap-2 font-semibold">
        <FileWarning className="size-5 shrink-0" aria-hidden />
        {revision ? t('revisionHeading') : t('heading')}
      </h3>
      <p className="text-sm">
        {t(revision ? 'revisionIntro' : 'intro', { date: format.dateTime(new Date(notice.issuedAt), { dateStyle: 'long' }) })}
      </p>
      {groups.map((group) => (
        <div key={group.department ?? ''} className="flex flex-col gap-2">
          {revision ? <h4 className="text-sm font-semibold">{groupLabel(group.department)}</h4> : null}
          <ol className="flex list-decimal flex-col gap-2 pl-5 text-sm">
            {group.items.map(({ item, number }) => (
              <li key={number} value={number}>
                <span className="font-medium">
                  {t('itemLabel', { kind: item.kind === 'material' ? t('material') : t('field'), name: name(item) })}
                </span>
                <span className="block">{wording.reason(item)}</span>
                {item.note ? <span className="block text-muted-foreground">{t('note', { note: item.note })}</span> : null}
              </li>
            ))}
          </ol>
        </div>
      ))}
      {withAction ? (
        <div>
          <Button asChild>
            <Link href={`/my/cases/${caseId}/edit`}>{revision ? t('revisionAction') : t('action')}</Link>
          </Button>
        </div>
      ) : null}
    </section>
  );
}
