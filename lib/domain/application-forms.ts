/**
 * The form each catalogue item uses (its `formKey`), as data: the wizard renders these
 * fields and the server validates a submission with the same schemas (`answerSchema`) and
 * the form's rules across answers (`FORM_RULES`). Drafts may be incomplete; a submission
 * may not. Pure.
 */
import { z } from 'zod';
import type { Bilingual } from '@/lib/i18n/config';
import { BUSINESS_SCOPE, MAX_SCOPE_ITEMS } from './business-scope';
import {
  organisationFormFits,
  SHAREHOLDER_KINDS,
  shareholderErrors,
  type EnterpriseType,
  type Shareholder,
} from './establishment';

export type FormField = {
  key: string;
  label: Bilingual;
  /**
   * `reservedName`: one of the enterprise's reserved names, offered by the page that renders
   * the form; `multiselect`: several of `options`; `shareholders`: a list of shareholders with
   * their contributions (lib/domain/establishment.ts).
   */
  type: 'text' | 'textarea' | 'number' | 'select' | 'date' | 'reservedName' | 'multiselect' | 'shareholders';
  required: boolean;
  /** `tag`: a short note shown beside the choice. */
  options?: { value: string; label: Bilingual; tag?: Bilingual }[];
  min?: number;
  max?: number;
  /** A number field that takes whole numbers only. */
  integer?: boolean;
  /** The most choices of a multiselect. */
  maxItems?: number;
  hint?: Bilingual;
  /**
   * `similarName`: asked only when the name check finds similar names — shown beside them, and
   * required by the server at submission then (DESIGN §5).
   */
  onlyWhen?: 'similarName';
};

const t = (zh: string, en: string): Bilingual => ({ zh, en });
const opt = (value: string, zh: string, en: string) => ({ value, label: t(zh, en) });

export const APPLICATION_FORMS: Record<string, FormField[]> = {
  'name-reservation': [
    { key: 'region', label: t('行政区划', 'Region'), type: 'text', required: true, hint: t('如：许昌', 'e.g. 许昌') },
    { key: 'tradeName', label: t('字号', 'Trade name'), type: 'text', required: true },
    { key: 'industry', label: t('行业或经营特点', 'Industry'), type: 'text', required: true },
    {
      key: 'organizationForm',
      label: t('组织形式', 'Organisational form'),
      type: 'select',
      required: true,
      options: [
        opt('有限公司', '有限公司', 'Co., Ltd.'),
        opt('有限责任公司', '有限责任公司', 'LLC'),
        opt('股份有限公司', '股份有限公司', 'Company limited by shares'),
      ],
    },
    {
      // A name whose business needs a permit before registration is reserved for 1 year, not 2 months.
      key: 'priorPermit',
      label: t('是否涉及前置审批', 'Prior permit needed'),
      type: 'select',
      required: false,
      options: [opt('no', '否', 'No'), opt('yes', '是', 'Yes')],
      hint: t(
        '涉及前置审批的，名称保留期为1年，否则为2个月',
        'Reserved for 1 year when a prior permit is needed, otherwise 2 months',
      ),
    },
    {
      key: 'similarStatement',
      label: t('近似名称说明', 'Statement on the similar names'),
      type: 'textarea',
      required: false,
      onlyWhen: 'similarName',
      hint: t(
        '已阅读上列近似名称，请说明本名称不会与之混淆的理由（如经营领域、客户不同），窗口审查时一并查看。',
        'You have read the similar names listed above: say why this name will not be confused with them (a different trade, other customers); the window reads it with the verdict.',
      ),
    },
  ],
  establishment: [
    {
      key: 'enterpriseName',
      label: t('企业名称（已保留）', 'Enterprise name (reserved)'),
      type: 'reservedName',
      required: true,
      hint: t('从本企业已保留且在保留期内的名称中选择', 'Choose one of your enterprise’s names still under reservation'),
    },
    {
      key: 'enterpriseType',
      label: t('企业类型', 'Enterprise type'),
      type: 'select',
      required: true,
      options: [
        opt('llc', '有限责任公司', 'Limited liability company'),
        opt('llc-sole', '有限责任公司（自然人独资）', 'Single-shareholder LLC'),
        opt('joint-stock', '股份有限公司', 'Company limited by shares'),
      ],
    },
    {
      key: 'registeredCapital',
      label: t('注册资本（万元）', 'Registered capital (10k yuan)'),
      type: 'number',
      required: true,
      min: 1,
      max: 10_000_000,
      integer: true,
    },
    { key: 'address', label: t('住所', 'Registered address'), type: 'text', required: true },
    { key: 'legalRepresentative', label: t('法定代表人', 'Legal representative'), type: 'text', required: true },
    {
      key: 'shareholders',
      label: t('股东及出资', 'Shareholders and contributions'),
      type: 'shareholders',
      required: true,
      hint: t('各股东认缴出资额之和须等于注册资本', 'The subscribed contributions must add up to the registered capital'),
    },
    {
      key: 'businessScope',
      label: t('经营范围', 'Business scope'),
      type: 'multiselect',
      required: true,
      options: BUSINESS_SCOPE.map((item) => ({
        value: item.code,
        label: item.label,
        tag: item.licensed ? t('许可项目', 'Licensed') : undefined,
      })),
      maxItems: MAX_SCOPE_ITEMS,
      hint: t(
        '从经营范围规范表述目录中选择；许可项目须经批准后方可经营',
        'Choose from the standard list; licensed items need approval before trading',
      ),
    },
    {
      key: 'term',
      label: t('营业期限', 'Operating term'),
      type: 'select',
      required: true,
      options: [
        opt('long', '长期', 'Indefinite'),
        opt('10', '10 年', '10 years'),
        opt('20', '20 年', '20 years'),
        opt('30', '30 年', '30 years'),
        opt('50', '50 年', '50 years'),
      ],
    },
  ],
  // 食品经营许可 (证照分离): what the permit prints, and what the market regulator inspects.
  'food-business': [
    { key: 'premises', label: t('经营场所', 'Premises'), type: 'text', required: true },
    {
      key: 'businessFormat',
      label: t('主体业态', 'Type of operator'),
      type: 'select',
      required: true,
      options: [
        opt('retail', '食品销售经营者', 'Food retailer'),
        opt('catering', '餐饮服务经营者', 'Catering operator'),
        opt('canteen', '单位食堂', 'Staff canteen'),
      ],
    },
    {
      key: 'businessItems',
      label: t('经营项目', 'Business items'),
      type: 'textarea',
      required: true,
      hint: t(
        '如：预包装食品销售（含冷藏冷冻食品）；热食类食品制售',
        'e.g. sale of pre-packaged food (incl. chilled and frozen); hot food',
      ),
    },
    { key: 'personInCharge', label: t('负责人', 'Person in charge'), type: 'text', required: true },
    { key: 'safetyManager', label: t('食品安全管理人员', 'Food safety manager'), type: 'text', required: true },
  ],
  'combined-project': [
    { key: 'projectName', label: t('项目名称', 'Project name'), type: 'text', required: true },
    { key: 'parcel', label: t('建设地块', 'Site parcel'), type: 'text', required: true },
    {
      key: 'investment',
      label: t('总投资（万元）', 'Total investment (10k yuan)'),
      type: 'number',
      required: true,
      min: 1,
      max: 100_000_000,
    },
    {
      key: 'landArea',
      label: t('用地面积（平方米）', 'Land area (m²)'),
      type: 'number',
      required: true,
      min: 1,
      max: 100_000_000,
    },
    {
      key: 'floorArea',
      label: t('建筑面积（平方米）', 'Floor area (m²)'),
      type: 'number',
      required: true,
      min: 1,
      max: 100_000_000,
    },
    {
      key: 'stage',
      label: t('审批阶段', 'Approval stage'),
      type: 'select',
      required: true,
      options: [
        opt('land-planning', '立项用地规划许可', 'Project and land-use planning'),
        opt('construction-planning', '工程建设许可', 'Construction planning permit'),
        opt('construction', '施工许可', 'Construction permit'),
      ],
    },
  ],
};

