import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from './create-app';

describe('rules API (e2e)', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await createApp();
  });
  afterAll(() => app.close());

  const http = () => request(app.getHttpServer());

  it('GET /api/rules lists every rule with its JSON Schema', async () => {
    const res = await http().get('/api/rules').expect(200).expect('content-type', /application\/json/);
    expect(res.body).toHaveLength(30);
    const pledge = res.body.find((r: { id: string }) => r.id === 'ip-pledge-loan-interest');
    expect(pledge).toMatchObject({ title: '知识产权质押贷款贴息', clauseId: 'art.4.1', clauseLabel: '第4条第1款 深化知识产权金融发展' });
    expect(pledge.inputSchema).toMatchObject({ type: 'object', additionalProperties: false });
    // The rule's own facts, then who applies and where (every rule reads them: src/rules/applicant.ts).
    expect(Object.keys(pledge.inputSchema.properties)).toEqual(['ipPledgeLoans', 'pledgeLoanSubsidyYear', 'lprOneYearPercent', 'organizationType', 'locatedInJindong']);
    expect(pledge.applicants).toEqual({ kinds: ['企业'], clauseId: 'art.4.1', quote: '企业获得专利权、商标权等知识产权质押贷款并按期正常偿还贷款的' });
    expect(pledge.inputSchema.properties.pledgeLoanSubsidyYear.description).toContain('LPR');
    expect(pledge.parameters).toContainEqual(
      expect.objectContaining({ id: 'art4.pledgeCapPerRightType', value: 300000, clauseId: 'art.4.1', quote: '单个企业每种权项质押每年最高补助30万元' }),
    );
  });

  it('GET /api/rules/:ruleId describes one rule', async () => {
    const res = await http().get('/api/rules/high-value-patents').expect(200);
    expect(res.body).toMatchObject({ id: 'high-value-patents', clauseId: 'art.2' });
  });

  it('POST /api/rules/:ruleId/calculate computes with a trace, citations and caveats', async () => {
    const res = await http()
      .post('/api/rules/patent-intensive-enterprise/calculate')
      .send({
        facts: {
          ipManagementStandardCertified: true,
          selfDevelopedInventionPatentsCount: 6,
          selfDevelopedInventionPatentsLastYearCount: 3,
          annualSalesYuan: 8_000_000,
          patentProductSalesPercent: 30,
          ipStaffTrainingRatePercent: 100,
        },
      })
      .expect(200);
    // 6件 ≥ 5 and +3 ≥ +3 → 第二档 8万元
    expect(res.body).toMatchObject({ ruleId: 'patent-intensive-enterprise', clauseId: 'art.1', status: 'eligible', eligible: true, amountYuan: 80000 });
    expect(res.body.trace.every((s: { clauseId: string }) => /^art\.1(\.\d)?$/.test(s.clauseId))).toBe(true);
    expect(res.body.explanation).toContain('测算可获8万元');
    expect(res.body.citations).toContainEqual({ clauseId: 'art.1.1', label: '第1条第1款 支持培育专利密集型企业', quote: '分别给予12万元、8万元和5万元资助' });
    expect(res.body.caveats.join('')).toEqual(expect.stringContaining('征求意见稿'));
    expect(res.body.caveats.join('')).toEqual(expect.stringContaining('就高不就低'));
    expect(res.body.caveats.join('')).toEqual(expect.stringContaining('亩均效益'));
  });

  it('reports missing facts as needsInfo with a question', async () => {
    const res = await http().post('/api/rules/ip-insurance/calculate').send({ facts: {} }).expect(200);
    expect(res.body).toMatchObject({ status: 'needs-info', eligible: false, amountYuan: 0 });
    expect(res.body.needsInfo).toEqual([{ fact: 'ipInsurancePremiumYuan', question: '当年度购买知识产权保险实际缴纳了多少保费（元）？' }]);
  });

  it('applies and reports a cap', async () => {
    const res = await http().post('/api/rules/ip-insurance/calculate').send({ facts: { ipInsurancePremiumYuan: 300000 } }).expect(200);
    // 30万 × 50% = 15万 → cap 10万
    expect(res.body).toMatchObject({ amountYuan: 100000, capApplied: [{ capYuan: 100000, uncappedYuan: 150000, clauseId: 'art.4.2' }] });
  });

  it('POST /api/eligibility returns every applicable calculation and the total', async () => {
    const res = await http()
      .post('/api/eligibility')
      .send({
        profile: {
          newHighValueInventionPatentsCount: 32,
          newIpEnterpriseTitles: ['省级知识产权示范企业'],
          ipInsurancePremiumYuan: 60000,
          greenProductCertified: true,
          annualSalesYuan: 3_000_000,
          madridTrademarkFeesYuan: 12000,
        },
      })
      .expect(200);
    // 60万 (art.2, ≥30件) + 30万 (art.3) + 3万 (60 000 × 50%) + 10万 (green) + 1.2万 (Madrid) = 1 042 000
    expect(res.body.totalYuan).toBe(1_042_000);
    expect(res.body.eligibleRuleIds).toEqual(['high-value-patents', 'ip-demonstration-enterprise', 'ip-insurance', 'madrid-trademark', 'green-product-certification']);
    const sum = res.body.calculations
      .filter((c: { eligible: boolean }) => c.eligible)
      .reduce((s: number, c: { amountYuan: number }) => s + c.amountYuan, 0);
    expect(sum).toBe(res.body.totalYuan);
    // sales of 300万 alone already fail art.1
    expect(res.body.calculations.find((c: { ruleId: string }) => c.ruleId === 'patent-intensive-enterprise')).toMatchObject({ status: 'ineligible', eligible: false });
    expect(res.body.notAssessed.map((n: { ruleId: string }) => n.ruleId)).toContain('ip-pledge-loan-interest');
    expect(res.body.caveats).toHaveLength(2);
  });

  it('404 for an unknown rule, in Chinese', async () => {
    const res = await http().post('/api/rules/no-such-rule/calculate').send({ facts: {} }).expect(404);
    expect(res.body.error).toMatchObject({ code: 'RULE_NOT_FOUND' });
    expect(res.body.error.message).toContain('未找到测算规则“no-such-rule”');
    await http().get('/api/rules/no-such-rule').expect(404);
  });

  it.each([
    [{ facts: { ipInsurancePremiumYuan: -5 } }, 'facts.ipInsurancePremiumYuan：不能为负数'],
    [{ facts: { ipInsurancePremiumYuan: '5万' } }, 'facts.ipInsurancePremiumYuan：应为数字（单位：元）'],
    [{ facts: { ipInsurancePremiumYuan: 12.5 } }, 'facts.ipInsurancePremiumYuan：应为整数（单位：元）'],
    [{ facts: { annualSalesYuan: 1 } }, 'facts：出现未知的键'],
    [{}, 'facts：'],
    [{ facts: {}, extra: 1 }, '出现未知的键'],
  ])('400 with a Chinese message naming the field: %j', async (body, message) => {
    const res = await http().post('/api/rules/ip-insurance/calculate').send(body).expect(400);
    expect(res.body.error.code).toBe('VALIDATION');
    expect(res.body.error.message).toContain(message);
  });

  it.each([
    [{ profile: { patentProductSalesPercent: 120 } }, 'profile.patentProductSalesPercent：不能超过100（百分比）'],
    [{ profile: { selfDevelopedInventionPatentsCount: -1 } }, 'profile.selfDevelopedInventionPatentsCount：不能为负数'],
    [{ profile: { agencyPatentGrantsCount: 5, agencyInventionPatentGrantsCount: 8 } }, 'profile.agencyInventionPatentGrantsCount：其中发明专利数量不能多于代理专利授权总量'],
    [{ profile: { unknownFact: true } }, 'profile：出现未知的键'],
  ])('400 for a nonsensical profile: %j', async (body, message) => {
    const res = await http().post('/api/eligibility').send(body).expect(400);
    expect(res.body.error.message).toContain(message);
  });

  it('400 for a body that is not JSON', async () => {
    const res = await http().post('/api/eligibility').set('content-type', 'application/json').send('{oops').expect(400);
    expect(res.body.error.message).toContain('JSON');
  });
});
