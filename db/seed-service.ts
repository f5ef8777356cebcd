import { inArray, sql } from 'drizzle-orm';
import type { Tx } from './client';
import { enterprises, officerEnterprises, userRoles, users } from './schema';
import * as data from './seed-data';

/**
 * One-on-one enterprise service as the zone's report has it (DESIGN §7, §11): 20 officers paired
 * with 113 enterprises across the five parks. The enterprises beyond the demo ones are invented
 * for their park's industry; they have no member accounts (nobody files for them in the demo).
 */
export const SERVICE_OFFICER_COUNT = 20;
export const SERVICE_ENTERPRISE_COUNT = 113;

const OFFICER_NAMES = [
  '王晓东',
  '李春燕',
  '张伟民',
  '刘海燕',
  '杨建新',
  '黄丽君',
  '赵文博',
  '周晓光',
  '吴秀兰',
  '徐志刚',
  '孙艳红',
  '胡国庆',
  '朱晓峰',
  '高丽萍',
  '林俊杰',
  '何晓梅',
  '郭振华',
  '马丽娟',
  '罗建国',
];

/** officer@ is the demo officer (db/seed-data.ts); officer2@ … officer20@ the rest of the team. */
export const serviceOfficers = OFFICER_NAMES.map((name, i) => ({
  email: `officer${i + 2}@onewindow.test`,
  name,
}));

