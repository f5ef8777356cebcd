import { getTranslations } from 'next-intl/server';
import { PARAGRAPH, TABLE, type NoticeContext } from './notice-context';
import { NoticeTableHead } from './notice-table-head';

/**
 * 容缺受理通知书: the tolerated materials with their due dates, the applicant's commitment
 * as recorded, and what happens when a material is not supplied in time (DESIGN §4).
 */
export async function ToleranceNoticeBody({ ctx }: { ctx: NoticeContext }) {
  const t = await getTranslations('notices.tolerance');
  const items = ctx.detail.obligations.filter((o) => o.kind === 'tolerance');
  const commitments = [...new Set(items.map((o) => o.commitment.trim()).filter(Boolean))];
  return (
    <>
      <p className={PARAGRAPH}>{t('body', ctx.common)}</p>
      <table className={TABLE}>
        <NoticeTableHead index={t('columns.index')} columns={[t('columns.material'), t('columns.due'), t('columns.status')]} />
        <tbody>
          {items.map((o, i) => (
            <tr key={o.id}>
              <td className="text-center">{i + 1}</td>
              <td>{o.materialName ? ctx.text(o.materialName) : t('unknownMaterial', { code: o.materialCode ?? '—' })}</td>
              <td>
                <time dateTime={o.dueDate}>{ctx.zoneDay(o.dueDate)}</time>
              </td>
              <td>{t(`status.${o.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="tolerance-commitment" className="break-inside-avoid">
        <h2 id="tolerance-commitment" className="font-bold">
          {t('commitmentTitle')}
        </h2>
        {commitments.length > 0 ? (
          commitments.map((c, i) => (
            <blockquote key={i} className={`${PARAGRAPH} whitespace-pre-line`}>
              {c}
            </blockquote>
          ))
        ) : (
          <p className={PARAGRAPH}>{t('commitmentDefault')}</p>
        )}
      </section>
      <section aria-labelledby="tolerance-consequences" className="break-inside-avoid">
        <h2 id="tolerance-consequences" className="font-bold">
          {t('consequencesTitle')}
        </h2>
        <p className={PARAGRAPH}>{t('consequences')}</p>
      </section>
    </>
  );
}
