/**
 * The printed notices of a case (受理通知书, 一次性告知书, 不予受理通知书, 容缺受理通知书):
 * which exist for a case and how each is numbered. Pure.
 */
import type { CaseState } from './workflow';

export const NOTICE_KINDS = ['acceptance', 'supplement', 'refusal', 'tolerance', 'decision', 'denial'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export function isNoticeKind(value: unknown): value is NoticeKind {
  return typeof value === 'string' && (NOTICE_KINDS as readonly string[]).includes(value);
}

/** The zone's abbreviation in document numbers (许昌经济技术开发区 → 许经开). */
export const ZONE_ABBREVIATION = '许经开';

/** The character of each kind of notice in its document number (受字, 补字 …). */
const KIND_MARK: Record<NoticeKind, string> = {
  acceptance: '受',
  supplement: '补',
  refusal: '不受',
  tolerance: '容',
  decision: '许',
  denial: '不许',
};

/**
 * The document number in the official form 机关代字〔年份〕第序号号, e.g. 许经开受字〔2026〕第15号.
 * Each kind of notice has its own sequence per year (`serial`, allocated by the data layer when
 * the notice is issued); the case number is not part of it. The number is an identifier: it
 * reads the same in every language.
 */
export function documentNumber({ kind, year, serial }: { kind: NoticeKind; year: number; serial: number }): string {
  if (!Number.isInteger(year) || !Number.isInteger(serial) || serial < 1)
    throw new RangeError(`bad notice number ${year}/${serial}`);
  return `${ZONE_ABBREVIATION}${KIND_MARK[kind]}字〔${year}〕第${serial}号`;
}

/** The notices an act issues: acceptance (and tolerance, when materials are tolerated), a supplement request, a refusal. */
export function noticesIssuedBy(transition: string, item: { combined?: boolean } = {}): NoticeKind[] {
  switch (transition) {
    case 'request_revision':
      return ['supplement'];
    // A combined approval ends in one decision document listing every department's (DESIGN §7).
    case 'issue':
      return item.combined ? ['decision'] : [];
    case 'deny':
      return item.combined ? ['denial'] : [];
    // Promise-based approval accepts and decides at once: the acceptance notice records the day.
    case 'accept':
    case 'approve_on_promise':
      return ['acceptance'];
    case 'accept_with_tolerance':
      return ['acceptance', 'tolerance'];
    case 'request_supplement':
      return ['supplement'];
    case 'refuse':
      return ['refusal'];
    default:
      return [];
  }
}

/** What decides whether a notice exists for a case. */
export type NoticeFacts = {
  state: CaseState;
  acceptedAt: string | null;
  supplementNotices: number;
  toleranceObligations: number;
  /** A combined approval (联审联批): only it has the joint decision and denial documents. */
  combined: boolean;
};

/** The facts of a case as its detail carries them. */
export function noticeFactsOf(c: {
  state: CaseState;
  acceptedAt: string | null;
  combined: boolean;
  notices: readonly unknown[];
  obligations: readonly { kind: string }[];
}): NoticeFacts {
  return {
    state: c.state,
    acceptedAt: c.acceptedAt,
    supplementNotices: c.notices.length,
    toleranceObligations: c.obligations.filter((o) => o.kind === 'tolerance').length,
    combined: c.combined,
  };
}

/** A notice exists only once the act it records has happened. */
export function noticeApplies(kind: NoticeKind, facts: NoticeFacts): boolean {
  switch (kind) {
    case 'acceptance':
      return facts.acceptedAt !== null;
    case 'supplement':
      return facts.supplementNotices > 0;
    case 'refusal':
      return facts.state === 'refused';
    case 'tolerance':
      return facts.toleranceObligations > 0;
    // The combined result (准予许可决定书) and denial (不予许可决定书) of a combined approval.
    case 'decision':
      return facts.combined && (facts.state === 'completed' || facts.state === 'revoked');
    case 'denial':
      return facts.combined && facts.state === 'denied';
  }
}

export function availableNotices(facts: NoticeFacts): NoticeKind[] {
  return NOTICE_KINDS.filter((kind) => noticeApplies(kind, facts));
}
