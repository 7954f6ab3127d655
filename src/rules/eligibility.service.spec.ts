import type { Settings } from '../config/settings.schema';
import { CorpusService } from '../corpus/corpus.service';
import { EligibilityService } from './eligibility.service';
import { RULES } from './rules.registry';
import { RulesService } from './rules.service';

describe('EligibilityService', () => {
  const service = new EligibilityService(new RulesService(new CorpusService({} as Settings)));

  it('with an empty profile, assesses nothing and says what to ask for every rule', () => {
    const r = service.check({});
    expect(r).toMatchObject({ calculations: [], totalYuan: 0, eligibleRuleIds: [], needsInfo: [] });
    expect(r.notAssessed.map((n) => n.ruleId)).toEqual(RULES.map((x) => x.id));
    expect(r.notAssessed.every((n) => n.needsInfo.length > 0)).toBe(true);
    expect(r.caveats.join('')).toContain('征求意见稿');
  });

  it('does not assess a rule on who-the-applicant-is facts alone', () => {
    const r = service.check({ organizationType: '高校', locatedInJindong: true });
    expect(r.calculations).toEqual([]);
    expect(r.notAssessed.find((n) => n.ruleId === 'patent-transfer')?.needsInfo.map((n) => n.fact)).toEqual([
      'patentTransferLicenseeCount',
      'patentTransferValueYuan',
    ]);
  });

  it('sums what the applicant gets: the higher tier of one item only, titles and levels as the text pays them', () => {
    const r = service.check({
      // art.3: national demonstration and city demonstration the same year → 50万 + 5万 as written (55万)
      newIpEnterpriseTitles: ['国家级知识产权示范企业', '市级知识产权示范企业'],
      // art.2: 55件 → 100万 only, not 20 + 60 + 100
      newHighValueInventionPatentsCount: 55,
      // art.10: 国家级 and 省级 → 10万 + 8万 as written
      newIpProtectionMarketLevels: ['国家级', '省级'],
      // art.13 domestic: 10万 × 20% = 2万
      domesticPatentSuitWon: true,
      domesticPatentDamagesYuan: 100000,
    });
    // 55万 + 100万 + 18万 + 2万 = 175万 (the alternatives, highest only, are shown beside, not summed)
    expect(r.totalYuan).toBe(1_750_000);
    expect(r.calculations.flatMap((c) => c.alternatives.map((a) => [c.ruleId, a.amountYuan]))).toEqual([
      ['ip-demonstration-enterprise', 500_000],
      ['ip-protection-market', 100_000],
    ]);
    expect(r.eligibleRuleIds).toEqual(['high-value-patents', 'ip-demonstration-enterprise', 'ip-protection-market', 'patent-litigation-domestic']);
  });

  it('collects the questions that would decide the rest, once each, with the rules they unlock', () => {
    const r = service.check({ locatedInJindong: true, agencyOperatingMonths: 24, patentTransferLicenseeCount: 20 });
    expect(r.calculations.map((c) => [c.ruleId, c.status])).toEqual([
      ['patent-transfer', 'needs-info'],
      ['ip-agency-settlement', 'needs-info'],
    ]);
    expect(r.needsInfo.map((n) => n.fact)).toEqual(['organizationType', 'patentTransferValueYuan', 'agencyPatentGrantsCount', 'agencyInventionPatentGrantsCount']);
    expect(r.needsInfo[0]).toMatchObject({ question: '申报单位属于哪一类：企业、高校、科研机构、代理机构、园区（产业集聚区），还是其他？', ruleIds: ['patent-transfer'] });
  });

  it('rejects a nonsensical profile', () => {
    expect(() => service.check({ patentProductSalesPercent: 101 })).toThrow('企业画像无效：patentProductSalesPercent：不能超过100（百分比）');
  });
});
