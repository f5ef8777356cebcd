/**
 * Expected failures of the domain and data layer. Each carries a message key in the
 * `errors` namespace of the catalogue, so it reaches the user in their language; anything
 * that is not a DomainError is logged and shown as a generic message.
 */
export class DomainError extends Error {
  constructor(
    readonly code: 'unauthenticated' | 'forbidden' | 'notFound' | 'conflict' | 'invalid' | 'staleVersion',
    message?: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message ?? code);
    this.name = 'DomainError';
  }
}

export const forbidden = (what?: string) => new DomainError('forbidden', what);
export const unauthenticated = () => new DomainError('unauthenticated');
export const notFound = (what?: string) => new DomainError('notFound', what);
export const conflict = (what?: string, fieldErrors?: Record<string, string[]>) => new DomainError('conflict', what, fieldErrors);

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/**
 * Too many failed attempts (sign-in, registration): refused before anything is checked. Not a
 * DomainError code, so the refusal carries the wait and nothing maps it to another status.
 */
export class Throttled extends Error {
  constructor(readonly retryAfterMs: number) {
    super('throttled');
    this.name = 'Throttled';
  }
}
