import { z } from 'zod';
import { plainText } from './text';
import { ASSESSMENT_KINDS } from '@/lib/domain/assessment-kinds';
import { APPLICATION_FORMS } from '@/lib/domain/application-forms';
import { PROJECT_STAGES } from '@/lib/domain/project-stages';
import { compositionProblems } from '@/lib/domain/stage-composition';

const days = z.coerce
  .number({ error: 'number' })
  .int({ error: 'integer' })
  .min(1, { error: 'min1' })
  .max(365, { error: 'max365' });

const text = (max: number) => plainText().trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });
const name = (max: number) => plainText().trim().min(2, { error: 'required' }).max(max, { error: 'tooLong' });
/** An optional choice or text: a form sends '' for "none", stored as null. */
// Empty (a form's blank choice) or null (as the guide reads it) both mean none.
const orNone = <T extends z.ZodType>(schema: T) =>
  z.union([z.literal(''), z.null(), schema]).transform((v) => (v === '' || v === null ? null : (v as z.output<T>)));

const bilingual = z.object({ zh: text(1000), en: text(2000) });
const bilingualList = z.array(bilingual).max(30, { error: 'tooMany' });
// A promise clause keeps its code across versions; the materials it replaces and its verifier are optional.
const promiseClauseList = z
  .array(
    bilingual.extend({
      code: plainText()
        .regex(/^P\d{1,3}$/, { error: 'invalid' })
        .optional(),
      replaces: z.array(plainText().max(60)).max(40, { error: 'tooMany' }).default([]),
      department: plainText().max(60).optional(),
    }),
  )
  .max(30, { error: 'tooMany' });

export const SERVICE_KINDS = ['licence', 'registration', 'filing', 'combined'] as const;
export const AUDIENCES = ['enterprise', 'project', 'individual'] as const;
export const FORM_KEYS = Object.keys(APPLICATION_FORMS) as [string, ...string[]];

const itemCode = plainText()
  .trim()
  .toUpperCase()
  .max(32, { error: 'tooLong' })
  .regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, { error: 'itemCodeFormat' });

/** A department taking part in the item: its task and limits, and (in a stage item) the department item it decides. */
const itemDepartment = z.object({
  departmentCode: plainText().min(1, { error: 'required' }),
  taskZh: text(200),
  taskEn: text(400),
  itemCode: orNone(itemCode),
  veto: z.boolean(),
  legalDays: days,
  timeLimitDays: days,
});

const itemMaterial = z
  .object({
    code: plainText()
      .trim()
      .max(64, { error: 'tooLong' })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'materialCodeFormat' }),
    nameZh: name(200),
    nameEn: name(400),
    descriptionZh: plainText().trim().max(1000, { error: 'tooLong' }),
    descriptionEn: plainText().trim().max(2000, { error: 'tooLong' }),
    required: z.boolean(),
    // Core materials are never tolerated (DESIGN §4).
    core: z.boolean(),
    eLicenceType: orNone(
      plainText()
        .trim()
        .max(64, { error: 'tooLong' })
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'materialCodeFormat' }),
    ),
    templateUrl: orNone(z.url({ protocol: /^https?$/, error: 'url' }).max(500, { error: 'tooLong' })),
    waivedByAssessment: orNone(z.enum(ASSESSMENT_KINDS, { error: 'required' })),
    maxSizeMb: z.coerce
      .number({ error: 'number' })
      .int({ error: 'integer' })
      .min(1, { error: 'min1' })
      .max(100, { error: 'max100' }),
    departmentCodes: z.array(plainText()),
    drawingSet: z.boolean(),
  })
  // A description is shown in both languages or not at all.
  .superRefine((m, ctx) => {
    if (!m.descriptionZh === !m.descriptionEn) return;
    ctx.addIssue({ code: 'custom', path: [m.descriptionZh ? 'descriptionEn' : 'descriptionZh'], message: 'bothLanguages' });
  });

/**
 * A catalogue item as an admin publishes it — every part of it; each publish becomes a new
 * version (DESIGN §2). The shape of its composition is checked here (client and server);
 * that the bundled items exist is checked by the data layer, which has the catalogue.
 */
export const serviceItemSchema = z
  .object({
    code: itemCode,
    // The version the admin started from, null for a new item; publishing over a newer one is refused, not merged.
    baseVersion: z.number().int().min(1).nullable(),
    nameZh: name(100),
    nameEn: name(200),
    summaryZh: name(1000),
    summaryEn: name(2000),
    // Search words the texts lack, one per line or separated by commas (lib/domain/catalogue-search.ts).
    keywords: plainText().max(1000, { error: 'tooLong' }),
    kind: z.enum(SERVICE_KINDS, { error: 'required' }),
    audience: z.enum(AUDIENCES, { error: 'required' }),
    leadDepartmentCode: plainText().min(1, { error: 'required' }),
    formKey: z.enum(FORM_KEYS, { error: 'required' }),
    stage: orNone(z.enum(PROJECT_STAGES, { error: 'required' })),
    statutoryDays: days,
    promisedDays: days,
    feeYuan: z.coerce.number({ error: 'number' }).int({ error: 'integer' }).min(0, { error: 'min0' }),
    allowsTolerance: z.boolean(),
    allowsPromise: z.boolean(),
    legalBasis: bilingualList,
    conditions: bilingualList,
    howToApply: bilingualList,
    promiseClauses: promiseClauseList,
    departments: z.array(itemDepartment).max(20, { error: 'tooMany' }),
    materials: z.array(itemMaterial).max(40, { error: 'tooMany' }),
  })
  .superRefine((v, ctx) => {
    // The promised limit is the zone's commitment to do better than the law, never worse.
    if (v.promisedDays > v.statutoryDays)
      ctx.addIssue({ code: 'custom', path: ['promisedDays'], message: 'promisedWithinStatutory' });
    for (const [path, keys] of Object.entries(compositionProblems(v))) {
      const segments = path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      for (const message of keys) ctx.addIssue({ code: 'custom', path: segments, message });
    }
  });

export type ServiceItemInput = z.output<typeof serviceItemSchema>;
export type ServiceItemFormValues = z.input<typeof serviceItemSchema>;

/** The wording, limits and flags of an item: what an edit of these alone changes (the rest is kept). */
export type ServiceItemUpdate = Pick<
  ServiceItemInput,
  | 'nameZh'
  | 'nameEn'
  | 'summaryZh'
  | 'summaryEn'
  | 'statutoryDays'
  | 'promisedDays'
  | 'feeYuan'
  | 'allowsTolerance'
  | 'allowsPromise'
> & { keywords?: string };
