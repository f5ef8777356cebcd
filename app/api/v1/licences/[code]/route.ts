import { cancelOnClientAbort } from '@/lib/api/cancel-on-abort';
import { licenceCodeParamsSchema, toApiLicenceVerification } from '@/lib/api/licences-schemas';
import { errorBody, requestFieldErrors, unexpectedApiError } from '@/lib/api/schemas';
import { getPublicLicence } from '@/lib/data/licences';

// Public, but a licence's status can change at any moment (suspension, revocation): never cached.
const NO_STORE = { 'Cache-Control': 'no-store' };

/** GET /api/v1/licences/{code}: is this licence genuine, and is it valid, suspended or revoked? */
async function licenceVerification(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const parsed = licenceCodeParamsSchema.safeParse(await params);
  if (!parsed.success) {
    return Response.json(
      errorBody('invalid', 'Not a well-formed unified social credit code.', requestFieldErrors(parsed.error)),
      { status: 400, headers: NO_STORE },
    );
  }
  const { code } = parsed.data;
  try {
    const licence = await getPublicLicence(code);
    if (!licence) {
      return Response.json(errorBody('notFound', `No licence with the code ${code} was issued here.`), {
        status: 404,
        headers: NO_STORE,
      });
    }
    return Response.json(toApiLicenceVerification(licence), { headers: NO_STORE });
  } catch (error) {
    return unexpectedApiError(error, `GET /api/v1/licences/${code}`, 'Licence verification is temporarily unavailable.');
  }
}

export const GET = cancelOnClientAbort(licenceVerification);
