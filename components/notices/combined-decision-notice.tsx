import { getTranslations } from 'next-intl/server';
import { collectConditions } from '@/lib/domain/combined-review';
import { PARAGRAPH, TABLE, type NoticeContext } from './notice-context';
import { NoticeTableHead } from './notice-table-head';

/** What the decision sentences say besides the common values: the date the outcome was decided. */
function decided(ctx: NoticeContext) {
  return ctx.detail.decidedAt ? ctx.day(ctx.detail.decidedAt) : '—';
}

/**
 * 联合审批准予许可决定书: the one decision of a combined approval (DESIGN §7), listing every
 * department's review with its conclusion, opinion and conditions, then every condition the
 * applicant must keep, each with the department that set it.
 */
export async function DecisionNoticeBody({ ctx }: { ctx: NoticeContext }) {
  const [t, tc] = await Promise.all([getTranslations('notices.decision'), getTranslations('case')]);
  const { tasks } = ctx.detail;
  const conditions = collectConditions(tasks.map((task) => ({ ...task, departmentCode: task.department.code })));
  return (
    <>
      <p className={PARAGRAPH}>{t('body', { ...ctx.common, count: tasks.length, decided: decided(ctx) })}</p>
      <table className={TABLE}>
        <NoticeTableHead
          index={t('columns.index')}
          columns={[t('columns.department'), t('columns.task'), t('columns.decision'), t('columns.opinion')]}
        />
        <tbody>
          {tasks.map((task, i) => (
            <tr key={task.id}>
              <td className="text-center">{i + 1}</td>
              <td>{ctx.department(task.department.code)}</td>
              <td>{ctx.text(task.task)}</td>
              <td className="whitespace-nowrap">{tc(`taskDecisions.${task.decision}`)}</td>
              <td>
                {task.opinion ? <span className="block whitespace-pre-line">{task.opinion}</span> : null}
                {task.conditions.length ? (
                  <ol className="list-decimal pl-5">
                    {task.conditions.map((c, j) => (
                      <li key={j}>{c}</li>
                    ))}
                  </ol>
                ) : null}
                {!task.opinion && !task.conditions.length ? '—' : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {conditions.length ? (
        <section className="break-inside-avoid">
          <h2 className="font-bold">{t('conditionsTitle')}</h2>
          <p className={PARAGRAPH}>{t('conditionsIntro')}</p>
          <ol className="list-decimal pl-[4em]">
            {conditions.map((c, i) => (
              <li key={i}>{t('conditionItem', { condition: c.condition, department: ctx.department(c.department) })}</li>
            ))}
          </ol>
        </section>
      ) : null}
      <p className={PARAGRAPH}>{t('closing')}</p>
      {ctx.detail.state === 'revoked' ? <p className={PARAGRAPH}>{t('revoked')}</p> : null}
    </>
  );
}

/**
 * 联合审批不予许可决定书: the department(s) whose denial ended the combined approval, a veto
 * marked as such, with their reasons; the reviews the veto closed; the applicant's remedies.
 */
export async function DenialNoticeBody({ ctx }: { ctx: NoticeContext }) {
  const t = await getTranslations('notices.denial');
  const { tasks } = ctx.detail;
  const denying = tasks.filter((task) => task.decision === 'denied');
  const cancelled = tasks.filter((task) => task.decision === 'cancelled');
  return (
    <>
      <p className={PARAGRAPH}>{t('body', { ...ctx.common, decided: decided(ctx) })}</p>
      <table className={TABLE}>
        <NoticeTableHead index={t('columns.index')} columns={[t('columns.department'), t('columns.task'), t('columns.reason')]} />
        <tbody>
          {denying.map((task, i) => (
            <tr key={task.id}>
              <td className="text-center">{i + 1}</td>
              <td>
                {ctx.department(task.department.code)}
                {task.veto ? <span className="font-bold">{t('veto')}</span> : null}
              </td>
              <td>{ctx.text(task.task)}</td>
              <td className="whitespace-pre-line">{task.opinion?.trim() || t('reasonMissing')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {cancelled.length ? (
        <>
          <p className={PARAGRAPH}>{t('cancelled')}</p>
          <ul className="list-disc pl-[4em]">
            {cancelled.map((task) => (
              <li key={task.id}>{ctx.department(task.department.code)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className={PARAGRAPH}>{t('remedy')}</p>
    </>
  );
}
