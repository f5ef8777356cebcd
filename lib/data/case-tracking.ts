import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { publicOrigin } from '@/lib/deployment';
import { cases, serviceItemVersions } from '@/db/schema';
import { trackingCode, verifyTrackingCode } from '@/lib/domain/case-tracking';
import type { CaseState } from '@/lib/domain/workflow';
import type { Bilingual } from '@/lib/i18n/config';

/** What anyone holding a case's status link may see: progress and dates, nobody's name or data. */
export type PublicCaseStatus = {
  number: string;
  service: Bilingual;
  state: CaseState;
  submittedAt: string | null;
  acceptedAt: string | null;
  completedAt: string | null;
  /** The promised (service) deadline, a zone date; null before acceptance. */
  serviceDeadline: string | null;
};

/** Case numbers are short; anything longer is not one and never reaches the HMAC or the database. */
const MAX_NUMBER_LENGTH = 40;

function trackingSecret(): string | null {
  return process.env.AUTH_SECRET || null;
}

/**
 * The public status of a case, for the link printed on its notices. Needs no viewer: the code
 * is the authorization. An unknown number and a wrong code give the same answer (null), and
 * the code is checked before the database is asked, so neither the answer nor its timing
 * tells whether a number exists.
 */
export async function getPublicCaseStatus(number: string, code: string): Promise<PublicCaseStatus | null> {
  const secret = trackingSecret();
  if (!secret || !number || number.length > MAX_NUMBER_LENGTH) return null;
  if (!verifyTrackingCode(number, code, secret)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      number: cases.number,
      state: cases.state,
      nameZh: serviceItemVersions.nameZh,
      nameEn: serviceItemVersions.nameEn,
      submittedAt: cases.submittedAt,
      acceptedAt: cases.acceptedAt,
      completedAt: cases.completedAt,
      serviceDeadline: cases.serviceDeadline,
    })
    .from(cases)
    .innerJoin(serviceItemVersions, eq(serviceItemVersions.id, cases.itemVersionId))
    .where(eq(cases.number, number));
  if (!row?.number || row.state === 'draft') return null;
  return {
    number: row.number,
    service: { zh: row.nameZh, en: row.nameEn },
    state: row.state,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    serviceDeadline: row.acceptedAt ? row.serviceDeadline : null,
  };
}

/** The link to a case's public status page, as printed (and QR-coded) on its notices. */
export async function caseTrackingUrl(number: string): Promise<string> {
  const secret = trackingSecret();
  if (!secret) throw new Error('AUTH_SECRET is not set: case status links cannot be signed');
  const path = `/track/${encodeURIComponent(number)}?k=${trackingCode(number, secret)}`;
  return `${publicOrigin()}${path}`;
}
