import type { FormField } from '@/lib/domain/application-forms';
import type { ContactAnswers } from '@/lib/validation/application-answers';

/** A form field with its wording already in the page's language. */
export type WizardField = {
  key: string;
  label: string;
  type: FormField['type'];
  required: boolean;
  options: { value: string; label: string }[];
  min?: number;
  max?: number;
  hint?: string;
  /** Why the open supplement notice flags this field, when it does. */
  flag?: string;
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
};

export type WizardValues = { contact: ContactAnswers; formData: Record<string, string> };

export const WIZARD_STEPS = ['contact', 'form', 'materials', 'review'] as const;
export type WizardStep = 1 | 2 | 3 | 4;

export function parseStep(raw: string | null | undefined): WizardStep {
  const n = Number(raw);
  return n === 2 || n === 3 || n === 4 ? n : 1;
}
