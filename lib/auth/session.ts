import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { getDb } from '@/db/client';
import type { RequestMeta } from '@/lib/data/accounts';
import { loadViewer } from '@/lib/data/viewer';
import { auth } from './index';

/** The current viewer, rebuilt from the database once per request. */
export const getViewer = cache(async () => {
  const session = await auth();
  return loadViewer(await getDb(), session?.user?.id);
});

/** Where the request came from, for the audit trail (first hop behind a trusted proxy). */
export async function requestMeta(): Promise<RequestMeta> {
  const h = await headers();
  const forwarded = h.get('x-forwarded-for')?.split(',')[0]?.trim();
  return { ip: forwarded || h.get('x-real-ip') || null };
}
