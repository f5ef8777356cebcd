import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { POST } from '@/app/api/v1/names/check/route';
import { enterpriseNames } from '@/db/schema';
import { registryRow, DEMO_NAMES_DAY } from '@/db/seed-names';
import { ANONYMOUS } from '@/lib/auth/permissions';
import { checkEnterpriseName } from '@/lib/data/names';
import type { NameCheckInput } from '@/lib/domain/names';
import { driver, setUpTestDatabase } from './harness';

const test = setUpTestDatabase();
const today = DEMO_NAMES_DAY;

const proposal = (tradeName: string, industry: string, extra: Partial<NameCheckInput> = {}): NameCheckInput => ({
  region: '许昌',
  tradeName,
  industry,
  organizationForm: '有限公司',
  ...extra,
});

const check = (input: NameCheckInput) => checkEnterpriseName(ANONYMOUS, input, { today });

function expectSorted(similar: { name: string; score: number }[]) {
  for (const s of similar) {
    expect(s.score).toBeGreaterThan(0);
    expect(s.score).toBeLessThanOrEqual(1);
    expect(Math.round(s.score * 100) / 100).toBe(s.score);
  }
  const scores = similar.map((s) => s.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
}

describe(`name check against the register (${driver})`, () => {
  it('finds a new name available', async () => {
    const result = await check(proposal('翊澜', '新材料'));
    expect(result).toMatchObject({ verdict: 'available', reasons: [] });
  });

  it('refuses a restricted word', async () => {
    const result = await check(proposal('中华翊澜', '新材料'));
    expect(result.verdict).toBe('refused');
    expect(result.reasons.map((r) => r.rule)).toContain('content.restricted');
  });

  it('refuses the trade name of a registered demo enterprise in the same industry', async () => {
    const result = await check(proposal('渊鸿', '商贸'));
    expect(result.verdict).toBe('refused');
    expect(result.reasons[0]).toMatchObject({ rule: 'name.same', blockingName: '许昌渊鸿商贸有限公司' });
    expect(result.similar[0]).toEqual({ name: '许昌渊鸿商贸有限公司', score: 1 });
    expectSorted(result.similar);
  });

  it('refuses a name revoked 6 months ago and says when it becomes free; 14 months ago it is free', async () => {
    const recent = await check(proposal('金穗', '食品'));
    expect(recent.verdict).toBe('refused');
    expect(recent.reasons[0]).toMatchObject({ rule: 'name.same', blockingName: '许昌金穗食品有限公司', freeFrom: '2027-05-26' });
    const old = await check(proposal('青松', '建材'));
    expect(old.verdict).toBe('available');
  });

  it('warns of a homophone trade name in the same industry', async () => {
    const result = await check(proposal('鸿之叶', '新材料'));
    expect(result.verdict).toBe('similar');
    expect(result.reasons).toEqual([
      expect.objectContaining({ rule: 'name.homophone', blockingName: '河南鸿之业新材料有限公司' }),
    ]);
    expect(result.similar.map((s) => s.name)).toContain('河南鸿之业新材料有限公司');
    expectSorted(result.similar);
  });

  it('warns of the same trade name with a synonymous industry', async () => {
    const result = await check(proposal('渊鸿', '贸易'));
    expect(result.verdict).toBe('similar');
    expect(result.reasons[0]).toMatchObject({ rule: 'name.sameSynonymIndustry', blockingName: '许昌渊鸿商贸有限公司' });
    const property = await check(proposal('置诚', '房地产'));
    expect(property.reasons[0]).toMatchObject({ rule: 'name.sameSynonymIndustry', blockingName: '许昌置诚置业有限公司' });
  });

  it('warns of containment both ways', async () => {
    const contains = await check(proposal('巨领星', '新材料'));
    expect(contains.verdict).toBe('similar');
    expect(contains.reasons[0]).toMatchObject({ rule: 'name.contains', blockingName: '许昌巨领能源科技有限公司' });
    expectSorted(contains.similar);
    const contained = await check(proposal('西继迅', '新材料'));
    expect(contained.verdict).toBe('similar');
    expect(contained.reasons[0]).toMatchObject({ rule: 'name.contains', blockingName: '西继迅达（许昌）电梯有限公司' });
  });

  it('ignores names of another registration authority', async () => {
    await test.db.insert(enterpriseNames).values(
      registryRow({
        region: '河南',
        tradeName: '澄渊',
        industry: '新材料',
        organizationForm: '有限公司',
        status: 'registered',
        statusDate: '2020-01-01',
      }),
    );
    expect((await check(proposal('澄渊', '新材料'))).verdict).toBe('available');
  });

  it('checks a name of another city against that city’s register', async () => {
    await test.db.insert(enterpriseNames).values(
      registryRow({
        region: '郑州市金水区',
        tradeName: '宇辰',
        industry: '智能装备',
        organizationForm: '有限公司',
        status: 'registered',
        statusDate: '2021-05-01',
      }),
    );
    const [row] = await test.db.select().from(enterpriseNames).where(eq(enterpriseNames.tradeNameNormalized, '宇辰'));
    expect(row.authority).toBe('410100');
    const zhengzhou = await check(proposal('宇辰', '智能装备', { region: '郑州' }));
    expect(zhengzhou).toMatchObject({
      verdict: 'refused',
      reasons: [{ rule: 'name.same', blockingName: '郑州市金水区宇辰智能装备有限公司' }],
    });
    expect((await check(proposal('宇辰', '智能装备'))).verdict).toBe('available');
    // 许昌 + 澄翰岚 + 电梯配件: an ordinary name in a zone with an elevator park.
    expect(await check(proposal('澄翰岚', '电梯配件', { organizationForm: '有限责任公司' }))).toMatchObject({
      verdict: 'available',
      reasons: [],
    });
  });

  it('lets the database refuse a second live name with the same trade name and industry, not a synonymous one', async () => {
    const reserved = (region: string, industry: string) =>
      registryRow({
        region,
        tradeName: '竞帆',
        industry,
        organizationForm: '有限公司',
        status: 'reserved',
        statusDate: today,
        reservedUntil: '2027-01-26',
      });
    await test.db.insert(enterpriseNames).values(reserved('禹州', '地产'));
    const error = await test.db
      .insert(enterpriseNames)
      .values(reserved('长葛', '地产'))
      .then(
        () => null,
        (e: unknown) => e as Error & { cause?: { code?: string; message?: string } },
      );
    expect(error).not.toBeNull();
    expect(`${error?.cause?.message ?? ''} ${error?.message}`).toMatch(/enterprise_names_live_unique_idx|duplicate key/);
    // A synonymous industry is only similar: the window may approve it, so the register can hold both.
    const second = reserved('长葛', '房地产');
    await test.db.insert(enterpriseNames).values(second);
    await test.db.delete(enterpriseNames).where(eq(enterpriseNames.fullName, second.fullName));
    // A cancelled name does not hold the live place (the check still blocks it for a year).
    await test.db.insert(enterpriseNames).values({ ...second, status: 'cancelled' });
    const result = await check(proposal('竞帆', '房地产'));
    expect(result.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'name.sameSynonymIndustry', blockingName: '禹州竞帆地产有限公司' }),
        expect.objectContaining({ rule: 'name.same', blockingName: '长葛竞帆房地产有限公司', freeFrom: '2027-11-26' }),
      ]),
    );
  });
});

