import { z } from 'zod';

const days = z.coerce
  .number({ error: 'number' })
  .int({ error: 'integer' })
  .min(1, { error: 'min1' })
  .max(365, { error: 'max365' });

/** What an admin may change on a catalogue item; each save becomes a new version. */
export const serviceItemUpdateSchema = z
  .object({
    nameZh: z.string().trim().min(2, { error: 'required' }).max(100, { error: 'tooLong' }),
    nameEn: z.string().trim().min(2, { error: 'required' }).max(200, { error: 'tooLong' }),
    summaryZh: z.string().trim().min(2, { error: 'required' }).max(1000, { error: 'tooLong' }),
    summaryEn: z.string().trim().min(2, { error: 'required' }).max(2000, { error: 'tooLong' }),
    // Search words the texts lack, one per line or separated by commas (lib/domain/catalogue-search.ts);
    // left out, the item keeps the ones it has.
    keywords: z.string().max(1000, { error: 'tooLong' }).optional(),
    statutoryDays: days,
    promisedDays: days,
    feeYuan: z.coerce.number({ error: 'number' }).int({ error: 'integer' }).min(0, { error: 'min0' }),
    allowsTolerance: z.boolean(),
    allowsPromise: z.boolean(),
  })
  // The promised limit is the zone's commitment to do better than the law, never worse.
  .refine((v) => v.promisedDays <= v.statutoryDays, { path: ['promisedDays'], error: 'promisedWithinStatutory' });

export type ServiceItemUpdate = z.output<typeof serviceItemUpdateSchema>;
