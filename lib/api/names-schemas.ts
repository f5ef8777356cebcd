import { z } from 'zod';
import { CONTROL_CHARACTERS_API_MESSAGE, plainText } from '@/lib/validation/text';
import type { NameCheckResult, NameRule } from '@/lib/domain/names';
import { RULE_SEVERITY } from '@/lib/domain/names';
import { bilingual } from './schemas';

/*
 * Wire format of the name check (POST /api/v1/names/check). Pure, like ./schemas.
 */

const apiText = () => plainText({ control: CONTROL_CHARACTERS_API_MESSAGE });
const part = (description: string) => apiText().trim().min(1).max(50).meta({ description });

/** The body of `POST /api/v1/names/check`. */
export const nameCheckRequestSchema = z.object({
  region: part('Administrative division, e.g. 许昌 or 许昌市魏都区.'),
  tradeName: part('Trade name (字号), at least two Chinese characters, e.g. 鸿之业.'),
  industry: apiText()
    .trim()
    .max(50)
    .meta({ description: 'Industry or business feature, e.g. 新材料; empty for a name without an industry part.' }),
  organizationForm: part('Organisational form, e.g. 有限公司 or 股份有限公司.'),
  enterpriseType: z
    .enum(['llc', 'llc-sole', 'joint-stock'])
    .optional()
    .meta({ description: 'The enterprise type the form must fit: llc, llc-sole or joint-stock.' }),
});

export type NameCheckRequest = z.infer<typeof nameCheckRequestSchema>;

const RULES = Object.keys(RULE_SEVERITY) as [NameRule, ...NameRule[]];

export const nameReasonSchema = z
  .object({
    rule: z.enum(RULES).meta({ description: 'The rule applied, e.g. name.same or content.restricted.' }),
    part: z
      .enum(['region', 'tradeName', 'industry', 'organizationForm'])
      .meta({ description: 'The part of the proposal the finding is about.' }),
    message: bilingual.meta({ description: 'What the rule found, with its legal source.' }),
    blockingName: z.string().optional().meta({ description: 'The existing full name that blocks or resembles the proposal.' }),
    freeFrom: z
      .string()
      .optional()
      .meta({ description: 'For a cancelled or revoked name: the day (YYYY-MM-DD) it may be used again.' }),
  })
  .meta({ id: 'NameReason', description: 'One finding of the name check.' });

export const nameCheckResultSchema = z
  .object({
    verdict: z
      .enum(['available', 'similar', 'refused'])
      .meta({ description: 'refused: cannot be registered; similar: may proceed with a statement; available: no finding.' }),
    reasons: z
      .array(nameReasonSchema)
      .meta({ description: 'Every finding: structure first, then refusals, then similar names.' }),
    similar: z
      .array(
        z.object({
          name: z.string().meta({ description: 'An existing full name.' }),
          score: z.number().min(0).max(1).meta({ description: 'Trigram similarity of the trade names, 0–1, two decimals.' }),
        }),
      )
      .meta({ description: 'The nearest existing names at the same registration authority, best first (at most 10).' }),
  })
  .meta({ id: 'NameCheckResult', description: 'The verdict of the name check, with its reasons and the nearest names.' });

/** The check's result in the wire format, field by field. */
export function toApiNameCheck(result: NameCheckResult): z.infer<typeof nameCheckResultSchema> {
  return {
    verdict: result.verdict,
    reasons: result.reasons.map((r) => ({
      rule: r.rule,
      part: r.part,
      message: { zh: r.message.zh, en: r.message.en },
      ...(r.blockingName ? { blockingName: r.blockingName } : {}),
      ...(r.freeFrom ? { freeFrom: r.freeFrom } : {}),
    })),
    similar: result.similar.map((s) => ({ name: s.name, score: s.score })),
  };
}
