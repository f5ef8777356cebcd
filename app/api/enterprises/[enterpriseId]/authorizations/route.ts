import { fileUploadRoute } from '@/lib/api/upload-route';
import { recordAuthorization } from '@/lib/data/filing-authorizations';

type Params = { enterpriseId: string };

/**
 * The enterprise's authorization (授权委托书) recorded at the window: the signed scan is the
 * request's file, its terms are the query (principalName, validFrom, validUntil, serviceCode…).
 */
export async function POST(request: Request, context: { params: Promise<Params> }): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const terms = {
    principalName: query.get('principalName') ?? '',
    validFrom: query.get('validFrom') ?? '',
    validUntil: query.get('validUntil') ?? '',
    serviceCodes: query.getAll('serviceCode'),
  };
  return fileUploadRoute<Params>('POST /api/enterprises/[enterpriseId]/authorizations', (viewer, { enterpriseId }, file, meta) =>
    recordAuthorization(viewer, { ...terms, enterpriseId, ...file }, meta),
  )(request, context);
}
