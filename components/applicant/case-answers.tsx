import { getLocale, getTranslations } from 'next-intl/server';
import { FileText } from 'lucide-react';
import Link from 'next/link';
import { answerField, FormAnswer, isAnswered } from '@/components/case/form-answer';
import type { CaseDetail } from '@/lib/data/case-detail';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

/** What was filed: the contact, the form's answers and the current version of each material. */
export async function CaseAnswers({ detail }: { detail: CaseDetail }) {
  const [t, locale] = await Promise.all([getTranslations('applicant.caseView'), getLocale() as Promise<Locale>]);
  return (
    <section aria-labelledby="case-answers" className="flex flex-col gap-4 rounded-lg border bg-card p-4">
      <h2 id="case-answers" className="text-lg font-semibold">
        {t('answers.heading')}
      </h2>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <div className="contents">
          <dt className="text-muted-foreground">{t('answers.contact')}</dt>
          <dd>
            {detail.contact
              ? t('answers.contactValue', { name: detail.contact.name, phone: detail.contact.phone })
              : t('answers.notAnswered')}
            {detail.contact?.email ? <span className="block text-muted-foreground">{detail.contact.email}</span> : null}
          </dd>
        </div>
        {detail.formFields.map((f) => {
          const value = detail.formData[f.key];
          if (f.onlyWhen && !isAnswered(value)) return null;
          return (
            <div key={f.key} className="contents">
              <dt className="text-muted-foreground">{pickLanguage(f.label, locale)}</dt>
              <dd>
                {isAnswered(value) ? (
                  <FormAnswer field={answerField(f, locale)} value={value} />
                ) : (
                  <span className="text-muted-foreground">{t('answers.notAnswered')}</span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {detail.materials.length > 0 ? (
        <>
          <h3 className="font-semibold">{t('materials.heading')}</h3>
          <ul className="flex flex-col gap-2 text-sm">
            {detail.materials.map((m) => {
              const current = m.versions.find((v) => v.current);
              return (
                <li key={m.code} className="flex flex-col gap-0.5 sm:flex-row sm:justify-between sm:gap-4">
                  <span className="flex flex-col gap-0.5">
                    {pickLanguage(m.name, locale)}
                    {m.drawingSet && current && (
                      <Link href={`/cases/${detail.id}/drawings`} className="text-primary hover:underline">
                        {t('materials.drawingReview')}
                      </Link>
                    )}
                  </span>
                  {current?.fileId ? (
                    <a
                      href={`/api/files/${current.fileId}`}
                      target="_blank"
                      rel="noopener noreferrer"
                      className="inline-flex items-center gap-1 text-primary hover:underline"
                    >
                      <FileText className="size-4" aria-hidden />
                      {t('materials.current', { name: current.name ?? '', version: current.version })}
                    </a>
                  ) : current ? (
                    <span className="text-muted-foreground">{t('materials.wallet')}</span>
                  ) : (
                    <span className="text-muted-foreground">{t('materials.notUploaded')}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
