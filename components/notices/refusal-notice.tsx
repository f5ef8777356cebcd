import { getTranslations } from 'next-intl/server';
import { PARAGRAPH, type NoticeContext } from './notice-context';

/** 不予受理通知书: the decision, its reason, and the applicant's remedies. */
export async function RefusalNoticeBody({ ctx }: { ctx: NoticeContext }) {
  const t = await getTranslations('notices.refusal');
  const reason = ctx.detail.refusalReason?.trim();
  return (
    <>
      <p className={PARAGRAPH}>{t('body', ctx.common)}</p>
      <p className={PARAGRAPH}>
        <span className="font-bold">{t('reasonLabel')}</span>
        <span className="whitespace-pre-line">{reason || t('reasonMissing')}</span>
      </p>
      <p className={PARAGRAPH}>{t('remedy')}</p>
    </>
  );
}