describe(`POST /api/v1/names/check (${driver})`, () => {
  const post = (body: string) =>
    POST(
      new Request('http://localhost/api/v1/names/check', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }),
    );

  it('answers a valid request with the verdict', async () => {
    const res = await post(
      JSON.stringify({ region: ' 许昌 ', tradeName: '渊鸿', industry: '商贸', organizationForm: '有限公司' }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { verdict: string; reasons: { rule: string; part: string }[] };
    expect(body.verdict).toBe('refused');
    expect(body.reasons[0]).toMatchObject({ rule: 'name.same', part: 'tradeName' });
  });

  it('gives 400 with field errors for missing or bad fields, and for malformed JSON', async () => {
    const missing = await post(JSON.stringify({ region: '许昌', tradeName: '', organizationForm: 42 }));
    expect(missing.status).toBe(400);
    const body = (await missing.json()) as { error: { code: string; fields: Record<string, string[]> } };
    expect(body.error.code).toBe('invalid');
    expect(Object.keys(body.error.fields).sort()).toEqual(['industry', 'organizationForm', 'tradeName']);
    expect((await post('{"region": ')).status).toBe(400);
    expect((await post('null')).status).toBe(400);
    expect(
      (await post(JSON.stringify({ region: '许', tradeName: '鸿'.repeat(51), industry: '', organizationForm: '有限公司' })))
        .status,
    ).toBe(400);
  });
});
