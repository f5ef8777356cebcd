import { z } from 'zod';
import { dueDateProblems } from '@/lib/domain/intake';
import { TASK_DECISIONS } from '@/lib/domain/combined-outcome';
import { SUPPLEMENT_REASONS } from '@/lib/validation/case';

/*
 * What each desk form collects, before it is turned into the one `caseActionSchema` payload
 * the server parses. The checks mirror the workflow machine's guards (reasonRequired,
 * conditionsRequired, …) so the user sees a problem before a round trip; the server checks
 * the same rules again and its answer is what counts. Messages are `validation` keys.
 */

const reason = z.string().trim().min(2, { message: 'reasonRequired' }).max(1000, { message: 'tooLong' });
const opinion = z.string().trim().max(2000, { message: 'tooLong' });

export const reasonFormSchema = z.object({ reason });
export const approveFormSchema = z.object({ opinion });
export const denyFormSchema = z.object({ reason, opinion });

export const conditionsFormSchema = z
  .object({
    conditions: z.array(z.object({ text: z.string().trim().max(500, { message: 'tooLong' }) })).max(20),
    opinion,
  })
  .refine((v) => v.conditions.some((c) => c.text.length > 0), { message: 'conditionsRequired', path: ['conditions'] });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `latest`: the promised limit counted from `today`, the latest due date the server accepts;
 * `missing`: the non-core materials the case lacks, each of which must be tolerated. The
 * date rule is the server's own (`dueDateProblems`).
 */
export function toleranceFormSchema(bounds: { today: string; latest: string }, missing: readonly string[] = []) {
  return z
    .object({
      materials: z.array(z.object({ code: z.string(), selected: z.boolean(), dueDate: z.string() })),
    })
    .superRefine((v, ctx) => {
      if (!v.materials.some((m) => m.selected))
        ctx.addIssue({ code: 'custom', message: 'nothingTolerated', path: ['materials'] });
      else if (missing.some((code) => !v.materials.some((m) => m.code === code && m.selected))) {
        ctx.addIssue({ code: 'custom', message: 'missingMaterialNotTolerated', path: ['materials'] });
      }
      const selected = v.materials.map((m, i) => ({ ...m, i })).filter((m) => m.selected);
      const dated = selected.filter((m) => ISO_DATE.test(m.dueDate));
      for (const m of selected)
        if (!ISO_DATE.test(m.dueDate)) ctx.addIssue({ code: 'custom', message: 'date', path: ['materials', m.i, 'dueDate'] });
      for (const [k, problem] of dueDateProblems(dated, bounds)) {
        ctx.addIssue({ code: 'custom', message: problem, path: ['materials', dated[k].i, 'dueDate'] });
      }
    });
}

export const supplementFormSchema = z
  .object({
    items: z.array(
      z.object({
        kind: z.enum(['material', 'field']),
        code: z.string(),
        selected: z.boolean(),
        reason: z.enum(SUPPLEMENT_REASONS),
        note: z.string().trim().max(500, { message: 'tooLong' }),
      }),
    ),
  })
  .refine((v) => v.items.some((i) => i.selected), { message: 'noSupplementItems', path: ['items'] });

/**
 * A department's decision on its task of a combined case: conditions for an approval with
 * conditions, at least one ticked item for a revision request, a reason for a denial — the
 * data layer's own rules (`taskDecisionProblem`), checked here before the round trip.
 */
export const taskDecisionFormSchema = z
  .object({
    decision: z.enum(TASK_DECISIONS),
    opinion,
    conditions: z.array(z.object({ text: z.string().trim().max(500, { message: 'tooLong' }) })).max(20),
    items: z.array(
      z.object({
        kind: z.enum(['material', 'field']),
        code: z.string(),
        selected: z.boolean(),
        reason: z.enum(SUPPLEMENT_REASONS),
        note: z.string().trim().max(500, { message: 'tooLong' }),
      }),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'approved_with_conditions' && !v.conditions.some((c) => c.text.length > 0))
      ctx.addIssue({ code: 'custom', message: 'conditionsRequired', path: ['conditions'] });
    if (v.decision === 'revision_required' && !v.items.some((i) => i.selected))
      ctx.addIssue({ code: 'custom', message: 'noSupplementItems', path: ['items'] });
    if (v.decision === 'denied' && v.opinion.length < 2)
      ctx.addIssue({ code: 'custom', message: 'reasonRequired', path: ['opinion'] });
  });
