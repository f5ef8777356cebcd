import { z } from 'zod';
import { DUE_WINDOWS } from '@/lib/domain/obligation-ledger';
import { OBLIGATION_STATES } from '@/lib/domain/obligation-states';

export const OBLIGATION_KINDS = ['tolerance', 'promise'] as const;

// A filter value that is not one of the choices (a hand-edited URL) is ignored, not an error.
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);
const single = (v: unknown) => (Array.isArray(v) ? v[0] : v === '' ? undefined : v);

/** The ledger's filter as kept in the URL (/dashboard/obligations?kind=&state=&due=&enterprise=). */
export const ledgerFilterSchema = z.object({
  kind: z.preprocess(single, choice(OBLIGATION_KINDS)),
  state: z.preprocess(single, choice(OBLIGATION_STATES)),
  due: z.preprocess(single, choice(DUE_WINDOWS)),
  enterprise: z.preprocess(single, z.uuid().optional().catch(undefined)),
});
export type LedgerFilter = z.output<typeof ledgerFilterSchema>;
