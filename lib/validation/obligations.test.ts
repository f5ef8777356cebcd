import { describe, expect, it } from 'vitest';
import { ledgerFilterSchema } from './obligations';

describe('ledgerFilterSchema', () => {
  it('keeps the choices of the URL and ignores anything else, as a hand-edited URL may have', () => {
    expect(ledgerFilterSchema.parse({ kind: 'promise', state: 'breached', due: 'week' })).toEqual({
      kind: 'promise',
      state: 'breached',
      due: 'week',
      enterprise: undefined,
    });
    expect(
      ledgerFilterSchema.parse({ kind: 'everything', state: '', due: ['overdue', 'later'], enterprise: "1' or 1=1" }),
    ).toEqual({
      kind: undefined,
      state: undefined,
      due: 'overdue',
      enterprise: undefined,
    });
  });
});
