import { getLocale, getTranslations } from 'next-intl/server';
import { answerField, FormAnswer, isAnswered } from '@/components/case/form-answer';
import type { CaseDetail } from '@/lib/data/case-detail';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

/** The answers to the item's form, labelled in the reader's language, and who to contact. */
export async function CaseAnswers({ detail }: { detail: CaseDetail }) {
  const [t, tc, locale] = await Promise.all([
    getTranslations('desk.case.form'),
    getTranslations('desk.case.contact'),
    getLocale() as Promise<Locale>,
  ]);
  const contact = detail.contact;
  return (
    <div className="grid gap-6 md:grid-cols-[2fr_1fr]">
      <section aria-labelledby="case-form" className="flex flex-col gap-3">
        <h2 id="case-form" className="text-lg font-semibold">
          {t('heading')}
        </h2>
        {detail.formFields.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t('none')}</p>
        ) : (
          <dl className="grid gap-x-4 gap-y-3 rounded-lg border bg-card p-4 text-sm sm:grid-cols-[minmax(8rem,auto)_1fr]">
            {/* A field asked only in some cases (the statement on similar names) shows with that case. */}
            {detail.formFields
              .filter((field) => !field.onlyWhen)
              .map((field) => {
                const value = detail.formData[field.key];
                return (
                  <div key={field.key} className="contents">
                    <dt className="text-muted-foreground">{pickLanguage(field.label, locale)}</dt>
                    <dd>
                      {isAnswered(value) ? (
                        <FormAnswer field={answerField(field, locale)} value={value} />
                      ) : (
                        <span className="text-muted-foreground">{t('empty')}</span>
                      )}
                    </dd>
                  </div>
                );
              })}
          </dl>
        )}
      </section>
      <section aria-labelledby="case-contact" className="flex flex-col gap-3">
        <h2 id="case-contact" className="text-lg font-semibold">
          {tc('heading')}
        </h2>
        {contact ? (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-lg border bg-card p-4 text-sm">
            <dt className="text-muted-foreground">{tc('name')}</dt>
            <dd>{contact.name || '—'}</dd>
            <dt className="text-muted-foreground">{tc('phone')}</dt>
            <dd>
              {contact.phone ? (
                <a href={`tel:${contact.phone}`} className="text-primary hover:underline">
                  {contact.phone}
                </a>
              ) : (
                '—'
              )}
            </dd>
            <dt className="text-muted-foreground">{tc('email')}</dt>
            <dd className="break-all">
              {contact.email ? (
                <a href={`mailto:${contact.email}`} className="text-primary hover:underline">
                  {contact.email}
                </a>
              ) : (
                '—'
              )}
            </dd>
          </dl>
        ) : (
          <p className="text-sm text-muted-foreground">{tc('none')}</p>
        )}
      </section>
    </div>
  );
}
