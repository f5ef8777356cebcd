/**
 * The idempotency key of a submission, one per draft: kept in sessionStorage under the case
 * id, so a retry, a double click or a reload of the same tab sends the key of the attempt
 * that may already have gone through, and the server answers with that submission.
 */
const storageKey = (caseId: string) => `onewindow:submit-key:${caseId}`;

function newKey(): string {
  // randomUUID exists only in secure contexts; plain-http intranet hosts fall back to getRandomValues.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function submitKeyFor(caseId: string): string {
  try {
    const stored = sessionStorage.getItem(storageKey(caseId));
    if (stored) return stored;
    const key = newKey();
    sessionStorage.setItem(storageKey(caseId), key);
    return key;
  } catch {
    return newKey(); // storage disabled: the key still holds for this page's lifetime (it is kept in a ref)
  }
}

export function forgetSubmitKey(caseId: string) {
  try {
    sessionStorage.removeItem(storageKey(caseId));
  } catch {
    // nothing stored
  }
}
