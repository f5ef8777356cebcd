/**
 * The rules of a new business licence application that span several answers (DESIGN §6):
 * who may hold shares in which enterprise type, contributions that add up to the registered
 * capital, corporate shareholders' credit codes checked softly, the name's organisational
 * form against the enterprise type, and the operating term as a licence prints it. Pure;
 * errors are `validation` catalogue keys by answer path ('shareholders.1.idNumber').
 */
import { checkCreditCodeSoftly } from './credit-code';

export const ENTERPRISE_TYPES = ['llc', 'llc-sole', 'joint-stock'] as const;
export type EnterpriseType = (typeof ENTERPRISE_TYPES)[number];

/**
 * The entity-type character of the credit code (GB 32100, under market regulation '9') for each
 * enterprise type: every company is an enterprise ('1'); individual businesses ('2') and
 * farmers' cooperatives ('3') are registered through other items.
 */
export const CREDIT_CODE_ENTITY_TYPE: Record<EnterpriseType, '1' | '2' | '3'> = {
  llc: '1',
  'llc-sole': '1',
  'joint-stock': '1',
};

export const SHAREHOLDER_KINDS = ['person', 'corporate'] as const;
export type ShareholderKind = (typeof SHAREHOLDER_KINDS)[number];

export type Shareholder = {
  kind: ShareholderKind;
  name: string;
  /** A person's identity document number; a corporate shareholder's unified social credit code. */
  idNumber: string;
  /** Subscribed contribution in 10,000 yuan. */
  contribution: number;
  /** Why a corporate code that fails its checksum is right all the same (codes issued before 2016). */
  overrideReason?: string;
};

/**
 * How many shareholders each type may have (Company Law 2023: an LLC has at most 50, a company
 * limited by shares at most 200 promoters) and whether they must be natural persons.
 */
export const SHAREHOLDER_RULES: Record<EnterpriseType, { min: number; max: number; personsOnly: boolean }> = {
  llc: { min: 1, max: 50, personsOnly: false },
  'llc-sole': { min: 1, max: 1, personsOnly: true },
  'joint-stock': { min: 1, max: 200, personsOnly: false },
};

/** Contributions are compared in yuan, so that 0.1 + 0.2 万元 adds up to 0.3 万元. */
const inYuan = (tenThousands: number) => Math.round(tenThousands * 10_000);

export function contributionTotal(shareholders: readonly Pick<Shareholder, 'contribution'>[]): number {
  return shareholders.reduce((sum, s) => sum + inYuan(s.contribution), 0) / 10_000;
}

/**
 * A corporate shareholder's code, checked softly: 'format' when it cannot be a credit code at
 * all (length, alphabet) — always an error; 'checksum' when a check fails — a warning the
 * applicant may override with a reason; null when it is valid.
 */
export function shareholderCodeProblem(code: string): 'format' | 'checksum' | null {
  const check = checkCreditCodeSoftly(code);
  if (check.valid) return null;
  return check.reason === 'length' || check.reason === 'alphabet' ? 'format' : 'checksum';
}

/** Errors across the shareholders, by answer path; empty when they may be submitted. */
export function shareholderErrors(
  enterpriseType: EnterpriseType | undefined,
  registeredCapital: number | undefined,
  shareholders: readonly Shareholder[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  shareholders.forEach((s, i) => {
    if (s.kind !== 'corporate') return;
    const problem = shareholderCodeProblem(s.idNumber);
    if (problem === 'format') errors[`shareholders.${i}.idNumber`] = 'creditCodeFormat';
    else if (problem === 'checksum' && !s.overrideReason?.trim())
      errors[`shareholders.${i}.overrideReason`] = 'creditCodeChecksum';
  });
  if (enterpriseType) {
    const rule = SHAREHOLDER_RULES[enterpriseType];
    if (shareholders.length < rule.min || shareholders.length > rule.max)
      errors.shareholders = `shareholderCount.${enterpriseType}`;
    else if (rule.personsOnly && shareholders.some((s) => s.kind !== 'person')) errors.shareholders = 'shareholderPersonsOnly';
  }
  if (
    !errors.shareholders &&
    registeredCapital !== undefined &&
    inYuan(contributionTotal(shareholders)) !== inYuan(registeredCapital)
  ) {
    errors.shareholders = 'contributionsSum';
  }
  return errors;
}

/** Whether a full enterprise name ends in the organisational form its enterprise type requires. */
export function organisationFormFits(enterpriseType: EnterpriseType, enterpriseName: string): boolean {
  const name = enterpriseName.trim();
  if (enterpriseType === 'joint-stock') return name.endsWith('股份有限公司');
  return !name.endsWith('股份有限公司') && (name.endsWith('有限公司') || name.endsWith('有限责任公司'));
}

/** The operating terms an application may choose: 'long' (长期) or a number of years. */
export const OPERATING_TERMS = ['long', '10', '20', '30', '50'] as const;
export type OperatingTerm = (typeof OPERATING_TERMS)[number];

const printedDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${y}年${m}月${d}日`;
};

/**
 * The term as a licence prints it: '长期', or from the day of establishment to the day before
 * the same date so many years later ('2026年11月27日至2046年11月26日').
 */
export function operatingTermText(term: OperatingTerm, establishedOn: string): string {
  if (term === 'long') return '长期';
  const [y, m, d] = establishedOn.split('-').map(Number);
  const end = new Date(Date.UTC(y + Number(term), m - 1, d - 1));
  return `${printedDate(establishedOn)}至${printedDate(end.toISOString().slice(0, 10))}`;
}