/** Brand words and what the firm makes, per park: [brand, name suffix, industry]. */
const PARK_FIRMS: Record<data.Park, { road: string; firms: [string, string, string][] }> = {
  电力装备产业园: {
    road: '电力路',
    firms: [
      ['森源', '电气', '输配电及控制设备制造'],
      ['继源', '智能电网', '智能电网设备制造'],
      ['恒通', '电缆', '电线电缆制造'],
      ['华电', '开关', '高低压开关设备制造'],
      ['腾飞', '变压器', '变压器制造'],
      ['永兴', '绝缘材料', '绝缘材料制造'],
      ['金源', '电力电子', '电力电子元器件制造'],
      ['中意', '储能', '储能系统集成'],
      ['明阳', '光伏', '光伏设备制造'],
      ['宏盛', '电力金具', '电力金具制造'],
      ['瑞能', '充电设备', '充电桩制造'],
      ['诚达', '互感器', '互感器制造'],
      ['安捷', '电力检测', '电力检测设备制造'],
      ['鼎新', '配电自动化', '配电自动化设备制造'],
      ['隆基', '电工装备', '电工专用装备制造'],
      ['盛华', '母线', '母线槽制造'],
      ['正泰', '电表', '智能电表制造'],
      ['远航', '电力工程', '电力工程技术服务'],
      ['思源', '电容器', '电力电容器制造'],
      ['大全', '成套设备', '成套配电设备制造'],
      ['众和', '线缆附件', '电缆附件制造'],
    ],
  },
  电梯产业园: {
    road: '瑞祥路',
    firms: [
      ['奥创', '电梯', '电梯整机制造'],
      ['通力达', '电梯部件', '电梯导轨制造'],
      ['恒升', '扶梯', '自动扶梯制造'],
      ['凯达', '曳引机', '曳引机制造'],
      ['博林', '电梯门机', '电梯门系统制造'],
      ['德睿', '控制系统', '电梯控制柜制造'],
      ['宏达', '钢丝绳', '电梯钢丝绳制造'],
      ['安步', '电梯安装', '电梯安装维保'],
      ['升华', '轿厢', '电梯轿厢装饰制造'],
      ['迅捷', '缓冲器', '电梯安全部件制造'],
      ['天梯', '智能物联', '电梯物联网监测'],
      ['金鼎', '导轨', '电梯导轨及支架制造'],
      ['华升', '对重', '对重块制造'],
      ['蓝天', '杂物电梯', '杂物电梯制造'],
      ['永安', '电梯维保', '电梯维修保养'],
      ['弘毅', '层门', '电梯层门制造'],
      ['顺达', '电梯配件', '电梯配件贸易'],
      ['捷通', '停车设备', '立体停车设备制造'],
      ['康力达', '医用电梯', '医用电梯制造'],
      ['鑫隆', '电梯检测', '电梯检验检测'],
      ['卓越', '扶梯部件', '扶梯梯级制造'],
    ],
  },
  智能装备产业园: {
    road: '智造路',
    firms: [
      ['精工', '数控', '数控机床制造'],
      ['智航', '机器人', '工业机器人制造'],
      ['领航', '自动化', '自动化生产线集成'],
      ['金刚', '刀具', '超硬刀具制造'],
      ['恒瑞', '精密机械', '精密零部件加工'],
      ['天工', '智能制造', '智能装备研发制造'],
      ['博远', '激光', '激光加工设备制造'],
      ['华锐', '传感器', '传感器制造'],
      ['中科', '智能仓储', '智能仓储设备制造'],
      ['锐驰', '无人机', '无人机制造'],
      ['东方', '液压', '液压件制造'],
      ['鼎力', '工程机械', '工程机械部件制造'],
      ['新锐', '3D打印', '增材制造设备'],
      ['立信', '检测仪器', '仪器仪表制造'],
      ['光大', '新材料', '新型建材制造'],
      ['宇华', '模具', '模具制造'],
      ['科达', '焊接', '智能焊接设备制造'],
      ['华夏', '发制品', '发制品加工'],
      ['瑞祥', '金属结构', '钢结构制造'],
      ['远大', '节能装备', '节能环保装备制造'],
    ],
  },
  生物医药产业园: {
    road: '药谷路',
    firms: [
      ['仁和', '制药', '化学药品制剂制造'],
      ['华佗', '中药', '中药饮片加工'],
      ['康源', '生物科技', '生物制品研发'],
      ['百草', '中药材', '中药材种植加工'],
      ['益康', '医疗器械', '医疗器械制造'],
      ['博瑞', '医药科技', '医药研发外包'],
      ['福寿', '保健品', '保健食品制造'],
      ['安康', '诊断试剂', '体外诊断试剂制造'],
      ['济民', '药业', '药品生产'],
      ['灵芝', '生物', '生物提取物制造'],
      ['德济', '医用耗材', '医用耗材制造'],
      ['天和', '医药物流', '医药冷链物流'],
      ['同仁', '健康', '健康产品制造'],
      ['恒康', '药用辅料', '药用辅料制造'],
      ['嘉禾', '动物药业', '兽用药品制造'],
      ['润泽', '医药包装', '药品包装材料制造'],
      ['长青', '植物提取', '植物提取物制造'],
      ['瑞康', '康复器械', '康复辅具制造'],
      ['元和', '生物发酵', '生物发酵制品制造'],
      ['杏林', '医药连锁', '医药批发零售'],
    ],
  },
  电子商务产业园: {
    road: '创业路',
    firms: [
      ['云商', '电子商务', '电子商务平台'],
      ['速达', '供应链', '供应链管理服务'],
      ['网联', '信息技术', '软件和信息技术服务'],
      ['聚美', '跨境电商', '跨境电子商务'],
      ['快捷', '快递', '快递服务'],
      ['优品', '网络科技', '网络零售'],
      ['数创', '数据科技', '数据处理服务'],
      ['惠民', '直播', '直播电商服务'],
      ['汇通', '物流', '仓储配送'],
      ['易购', '商贸', '网上批发'],
      ['星火', '文化传媒', '数字营销服务'],
      ['农淘', '农产品', '农产品电商'],
      ['云仓', '仓储', '电商仓储服务'],
      ['金桥', '进出口', '进出口贸易'],
      ['智联', '软件', '软件开发'],
      ['鼎盛', '发制品贸易', '发制品跨境贸易'],
      ['创客', '孵化器', '科技企业孵化服务'],
      ['新势力', '网络', '网络技术服务'],
      ['城通', '同城配送', '同城配送服务'],
      ['诚信', '支付', '支付结算服务'],
    ],
  },
};

