import { cancelQueriesOnAbort } from '@/db/query-cancellation';

/**
 * A route handler whose database statements are cancelled when its client goes away (the
 * request's signal aborts): a visitor who gave up no longer holds a connection and a CPU.
 */
export function cancelOnClientAbort<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return (request, ...rest) => cancelQueriesOnAbort(request.signal, () => handler(request, ...rest));
}
