/**
 * The national investment project code (投资项目统一代码) a project is known by on every
 * approval: 赋码年份-区划代码-行业代码-项目类型-流水号, e.g. 2026-411071-38-03-001024 —
 * the year it was given, the zone's statistical code, the industry (a division of the
 * national industry classification GB/T 4754-2017), how the project is managed (01
 * examined, 02 approved, 03 filed) and a serial. Projects created here are numbered in the
 * zone's own space (its code as the region), with the serial from a database sequence.
 * Pure.
 */
import type { Bilingual } from '@/lib/i18n/config';
import { ZONE_STATISTICAL_CODE } from './zone';

/** The GB/T 4754-2017 divisions the zone's parks work in (DESIGN §11). */
export const PROJECT_INDUSTRIES = {
  '27': { zh: '医药制造业', en: 'Pharmaceutical manufacturing' },
  '30': { zh: '非金属矿物制品业', en: 'Non-metallic mineral products (building materials)' },
  '34': { zh: '通用设备制造业', en: 'General-purpose machinery' },
  '35': { zh: '专用设备制造业', en: 'Special-purpose machinery' },
  '37': { zh: '铁路、船舶、航空航天和其他运输设备制造业', en: 'Railway, ship, aerospace and other transport equipment' },
  '38': { zh: '电气机械和器材制造业', en: 'Electrical machinery and equipment' },
  '39': { zh: '计算机、通信和其他电子设备制造业', en: 'Computers, communication and other electronic equipment' },
  '44': { zh: '电力、热力生产和供应业', en: 'Electricity and heat production and supply' },
  // The zone's own urban-upgrading works (城市提质): roads, pipes, parks.
  '48': { zh: '土木工程建筑业', en: 'Civil engineering construction' },
  '59': { zh: '仓储业', en: 'Warehousing' },
  '73': { zh: '研究和试验发展', en: 'Research and experimental development' },
} as const satisfies Record<string, Bilingual>;
export type ProjectIndustry = keyof typeof PROJECT_INDUSTRIES;
export const PROJECT_INDUSTRY_CODES = Object.keys(PROJECT_INDUSTRIES) as ProjectIndustry[];

export function isProjectIndustry(value: unknown): value is ProjectIndustry {
  return typeof value === 'string' && Object.hasOwn(PROJECT_INDUSTRIES, value);
}

/** 03: an enterprise's own investment is filed (备案), not examined or approved. */
export const ENTERPRISE_PROJECT_TYPE = '03';
export const MAX_PROJECT_SERIAL = 999_999;

const PROJECT_CODE = /^(\d{4})-(\d{6})-(\d{2})-(0[1-3])-(\d{6})$/;

export function makeProjectCode({
  year,
  industry,
  serial,
  region = ZONE_STATISTICAL_CODE,
  type = ENTERPRISE_PROJECT_TYPE,
}: {
  year: number;
  industry: ProjectIndustry;
  serial: number;
  region?: string;
  type?: '01' | '02' | '03';
}): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`project code year ${year}`);
  if (!/^\d{6}$/.test(region)) throw new RangeError(`project code region ${region}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_PROJECT_SERIAL)
    throw new RangeError(`project code serial ${serial}`);
  return `${year}-${region}-${industry}-${type}-${String(serial).padStart(6, '0')}`;
}

export function isProjectCode(value: string): boolean {
  return PROJECT_CODE.test(value);
}
