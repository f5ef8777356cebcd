import { getTranslations } from 'next-intl/server';
import { waiverCitations } from '@/components/projects/waiver-citation';
import { PARAGRAPH, type NoticeContext } from './notice-context';

/**
 * 受理通知书: the case is accepted; both time limits and the promised completion date, and the
 * materials regional assessments waived, each with the assessment cited.
 */
export async function AcceptanceNoticeBody({ ctx }: { ctx: NoticeContext }) {
  const [t, cite] = await Promise.all([getTranslations('notices.acceptance'), waiverCitations()]);
  const { detail } = ctx;
  const waived = detail.materials.filter((m) => m.waivedBy);
  const tolerated = detail.obligations.some((o) => o.kind === 'tolerance');
  // The deadlines recorded at acceptance (moved on resumption); the live clocks only fill gaps.
  const clocks = detail.clocks.phase === 'running' || detail.clocks.phase === 'closed' ? detail.clocks : null;
  const legalDeadline = detail.legalDeadline ?? clocks?.legal.deadline ?? null;
  const serviceDeadline = detail.serviceDeadline ?? clocks?.service.deadline ?? null;
  const provisional = !!(clocks?.legal.provisional || clocks?.service.provisional);
  return (
    <>
      <p className={PARAGRAPH}>{t(tolerated ? 'bodyTolerance' : 'body', ctx.common)}</p>
      {legalDeadline && serviceDeadline ? (
        <p className={PARAGRAPH}>
          {t('limits', {
            statutory: detail.service.statutoryDays,
            promised: detail.service.promisedDays,
            legalDeadline: ctx.zoneDay(legalDeadline),
            serviceDeadline: ctx.zoneDay(serviceDeadline),
          })}
        </p>
      ) : null}
      {waived.length > 0 ? (
        <>
          <p className={PARAGRAPH}>{t('waived')}</p>
          <ol className="list-decimal pl-[4em]">
            {waived.map((m) => (
              <li key={m.code}>
                {ctx.text(m.name)}：{cite(m.waivedBy!)}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p className={PARAGRAPH}>{t('clockNote')}</p>
      {provisional ? <p className={PARAGRAPH}>{t('provisional')}</p> : null}
      <p className={PARAGRAPH}>{t('closing')}</p>
    </>
  );
}
