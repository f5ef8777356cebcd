/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015), DESIGN §6. Pure: no database.
 *
 * Layout of the 18 characters (alphabet `0-9 A-H J-N P-R T U W-Y`, no I O Z S V):
 *   1      registration authority (登记管理部门), e.g. '9' market regulation / industry & commerce
 *   2      entity type within that authority (机构类别), e.g. '1' enterprise
 *   3–8    6-digit administrative region code (e.g. 411000 许昌市)
 *   9–17   organisation code (GB 11714-1997): 8 body characters + its own check character
 *   18     check character over positions 1–17: weights 3^(i-1) mod 31, C18 = 31 − (Σ mod 31), 31 → 0
 *
 * The organisation code check uses GB 11714 values (digits 0–9, A=10 … Z=35 — *not* the index in
 * the USCC alphabet), weights [3,7,9,10,5,8,4,2], C9 = 11 − (Σ mod 11), 10 → 'X', 11 → '0'.
 *
 * Input handling: the validators (`isValidCreditCode`, `checkCreditCodeSoftly`) normalise with
 * `normaliseCreditCode` (trim + upper-case), because people type codes in lower case and paste them
 * with stray spaces. `creditCodeCheckChar` and `organisationCodeCheckChar` are strict and throw a
 * RangeError on anything outside their alphabet, lower case included.
 */

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Region code of the zone's city, 许昌市 (the ETDZ itself may use 411071). */
export const ZONE_REGION_CODE = '411000';

/** 3^(i-1) mod 31 for positions 1–17. */
export const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

const ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const ORGANISATION_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'; // GB 11714 values 0–35

/**
 * Registration authorities and the entity types each may issue (GB 32100-2015 table, with the later
 * additions A — military reform & establishment office — and N — agriculture, rural collectives).
 */
export const CREDIT_CODE_CATEGORIES: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 群众团体, 其他
  '2': '19', // 外交
  '3': '123459', // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
  '4': '19', // 文化
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游
  '7': '129', // 宗教
  '8': '19', // 工会
  '9': '123', // 工商/市场监管: 企业, 个体工商户, 农民专业合作社
  A: '19', // 中央军委改革和编制办公室
  N: '1239', // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
  Y: '1', // 其他
};

export type CreditCodeCheck =
  { valid: true } | { valid: false; reason: 'length' | 'alphabet' | 'category' | 'organisationCheck' | 'checkChar' };

/** Trim and upper-case; what the validators compare. */
export function normaliseCreditCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The final (18th) check character for the first 17 characters. Throws RangeError on bad input. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError(`credit code body must be 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]);
    if (value < 0) throw new RangeError(`illegal credit code character ${JSON.stringify(first17[i])} at position ${i + 1}`);
    sum += value * CREDIT_CODE_WEIGHTS[i];
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** GB 11714 check character ('0'–'9' or 'X') for an 8-character organisation code body (0-9, A-Z). */
export function organisationCodeCheckChar(body8: string): string {
  if (body8.length !== 8) throw new RangeError(`organisation code body must be 8 characters, got ${body8.length}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const value = ORGANISATION_ALPHABET.indexOf(body8[i]);
    if (value < 0) throw new RangeError(`illegal organisation code character ${JSON.stringify(body8[i])} at position ${i + 1}`);
    sum += value * ORGANISATION_WEIGHTS[i];
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * Soft validation, for codes a user types (a corporate shareholder's, say): some real codes issued
 * before 2016 fail a checksum, so callers warn on `valid: false` and may accept an override with a
 * reason. Checks in order: length, alphabet, authority/type category, organisation check, final check.
 */
export function checkCreditCodeSoftly(code: string): CreditCodeCheck {
  const c = normaliseCreditCode(code);
  if (c.length !== 18) return { valid: false, reason: 'length' };
  for (const ch of c) if (!CREDIT_CODE_ALPHABET.includes(ch)) return { valid: false, reason: 'alphabet' };
  if (!CREDIT_CODE_CATEGORIES[c[0]]?.includes(c[1])) return { valid: false, reason: 'category' };
  if (organisationCodeCheckChar(c.slice(8, 16)) !== c[16]) return { valid: false, reason: 'organisationCheck' };
  if (creditCodeCheckChar(c.slice(0, 17)) !== c[17]) return { valid: false, reason: 'checkChar' };
  return { valid: true };
}

/** Strict validation (after trim + upper-case): every rule of `checkCreditCodeSoftly` must pass. */
export function isValidCreditCode(code: string): boolean {
  return checkCreditCodeSoftly(code).valid;
}

export type MakeCreditCodeInput = {
  authority: '9';
  /** 1 enterprise, 2 individual business (个体工商户), 3 farmers' cooperative. */
  type: '1' | '2' | '3';
  /** 6-digit region code, normally ZONE_REGION_CODE. */
  region: string;
  /** Non-negative integer below MAX_CREDIT_CODE_SEQUENCE, unique per issued code (a DB sequence). */
  sequence: number;
};

const SEQUENCE_DIGITS = 6;
/** Number of distinct sequences makeCreditCode can encode: 31^6. */
export const MAX_CREDIT_CODE_SEQUENCE = 31 ** SEQUENCE_DIGITS;

/**
 * Build a code deterministically. Organisation code scheme: 'MA' (like real market-registration codes)
 * + the sequence as 6 base-31 digits in the USCC alphabet, zero-padded ('0' … 'Y'), + its GB 11714
 * check character; then the final check character. Distinct (type, region, sequence) give distinct
 * codes. Pure: uniqueness under concurrency comes from the database sequence / unique index.
 */
export function makeCreditCode({ authority, type, region, sequence }: MakeCreditCodeInput): string {
  if (!CREDIT_CODE_CATEGORIES[authority]?.includes(type)) throw new RangeError(`invalid authority/type ${authority}${type}`);
  if (!/^\d{6}$/.test(region)) throw new RangeError(`region must be 6 digits, got ${JSON.stringify(region)}`);
  if (!Number.isSafeInteger(sequence) || sequence < 0 || sequence >= MAX_CREDIT_CODE_SEQUENCE) {
    throw new RangeError(`sequence must be an integer in [0, ${MAX_CREDIT_CODE_SEQUENCE}), got ${sequence}`);
  }
  let digits = '';
  for (let n = sequence, i = 0; i < SEQUENCE_DIGITS; i++, n = Math.floor(n / 31)) digits = CREDIT_CODE_ALPHABET[n % 31] + digits;
  const body8 = `MA${digits}`;
  const first17 = `${authority}${type}${region}${body8}${organisationCodeCheckChar(body8)}`;
  return first17 + creditCodeCheckChar(first17);
}
