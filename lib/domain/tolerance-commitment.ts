/**
 * The tolerance commitment (容缺受理承诺书, DESIGN §4): the text the applicant signs, generated
 * from the materials the window would tolerate, their due dates and what follows when one is
 * not supplied in time, and the few rules of its status. Pure.
 */
import type { Bilingual } from '@/lib/i18n/config';

export const COMMITMENT_STATUSES = ['proposed', 'signed', 'accepted', 'withdrawn'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** A commitment still in play: at most one per case (the live unique index). */
export const LIVE_COMMITMENT_STATUSES = ['proposed', 'signed'] as const satisfies readonly CommitmentStatus[];

/**
 * Where each status may be reached from: the applicant signs a proposal (or the window attaches
 * its signed scan), the acceptance takes a signed one, a new proposal or the case leaving the
 * window withdraws a live one. Accepted and withdrawn are final.
 */
const REACHED_FROM: Record<Exclude<CommitmentStatus, 'proposed'>, readonly CommitmentStatus[]> = {
  signed: ['proposed'],
  accepted: ['signed'],
  withdrawn: LIVE_COMMITMENT_STATUSES,
};

export function mayBecome(status: CommitmentStatus, next: Exclude<CommitmentStatus, 'proposed'>): boolean {
  return REACHED_FROM[next].includes(status);
}

export type CommitmentWordingItem = { requirement: Bilingual; dueDate: string };

export type CommitmentWordingInput = {
  enterpriseName: string;
  caseNumber: string;
  itemName: Bilingual;
  items: readonly CommitmentWordingItem[];
};

// A calendar date ('YYYY-MM-DD') written out, read as that day wherever the server runs.
const zhDate = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'UTC' });
const enDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const longDate = (format: Intl.DateTimeFormat, isoDate: string) => format.format(new Date(`${isoDate}T00:00:00Z`));

/**
 * The commitment's text in both languages, frozen when proposed: who commits, for which case,
 * each material with the day it is due, that what is supplied will be true, and the
 * consequences of missing a date — the case (or a result already issued) is suspended, and the
 * enterprise may get a credit record, which bars tolerance and promises while it stands.
 */
export function commitmentWording({ enterpriseName, caseNumber, itemName, items }: CommitmentWordingInput): Bilingual {
  const zhItems = items.map((m, i) => `${i + 1}. ${m.requirement.zh}，于${longDate(zhDate, m.dueDate)}前补交；`);
  const enItems = items.map((m, i) => `${i + 1}. ${m.requirement.en}, to be supplied by ${longDate(enDate, m.dueDate)};`);
  const zh = [
    '容缺受理承诺书',
    `本单位${enterpriseName}申请办理“${itemName.zh}”（办件编号：${caseNumber}），因下列非核心材料暂缺，申请容缺受理，并郑重承诺：`,
    `一、在下列期限内补齐所缺材料：\n${zhItems.join('\n')}`,
    '二、所补交的材料真实、合法、有效，与申请时所作陈述一致；如有虚假，愿承担相应的法律责任。',
    '三、任一材料逾期未补齐的，同意暂停办理本件；已作出办理结果的，该结果同时暂停，直至材料补齐并经窗口核验。',
    '四、逾期未补齐或提供虚假材料的，本单位的信用将受影响，可能被记入失信记录；失信记录存续期间，本单位不再适用容缺受理和告知承诺。',
  ].join('\n');
  const en = [
    'Tolerance commitment',
    `${enterpriseName}, applying for "${itemName.en}" (case ${caseNumber}), asks for its application to be accepted although the non-core materials below are still missing, and commits as follows:`,
    `1. To supply the missing materials within these dates:\n${enItems.map((line) => `   ${line}`).join('\n')}`,
    '2. The materials supplied will be true, lawful and valid and consistent with what the application states; it bears the legal responsibility for anything false.',
    '3. If any material is not supplied in time, the case is suspended; a result already issued is suspended with it, until the material is supplied and checked by the window.',
    "4. If a material is not supplied in time or is false, the enterprise's credit is affected and a credit record may be entered against it; while that record stands, it may not use tolerance or promise-based approval.",
  ].join('\n');
  return { zh, en };
}
