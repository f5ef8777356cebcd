import { getTranslations } from 'next-intl/server';
import { itemsByDepartment } from '@/lib/domain/combined-review';
import { SUPPLEMENT_REASONS } from '@/lib/validation/case';
import { PARAGRAPH, TABLE, type NoticeContext } from './notice-context';
import { NoticeTableHead } from './notice-table-head';

type Notice = NoticeContext['detail']['notices'][number];

/**
 * 一次性告知书: every item of one supplement notice, numbered, with its reason in words, and
 * the instruction to supplement everything in one resubmission. A combined case's merged
 * revision notice (`fromReview`) lists the items under the department that asked for them.
 */
export async function SupplementNoticeBody({ ctx, notice }: { ctx: NoticeContext; notice: Notice }) {
  const [t, tr] = await Promise.all([getTranslations('notices.supplement'), getTranslations('notices.reasons')]);
  const { detail } = ctx;
  const fieldLabel = new Map(detail.formFields.map((f) => [f.key, f.label]));
  const itemName = (item: Notice['items'][number]) => {
    const name = item.kind === 'material' ? item.name : (fieldLabel.get(item.code) ?? null);
    return name ? ctx.text(name) : item.code;
  };
  const revision = notice.fromReview;
  const groups = itemsByDepartment(
    notice.items,
    detail.tasks.map((task) => task.department.code),
  );
  const reason = (code: string) =>
    (SUPPLEMENT_REASONS as readonly string[]).includes(code) ? tr(code as (typeof SUPPLEMENT_REASONS)[number]) : code;

  return (
    <>
      <p className={PARAGRAPH}>{t(revision ? 'bodyRevision' : 'body', ctx.common)}</p>
      <table className={TABLE}>
        <NoticeTableHead index={t('columns.index')} columns={[t('columns.item'), t('columns.reason'), t('columns.note')]} />
        {groups.map((group) => (
          <tbody key={group.department ?? ''}>
            {revision ? (
              <tr>
                <th scope="rowgroup" colSpan={4} className="text-left">
                  {group.department ? t('departmentRow', { department: ctx.department(group.department) }) : t('windowRow')}
                </th>
              </tr>
            ) : null}
            {group.items.map(({ item, number }) => (
              <tr key={number}>
                <td className="text-center">{number}</td>
                <td>
                  {itemName(item)}
                  <span className="block text-xs text-neutral-600">{t(`kinds.${item.kind}`)}</span>
                </td>
                <td>{reason(item.reason)}</td>
                <td>{item.note || '—'}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <p className={PARAGRAPH}>{t(revision ? 'instructionRevision' : 'instruction')}</p>
      {notice.answeredAt ? <p className={PARAGRAPH}>{t('answered', { date: ctx.day(notice.answeredAt) })}</p> : null}
    </>
  );
}
