/**
 * The form each catalogue item uses (its `formKey`), as data: the wizard renders these
 * fields and the server validates a submission with `applicationFormSchema`. Drafts may be
 * incomplete; a submission may not. Pure.
 */
import { z } from 'zod';
import type { Bilingual } from '@/lib/i18n/config';

export type FormField = {
  key: string;
  label: Bilingual;
  type: 'text' | 'textarea' | 'number' | 'select' | 'date';
  required: boolean;
  options?: { value: string; label: Bilingual }[];
  min?: number;
  max?: number;
  hint?: Bilingual;
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
  ],
  establishment: [
    { key: 'enterpriseName', label: t('企业名称（已申报）', 'Enterprise name (declared)'), type: 'text', required: true },
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
    },
    { key: 'address', label: t('住所', 'Registered address'), type: 'text', required: true },
    { key: 'legalRepresentative', label: t('法定代表人', 'Legal representative'), type: 'text', required: true },
    { key: 'businessScope', label: t('经营范围', 'Business scope'), type: 'textarea', required: true },
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

/** The schema a submission's answers must satisfy; messages are `validation` catalogue keys. */
export function applicationFormSchema(formKey: string) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of formFieldsFor(formKey)) {
    let schema: z.ZodType;
    if (field.type === 'number') {
      schema = z.coerce
        .number({ error: 'number' })
        .min(field.min ?? 0, { error: 'outOfRange' })
        .max(field.max ?? Number.MAX_SAFE_INTEGER, { error: 'outOfRange' });
    } else if (field.type === 'select') {
      schema = z.enum((field.options ?? []).map((o) => o.value) as [string, ...string[]], { error: 'required' });
    } else if (field.type === 'date') {
      schema = z.iso.date({ error: 'date' });
    } else {
      schema = z
        .string({ error: 'required' })
        .trim()
        .min(1, { error: 'required' })
        .max(field.type === 'textarea' ? 2000 : 200, { error: 'tooLong' });
    }
    // An optional field left empty ('' from the form) is simply absent.
    shape[field.key] = field.required ? schema : z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());
  }
  return z.object(shape);
}
