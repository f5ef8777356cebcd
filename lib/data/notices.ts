import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { caseNotices, noticeNumberCounters } from '@/db/schema';
import { zoneDate } from '@/lib/domain/clock';
import { documentNumber, type NoticeKind } from '@/lib/domain/notices';

/**
 * The next serial of a kind of notice in a year. The counter row is created or incremented in
 * one statement; the row stays locked until the issuing transaction ends, so concurrent issues
 * queue on it and a rolled-back issue gives its serial back (no duplicates, no gaps).
 */
async function nextNoticeSerial(tx: Executor, kind: NoticeKind, year: number): Promise<number> {
  const [row] = await tx
    .insert(noticeNumberCounters)
    .values({ kind, year, last: 1 })
    .onConflictDoUpdate({
      target: [noticeNumberCounters.kind, noticeNumberCounters.year],
      set: { last: sql`${noticeNumberCounters.last} + 1` },
    })
    .returning({ last: noticeNumberCounters.last });
  return row.last;
}

/**
 * Issues notices of a case in the caller's transaction: each gets the next number of its kind
 * in the zone year of `at`. Not a viewer's operation: called by the workflow (and the demo seed)
 * when the act the notice records happens.
 */
export async function issueNotices(
  tx: Executor,
  input: { caseId: string; kinds: readonly NoticeKind[]; at: Date; supplementNoticeId?: string | null },
) {
  const year = Number(zoneDate(input.at).slice(0, 4));
  const issued: { kind: NoticeKind; number: string }[] = [];
  for (const kind of input.kinds) {
    const serial = await nextNoticeSerial(tx, kind, year);
    await tx.insert(caseNotices).values({
      caseId: input.caseId,
      kind,
      year,
      serial,
      supplementNoticeId: kind === 'supplement' ? (input.supplementNoticeId ?? null) : null,
      issuedAt: input.at,
    });
    issued.push({ kind, number: documentNumber({ kind, year, serial }) });
  }
  return issued;
}
