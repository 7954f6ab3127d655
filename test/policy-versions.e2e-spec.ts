import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { policyChangesResponse } from '../src/channels/api/openapi/response.schemas';
import { POLICY_CLOCK } from '../src/rules/rules.service';
import {
  DRAFT_AWARDS,
  DRAFT_ID,
  FINAL_AWARDS,
  FINAL_FROM,
  FINAL_ID,
  FINAL_PARAMS,
  FINAL_PREFIX,
  policyVersionFixture,
} from '../src/rules/testing/policy-version-fixture';
import { createApp } from './create-app';

/**
 * A later version of the policy added beside the draft as data only (text, metadata, params.json) in a
 * temporary corpus folder, with the clock fixed: the service switches on the implementation date.
 */
const ENV = { RATE_LIMIT_API_PER_MINUTE: '0', RATE_LIMIT_CHAT_PER_MINUTE: '0' };

/** art.1's first tier: ≥10 patents, +5 on last year. */
const TIER1 = {
  ipManagementStandardCertified: true,
  selfDevelopedInventionPatentsCount: 12,
  selfDevelopedInventionPatentsLastYearCount: 6,
  annualSalesYuan: 8_000_000,
  patentProductSalesPercent: 30,
  ipStaffTrainingRatePercent: 100,
};

describe('policy versions over HTTP (e2e)', () => {
  let app: INestApplication;
  const clock = { day: '2024-06-30' };
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await createApp({
      env: { ...ENV, CORPUS_DIR: policyVersionFixture() },
      override: (b) => b.overrideProvider(POLICY_CLOCK).useValue(() => new Date(`${clock.day}T09:00:00+08:00`)),
    });
  });
  afterAll(() => app.close());

  it.each([
    ['2024-12-31', 120000, DRAFT_ID, '征求意见稿', 'art.1.1', DRAFT_AWARDS],
    [FINAL_FROM, 150000, FINAL_ID, '正式', `${FINAL_PREFIX}art.1.1`, FINAL_AWARDS],
  ] as const)('POST /api/rules/:ruleId/calculate on %s: %i yuan under %s', async (day, amount, version, status, clauseId, quote) => {
    clock.day = day;
    const res = await http().post('/api/rules/patent-intensive-enterprise/calculate').send({ facts: TIER1 }).expect(200);
    expect(res.body).toMatchObject({ status: 'eligible', amountYuan: amount, policyVersion: { id: version, status } });
    expect(res.body.citations).toContainEqual({ clauseId, label: '第1条第1款 支持培育专利密集型企业', quote });
    // The quote is the version's own text, served by the clause endpoint.
    expect((await http().get(`/api/clauses/${clauseId}`).expect(200)).body.text).toContain(quote);
    const rules = await http().get('/api/rules').expect(200);
    const tier1 = rules.body[0].parameters.find((p: { id: string }) => p.id === 'art1.tier1Award');
    expect(tier1).toMatchObject({ value: amount, quote, document: version });
  });

  it('POST /api/eligibility and POST /api/chat use the version in force', async () => {
    clock.day = '2026-03-01';
    const eligibility = await http().post('/api/eligibility').send({ profile: TIER1 }).expect(200);
    expect(eligibility.body).toMatchObject({ totalYuan: 150000, calculations: [{ policyVersion: { id: FINAL_ID } }] });
    expect(eligibility.body.caveats[0]).toContain('正式印发');
    const chat = await http()
      .post('/api/chat')
      .send({ message: '已通过贯标认证，有效发明专利12件，上年末6件，年销售收入800万元，专利产品收入占30%，培训率100%，专利密集型企业资助能拿多少？' })
      .expect(200);
    // The answer passes the service's own checks with the later version's quotes (not the safe fallback).
    expect(chat.body).toMatchObject({ outcome: 'answered', totalYuan: 150000, calculations: [{ amountYuan: 150000, policyVersion: { id: FINAL_ID } }] });
    expect(chat.body.answer).toContain(FINAL_AWARDS.slice(4));
  });

  it('GET /api/rules/changes lists what changed, by version or by date', async () => {
    clock.day = '2026-03-01';
    for (const url of [`/api/rules/changes?from=${DRAFT_ID}&to=${FINAL_ID}`, '/api/rules/changes?from=2024-12-31&to=2025-01-01', '/api/rules/changes']) {
      const res = await http().get(url).expect(200);
      expect(policyChangesResponse.safeParse(res.body).success).toBe(true);
      expect(res.body.from.id).toBe(DRAFT_ID);
      expect(res.body.to).toMatchObject({ id: FINAL_ID, status: '正式', effective: { from: FINAL_FROM } });
      expect(res.body.changes.map((c: { id: string }) => c.id)).toEqual(Object.keys(FINAL_PARAMS));
      expect(res.body.changes[0]).toMatchObject({
        id: 'art1.tier1Award',
        clauseId: 'art.1.1',
        from: { value: 120000, quote: DRAFT_AWARDS, version: DRAFT_ID },
        to: { value: 150000, quote: FINAL_AWARDS, version: FINAL_ID },
      });
      // Only the first tier's figure changed; the other two changed words.
      expect(res.body.changes.filter((c: { from: { value: number }; to: { value: number } }) => c.from.value !== c.to.value)).toHaveLength(1);
    }
    expect((await http().get(`/api/rules/changes?from=${FINAL_ID}&to=2027-01-01`).expect(200)).body.changes).toEqual([]);
  });

  it.each([
    ['/api/rules/changes?from=jindong-ip-2030', 404, 'NOT_FOUND', `未找到政策版本“jindong-ip-2030”（from）。可用的版本：${DRAFT_ID}、${FINAL_ID}`],
    ['/api/rules/changes?to=2025-02-30', 400, 'VALIDATION', 'to 应为政策版本编号（如 jindong-ip-2023-draft）或 YYYY-MM-DD 格式的日期'],
    ['/api/rules/changes?from=' + encodeURIComponent('正式版'), 400, 'VALIDATION', 'from 应为政策版本编号'],
  ])('GET %s → %i %s in Chinese', async (url, status, code, message) => {
    const res = await http().get(url).expect(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toContain(message);
  });
});

describe('policy versions at start-up (e2e)', () => {
  it('refuses to start when a params.json quote is not in its version’s text, saying which and where', async () => {
    const dir = policyVersionFixture({ params: { ...FINAL_PARAMS, 'art1.tier1Award': { value: 150000, quote: '给予15万元奖励', clauseId: 'art.1.1' } } });
    await expect(createApp({ env: { ...ENV, CORPUS_DIR: dir } })).rejects.toThrow(
      '版本参数文件 jindong-ip-2025.params.json：参数 art1.tier1Award 的原文“给予15万元奖励”不在版本 jindong-ip-2025 的条款 art.1.1（jindong-ip-policy-2025.txt）中；请从该版本原文逐字复制含该数字的短语',
    );
  });

  it('serves only the draft with the real corpus: no change from it to today', async () => {
    const app = await createApp({ env: ENV });
    try {
      const res = await request(app.getHttpServer()).get('/api/rules/changes').expect(200);
      expect(res.body).toMatchObject({ from: { id: DRAFT_ID, effective: { from: null, to: null } }, to: { id: DRAFT_ID }, changes: [] });
    } finally {
      await app.close();
    }
  });
});