export function formFieldsFor(formKey: string): FormField[] {
  return APPLICATION_FORMS[formKey] ?? [];
}

/** Not answered: nothing, blank text, or an empty list. */
export const isBlankAnswer = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** A number typed as text or sent as a number; blank is 'required'. */
function numberAnswer(min: number, max: number, integer = false) {
  return z.unknown().transform((value, ctx) => {
    const n = isBlankAnswer(value) ? NaN : Number(typeof value === 'string' ? value.trim() : value);
    const problem = isBlankAnswer(value)
      ? 'required'
      : !Number.isFinite(n)
        ? 'number'
        : integer && !Number.isInteger(n)
          ? 'integer'
          : n < min || n > max
            ? 'outOfRange'
            : null;
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return n;
  });
}

const textAnswer = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });

const shareholderAnswer = z.object({
  kind: z.enum(SHAREHOLDER_KINDS, { error: 'required' }),
  name: textAnswer(100),
  idNumber: textAnswer(40),
  contribution: numberAnswer(0.0001, 10_000_000),
  overrideReason: z.preprocess((v) => (isBlankAnswer(v) ? undefined : v), textAnswer(200).optional()),
});

// Built once per field: the wizard checks the answers on every change and render.
const schemaOf = new WeakMap<FormField, z.ZodType>();

/** The schema one answer must satisfy when given; messages are `validation` catalogue keys. */
export function answerSchema(field: FormField): z.ZodType {
  let schema = schemaOf.get(field);
  if (!schema) schemaOf.set(field, (schema = buildAnswerSchema(field)));
  return schema;
}

function buildAnswerSchema(field: FormField): z.ZodType {
  switch (field.type) {
    case 'number':
      return numberAnswer(field.min ?? 0, field.max ?? Number.MAX_SAFE_INTEGER, field.integer);
    case 'select':
      return z.enum((field.options ?? []).map((o) => o.value) as [string, ...string[]], { error: 'required' });
    case 'multiselect':
      return z
        .array(z.enum((field.options ?? []).map((o) => o.value) as [string, ...string[]], { error: 'required' }), {
          error: 'required',
        })
        .min(1, { error: 'required' })
        .max(field.maxItems ?? 100, { error: 'tooMany' })
        .refine((values) => new Set(values).size === values.length, { error: 'duplicate' });
    case 'shareholders':
      return z.array(shareholderAnswer, { error: 'required' }).min(1, { error: 'required' }).max(200, { error: 'tooMany' });
    case 'date':
      return z.iso.date({ error: 'date' });
    default:
      return textAnswer(field.type === 'textarea' ? 2000 : 200);
  }
}

/**
 * Rules across a form's answers, run on the answers that passed their own schema (parsed);
 * errors by answer path.
 */
export const FORM_RULES: Record<string, (answers: Record<string, unknown>) => Record<string, string>> = {
  establishment: (answers) => {
    const type = answers.enterpriseType as EnterpriseType | undefined;
    const errors: Record<string, string> = {};
    if (type && typeof answers.enterpriseName === 'string' && !organisationFormFits(type, answers.enterpriseName)) {
      errors.enterpriseType = 'organisationFormMismatch';
    }
    if (Array.isArray(answers.shareholders)) {
      Object.assign(
        errors,
        shareholderErrors(type, answers.registeredCapital as number | undefined, answers.shareholders as Shareholder[]),
      );
    }
    return errors;
  },
};
