/**
 * An enterprise's authorization (授权委托书) of one agent — a window clerk or its paired officer —
 * to file applications on its behalf (帮办代办). Dates are zone dates (YYYY-MM-DD), both ends
 * included; an empty list of service codes covers every item.
 */
export type FilingAuthorizationTerms = {
  agentId: string;
  enterpriseId: string;
  serviceCodes: readonly string[];
  validFrom: string;
  validUntil: string;
  revokedAt: Date | null;
};

export type AuthorizationStatus = 'revoked' | 'notYetValid' | 'expired' | 'valid';

/** The authorization's standing on a day, whatever it is used for. */
export function authorizationStatus(
  a: Pick<FilingAuthorizationTerms, 'validFrom' | 'validUntil' | 'revokedAt'>,
  today: string,
): AuthorizationStatus {
  if (a.revokedAt) return 'revoked';
  if (today < a.validFrom) return 'notYetValid';
  if (today > a.validUntil) return 'expired';
  return 'valid';
}

export function coversItem(a: Pick<FilingAuthorizationTerms, 'serviceCodes'>, serviceCode: string): boolean {
  return a.serviceCodes.length === 0 || a.serviceCodes.includes(serviceCode);
}

export type AuthorizationRefusal =
  | 'authorizationRevoked'
  | 'authorizationNotYetValid'
  | 'authorizationExpired'
  | 'authorizationOtherEnterprise'
  | 'authorizationOtherAgent'
  | 'authorizationOtherItem';

const STATUS_REFUSALS: Record<Exclude<AuthorizationStatus, 'valid'>, AuthorizationRefusal> = {
  revoked: 'authorizationRevoked',
  notYetValid: 'authorizationNotYetValid',
  expired: 'authorizationExpired',
};

/**
 * Why the authorization does not let this agent file this item for this enterprise today, or
 * null when it does: not revoked, today within its validity, the item in its scope.
 */
export function authorizationRefusal(
  a: FilingAuthorizationTerms,
  use: { agentId: string; enterpriseId: string; serviceCode: string; today: string },
): AuthorizationRefusal | null {
  if (a.enterpriseId !== use.enterpriseId) return 'authorizationOtherEnterprise';
  if (a.agentId !== use.agentId) return 'authorizationOtherAgent';
  const status = authorizationStatus(a, use.today);
  if (status !== 'valid') return STATUS_REFUSALS[status];
  return coversItem(a, use.serviceCode) ? null : 'authorizationOtherItem';
}
