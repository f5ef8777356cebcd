import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { ACTING_ENTERPRISE_COOKIE, getActingEnterprise } from '@/lib/data/acting-enterprise';
import type { Viewer } from './permissions';

/** The enterprise the signed-in applicant acts for in this request, from their remembered choice. */
export const getActingEnterpriseFor = cache(async (viewer: Viewer) =>
  getActingEnterprise(viewer, (await cookies()).get(ACTING_ENTERPRISE_COOKIE)?.value),
);
