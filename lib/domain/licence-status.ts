/**
 * What may happen to a business licence once issued (DESIGN §6), declared as data: the
 * registration authority suspends it (责令停业, 暂扣), reinstates a suspended one, or revokes
 * it (吊销) — final, nothing leaves 'revoked'. Every change states its reason. Pure.
 */

export const LICENCE_STATUSES = ['valid', 'suspended', 'revoked'] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

export const LICENCE_STATUS_CHANGES = {
  suspend: { from: ['valid'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'valid' },
  revoke: { from: ['valid', 'suspended'], to: 'revoked' },
} as const satisfies Record<string, { from: readonly LicenceStatus[]; to: LicenceStatus }>;
export type LicenceStatusChange = keyof typeof LICENCE_STATUS_CHANGES;

const CHANGES = Object.entries(LICENCE_STATUS_CHANGES) as [
  LicenceStatusChange,
  { from: readonly LicenceStatus[]; to: LicenceStatus },
][];

/** The longest reason kept with a change; the form and the action parse against it too. */
export const STATUS_REASON_MAX_LENGTH = 500;

/** The changes a licence in `from` allows, in declaration order (none once revoked). */
export function availableStatusChanges(from: LicenceStatus): { change: LicenceStatusChange; to: LicenceStatus }[] {
  return CHANGES.filter(([, c]) => c.from.includes(from)).map(([change, c]) => ({ change, to: c.to }));
}

export type StatusChangeFailure = 'statusChangeNotAllowed' | 'reasonRequired' | 'reasonTooLong';

export type StatusChangeCheck =
  { ok: true; change: LicenceStatusChange; reason: string } | { ok: false; failure: StatusChangeFailure };

/**
 * Whether a licence in `from` may move to `to` with this reason. On success, the name of the
 * change and the reason as kept (trimmed). Moving to the status it already has is no change.
 */
export function checkStatusChange(from: LicenceStatus, to: LicenceStatus, reason: string): StatusChangeCheck {
  const found = availableStatusChanges(from).find((c) => c.to === to);
  if (!found) return { ok: false, failure: 'statusChangeNotAllowed' };
  const trimmed = reason.trim();
  if (!trimmed) return { ok: false, failure: 'reasonRequired' };
  if (trimmed.length > STATUS_REASON_MAX_LENGTH) return { ok: false, failure: 'reasonTooLong' };
  return { ok: true, change: found.change, reason: trimmed };
}
