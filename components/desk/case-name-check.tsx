import { getTranslations } from 'next-intl/server';
import { NameCheckFindings, VerdictBanner } from '@/components/names/name-check-result';
import { toApiNameCheck } from '@/lib/api/names-schemas';
import type { Viewer } from '@/lib/auth/permissions';
import type { CaseDetail } from '@/lib/data/case-detail';
import { checkEnterpriseName } from '@/lib/data/names';
import { composeName, namePartsOfAnswers } from '@/lib/domain/names';
import { OPEN_STATES, type CaseState } from '@/lib/domain/workflow';

/** Until the decision the window weighs the name against the register as it is now; an approval reserves it. */
const UNDECIDED: readonly CaseState[] = OPEN_STATES.filter((s) => s !== 'approved');

/**
 * What the window decides a name-reservation case on (DESIGN §5): the proposed name, its
 * verdict with every finding and the nearest existing names, and beside them the applicant's
 * statement of why a similar name will not be confused. Renders nothing for other items.
 */
export async function CaseNameCheck({ detail, viewer }: { detail: CaseDetail; viewer: Viewer }) {
  if (detail.service.formKey !== 'name-reservation') return null;
  const t = await getTranslations('desk.case.nameCheck');
  const parts = namePartsOfAnswers(detail.formData);
  const result = UNDECIDED.includes(detail.state) ? toApiNameCheck(await checkEnterpriseName(viewer, parts)) : null;
  const statement = typeof detail.formData.similarStatement === 'string' ? detail.formData.similarStatement.trim() : '';
  return (
    <section aria-labelledby="case-name-check" className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 id="case-name-check" className="text-lg font-semibold">
          {t('heading')}
        </h2>
        <p className="text-xl font-bold break-all">{composeName(parts)}</p>
      </div>
      {result ? (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-muted-foreground">{t('current')}</p>
          <VerdictBanner verdict={result.verdict} />
          <NameCheckFindings result={result} />
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">{t('decided')}</p>
      )}
      <div className="flex flex-col gap-2">
        <h3 className="font-semibold">{t('statement')}</h3>
        {statement ? (
          <p className="rounded-md border bg-card px-3 py-2 text-sm whitespace-pre-wrap" data-testid="similar-statement">
            {statement}
          </p>
        ) : (
          <p className="text-sm text-muted-foreground">{t('noStatement')}</p>
        )}
      </div>
    </section>
  );
}