/** The invented enterprises, in a stable order: 102 of them, with the 11 demo ones 113. */
export const serviceEnterprises: data.SeedEnterprise[] = data.PARKS.flatMap((park) =>
  PARK_FIRMS[park].firms.map(([brand, suffix, industry], i) => ({
    name: `许昌${brand}${suffix}有限公司`,
    industry,
    park,
    address: `河南省许昌经济技术开发区${PARK_FIRMS[park].road}${(i + 2) * 18}号`,
    investmentYuan: null,
    creditCode: null,
  })),
);

/**
 * Who is paired with whom: officer n (0 = officer@) takes every 20th enterprise, starting from its
 * own position. The demo applicant's enterprise comes first (officer@), the second applicant's
 * second (officer2@), so the demo officer keeps the one and never has the other.
 */
export function servicePairings(): { officerEmail: string; enterpriseName: string }[] {
  const demoOfficer = data.demoUsers.find((u) => u.key === 'officer')!.email;
  const officerEmails = [demoOfficer, ...serviceOfficers.map((o) => o.email)];
  const ownedBy = (key: string) => data.demoUsers.find((u) => u.key === key)!.enterpriseName!;
  const [first, second] = [ownedBy('applicant'), ownedBy('applicant2')];
  const names = [first, second, ...data.enterprises.map((e) => e.name).filter((n) => n !== first && n !== second)];
  names.push(...serviceEnterprises.map((e) => e.name));
  return names.map((enterpriseName, i) => ({ officerEmail: officerEmails[i % officerEmails.length], enterpriseName }));
}

/**
 * Adds what is missing of the officers, the enterprises and their pairings, in three batch inserts;
 * an existing pairing (an admin's change) is kept. Runs inside the demo seed's transaction.
 */
export async function seedEnterpriseService(
  tx: Tx,
  context: { passwordHash: string; departmentId: string },
): Promise<{ officers: number; serviceEnterprises: number; servicePairings: number }> {
  const wanted = serviceOfficers.map((o) => o.email.toLowerCase());
  const existing = new Set(
    (
      await tx
        .select({ email: users.email })
        .from(users)
        .where(inArray(sql`lower(${users.email})`, wanted))
    ).map((u) => u.email.toLowerCase()),
  );
  const missing = serviceOfficers.filter((o) => !existing.has(o.email.toLowerCase()));
  const officers = missing.length
    ? await tx
        .insert(users)
        .values(missing.map((o) => ({ ...o, passwordHash: context.passwordHash, departmentId: context.departmentId })))
        .returning({ id: users.id })
    : [];
  if (officers.length) await tx.insert(userRoles).values(officers.map((o) => ({ userId: o.id, role: 'officer' as const })));

  const ents = await tx
    .insert(enterprises)
    .values(serviceEnterprises.map((e) => ({ ...e })))
    .onConflictDoNothing({ target: enterprises.name })
    .returning({ id: enterprises.id });

  const pairings = servicePairings();
  const userIds = new Map(
    (
      await tx
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(inArray(users.email, [...new Set(pairings.map((p) => p.officerEmail))]))
    ).map((u) => [u.email, u.id]),
  );
  const entIds = new Map(
    (
      await tx
        .select({ id: enterprises.id, name: enterprises.name })
        .from(enterprises)
        .where(
          inArray(
            enterprises.name,
            pairings.map((p) => p.enterpriseName),
          ),
        )
    ).map((e) => [e.name, e.id]),
  );
  const paired = await tx
    .insert(officerEnterprises)
    .values(
      pairings.map((p) => {
        const enterpriseId = entIds.get(p.enterpriseName);
        const officerId = userIds.get(p.officerEmail);
        if (!enterpriseId || !officerId) throw new Error(`seed: pairing of ${p.enterpriseName} refers to unknown data`);
        return { enterpriseId, officerId };
      }),
    )
    .onConflictDoNothing({ target: officerEnterprises.enterpriseId })
    .returning({ id: officerEnterprises.enterpriseId });
  return { officers: officers.length, serviceEnterprises: ents.length, servicePairings: paired.length };
}
