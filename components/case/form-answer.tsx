import { useFormatter, useTranslations } from 'next-intl';
import { shareholderCodeProblem } from '@/lib/domain/establishment';
import { isBlankAnswer, type FormField } from '@/lib/domain/application-forms';
import { pickLanguage, type Locale } from '@/lib/i18n/config';

export type AnswerField = { type: FormField['type']; options: { value: string; label: string }[] };

/** A form field's definition with its choices in the reader's language. */
export function answerField(field: FormField, locale: Locale): AnswerField {
  return {
    type: field.type,
    options: (field.options ?? []).map((o) => ({ value: o.value, label: pickLanguage(o.label, locale) })),
  };
}

/** Whether an answer was given at all: the pages show "not answered" in their own words otherwise. */
export function isAnswered(value: unknown): boolean {
  return !isBlankAnswer(value);
}

/**
 * One answer of an application's form as the applicant, the review step and the window read
 * it: a choice by its label, a number formatted, a list of choices as a list, shareholders with
 * their contributions (and the reason given for a credit code that fails its checksum).
 */
export function FormAnswer({ field, value }: { field: AnswerField; value: unknown }) {
  const t = useTranslations('applicant.wizard.shareholders');
  const format = useFormatter();
  const labelOf = (v: unknown) => field.options.find((o) => o.value === v)?.label ?? String(v);
  const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  switch (field.type) {
    case 'select':
    case 'reservedName':
      return <span className="break-words">{labelOf(value)}</span>;
    case 'number':
      return <span>{Number.isFinite(Number(value)) ? format.number(Number(value)) : text(value)}</span>;
    case 'multiselect':
      return (
        <ul className="flex list-disc flex-col gap-0.5 pl-5">
          {(Array.isArray(value) ? value : []).map((v) => (
            <li key={text(v)}>{labelOf(v)}</li>
          ))}
        </ul>
      );
    case 'shareholders':
      return (
        <ul className="flex flex-col gap-2">
          {(Array.isArray(value) ? (value as Record<string, unknown>[]) : []).map((row, i) => {
            const corporate = row.kind === 'corporate';
            const overridden =
              corporate && !!text(row.overrideReason).trim() && shareholderCodeProblem(text(row.idNumber)) === 'checksum';
            return (
              <li key={i} className="flex flex-col">
                <span className="font-medium">
                  {text(row.name)}
                  <span className="ml-2 text-xs font-normal text-muted-foreground">
                    {t(`kinds.${corporate ? 'corporate' : 'person'}`)}
                  </span>
                </span>
                <span className="text-muted-foreground">
                  {corporate ? t('creditCode') : t('idNumber')}: <span className="font-mono">{text(row.idNumber)}</span>
                </span>
                <span>
                  {t('contributionValue', {
                    amount: Number.isFinite(Number(row.contribution))
                      ? format.number(Number(row.contribution))
                      : text(row.contribution),
                  })}
                </span>
                {overridden ? <span className="text-sm">{t('overridden', { reason: text(row.overrideReason) })}</span> : null}
              </li>
            );
          })}
        </ul>
      );
    default:
      return <span className="break-words whitespace-pre-line">{text(value)}</span>;
  }
}
