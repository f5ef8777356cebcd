import type { FormField } from '@/lib/domain/application-forms';
import type { ContactAnswers } from '@/lib/validation/application-answers';

/** A form field with its wording already in the page's language. */
export type WizardField = {
  key: string;
  label: string;
  type: FormField['type'];
  required: boolean;
  /** `tag`: a short note beside the choice ('许可项目'). For a reservedName field, the names the enterprise holds. */
  options: { value: string; label: string; tag?: string }[];
  min?: number;
  max?: number;
  maxItems?: number;
  hint?: string;
  /** Why the open supplement notice flags this field, when it does. */
  flag?: string;
  onlyWhen?: FormField['onlyWhen'];
};

export type WizardMaterial = {
  code: string;
  name: string;
  required: boolean;
  core: boolean;
  /** The e-licence that can stand in for it (免提交), by name. */
  eLicenceName: string | null;
  maxSizeMb: number;
  current: { fileId: string; name: string; size: number; version: number } | null;
  earlierVersions: number;
  flag?: string;
  /** A licence in the enterprise's wallet that satisfies this material (免提交), if any. */
  wallet: { creditCode: string; name: string } | null;
  /** The credit code of the licence attached from the wallet, when that is the current version. */
  fromWallet: string | null;
  /** Waived by a regional assessment covering the project's parcel: the citation, in the page's language. */
  waiver: string | null;
};

/** A shareholder row as typed: every input is text until the shared schema parses it. */
export type ShareholderDraft = { kind: string; name: string; idNumber: string; contribution: string; overrideReason: string };
/** An answer as the wizard holds it: text, the choices of a multiselect, or the shareholder rows. */
export type FormAnswer = string | string[] | ShareholderDraft[];

export type WizardValues = { contact: ContactAnswers; formData: Record<string, FormAnswer> };

export const EMPTY_SHAREHOLDER: ShareholderDraft = {
  kind: 'person',
  name: '',
  idNumber: '',
  contribution: '',
  overrideReason: '',
};

/** A stored draft's answers in the wizard's shapes: lists stay lists, everything else becomes text. */
export function draftAnswers(fields: readonly Pick<WizardField, 'key' | 'type'>[], stored: Record<string, unknown>) {
  const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  const rows = (value: unknown) => (Array.isArray(value) ? value : []) as Record<string, unknown>[];
  return Object.fromEntries(
    fields.map((f): [string, FormAnswer] => {
      const value = stored[f.key];
      if (f.type === 'multiselect') return [f.key, rows(value).map(text)];
      if (f.type === 'shareholders') {
        return [
          f.key,
          rows(value).map((r) => ({
            kind: text(r.kind) || 'person',
            name: text(r.name),
            idNumber: text(r.idNumber),
            contribution: text(r.contribution),
            overrideReason: text(r.overrideReason),
          })),
        ];
      }
      return [f.key, text(value)];
    }),
  );
}

export const WIZARD_STEPS = ['contact', 'form', 'materials', 'review'] as const;
export type WizardStep = 1 | 2 | 3 | 4;

export function parseStep(raw: string | null | undefined): WizardStep {
  const n = Number(raw);
  return n === 2 || n === 3 || n === 4 ? n : 1;
}
