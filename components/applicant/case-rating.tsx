import { getFormatter, getTranslations } from 'next-intl/server';
import { RatingStars } from '@/components/ratings/rating-stars';
import { FactList } from '@/components/ui/fact-list';
import type { getCaseRating } from '@/lib/data/ratings';
import { FollowUpReplyForm } from './follow-up-reply-form';
import { RatingForm } from './rating-form';

type CaseRatingView = Awaited<ReturnType<typeof getCaseRating>>;

/**
 * 好差评 on the applicant's case page, once the case has ended: the form, or the rating given
 * (changeable within the day), then the follow-up of a bad one with the reply to its result.
 */
export async function CaseRating({ caseId, view }: { caseId: string; view: CaseRatingView }) {
  if (!view.ratable) return null;
  const [t, ts, format] = await Promise.all([
    getTranslations('ratings.caseRating'),
    getTranslations('ratings.states'),
    getFormatter(),
  ]);
  const { rating, followUp } = view;
  const dateTime = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="case-rating" className="flex flex-col gap-4 rounded-lg border bg-card p-4">
      <div className="flex flex-col gap-1">
        <h2 id="case-rating" className="text-lg font-semibold">
          {t('heading')}
        </h2>
        {!rating ? <p className="text-sm text-muted-foreground">{t('invite')}</p> : null}
      </div>
      {rating ? (
        <div className="flex flex-col gap-2" data-testid="rating-given">
          <RatingStars score={rating.score} />
          {rating.comment ? <blockquote className="border-l-2 pl-3 text-sm break-words">{rating.comment}</blockquote> : null}
          <p className="text-xs text-muted-foreground">
            {view.canRate
              ? t('editableUntil', { at: dateTime(rating.editableUntil) })
              : t('ratedAt', { at: dateTime(rating.createdAt) })}
          </p>
        </div>
      ) : null}
      {view.canRate ? <RatingForm caseId={caseId} current={rating} /> : null}
      {followUp ? (
        <div className="flex flex-col gap-3 border-t pt-4">
          <h3 className="font-semibold">{t('followUp.heading')}</h3>
          <p className="text-sm text-muted-foreground">
            {t('followUp.status', {
              state: ts(followUp.state),
              due: format.dateTime(new Date(followUp.dueOn), { dateStyle: 'medium' }),
            })}
          </p>
          <FactList
            rows={[
              ...(followUp.callbackAt
                ? [[t('followUp.callback'), `${dateTime(followUp.callbackAt)} · ${followUp.callbackNote ?? ''}`] as const]
                : []),
              ...(followUp.rectification ? [[t('followUp.rectification'), followUp.rectification] as const] : []),
              ...(followUp.result ? [[t('followUp.result'), followUp.result] as const] : []),
              ...(followUp.repliedAt
                ? [
                    [
                      t('followUp.reply'),
                      `${followUp.applicantSatisfied ? t('followUp.satisfied') : t('followUp.notSatisfied')}${followUp.applicantReply ? ` · ${followUp.applicantReply}` : ''}`,
                    ] as const,
                  ]
                : []),
            ]}
          />
          {view.canReply ? <FollowUpReplyForm caseId={caseId} followUpId={followUp.id} version={followUp.version} /> : null}
        </div>
      ) : null}
    </section>
  );
}
