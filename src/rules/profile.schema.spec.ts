import { z } from 'zod';
import { parseInput } from '../common/zod-input';
import { FACT_QUESTIONS, pickProfile, profileSchema, profileShape, ProfileKey } from './profile.schema';
import { RULES } from './rules.registry';

const CJK = /[\u4e00-\u9fff]/;
const FIELDS = Object.keys(profileShape) as ProfileKey[];

type JsonSchema = { type?: string; description?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema; additionalProperties?: boolean };

describe('enterprise profile vocabulary', () => {
  it('describes every field in Chinese and has a ready question for it', () => {
    const json = z.toJSONSchema(profileSchema, { io: 'input' }) as JsonSchema;
    for (const f of FIELDS) {
      expect([f, CJK.test(json.properties?.[f]?.description ?? '')]).toEqual([f, true]);
      expect([f, /[？。]$/.test(FACT_QUESTIONS[f])]).toEqual([f, true]);
    }
  });

  it('describes nested fields too (pledge loans, regional trademarks)', () => {
    const json = z.toJSONSchema(profileSchema, { io: 'input' }) as JsonSchema;
    for (const f of ['ipPledgeLoans', 'regionalTrademarkRegistrations'] as const) {
      const item = json.properties?.[f]?.items as JsonSchema;
      expect(item.additionalProperties).toBe(false);
      for (const [k, v] of Object.entries(item.properties ?? {})) expect([k, CJK.test(v.description ?? '')]).toEqual([k, true]);
    }
  });

  it('uses every field in some rule, and every rule input is a pick of the profile', () => {
    const used = new Set(RULES.flatMap((r) => r.facts));
    expect(FIELDS.filter((f) => !used.has(f))).toEqual([]);
    for (const r of RULES) {
      const json = z.toJSONSchema(r.schema, { io: 'input' }) as JsonSchema;
      expect({ id: r.id, type: json.type, closed: json.additionalProperties, keys: Object.keys(json.properties ?? {}) }).toEqual({
        id: r.id,
        type: 'object',
        closed: false,
        keys: [...r.facts],
      });
    }
  });

  it.each([
    [{ annualSalesYuan: -1 }, 'annualSalesYuan：不能为负数'],
    [{ annualSalesYuan: Number.NaN }, 'annualSalesYuan：应为数字（单位：元）'],
    [{ annualSalesYuan: 1.5 }, 'annualSalesYuan：应为整数（单位：元）'],
    [{ annualSalesYuan: 1e14 }, 'annualSalesYuan：金额过大'],
    [{ selfDevelopedInventionPatentsCount: 2.5 }, 'selfDevelopedInventionPatentsCount：应为整数（单位：件）'],
    [{ selfDevelopedInventionPatentsCount: 2_000_000 }, 'selfDevelopedInventionPatentsCount：数量过大'],
    [{ patentProductSalesPercent: 100.01 }, 'patentProductSalesPercent：不能超过100'],
    [{ patentProductSalesPercent: -0.5 }, 'patentProductSalesPercent：不能为负数'],
    [{ patentProductSalesPercent: 20.001 }, 'patentProductSalesPercent：最多保留两位小数'],
    [{ ipManagementStandardCertified: 'yes' }, 'ipManagementStandardCertified：应为 true（是）或 false（否）'],
    [{ ipAllianceFilingLevel: '县级' }, 'ipAllianceFilingLevel：只能是：国家级、省级、市级、区级、未备案'],
    [{ newChinaPatentAwards: '金奖' }, 'newChinaPatentAwards：应为数组'],
    [{ foreignPatentSuitCountry: '  ' }, 'foreignPatentSuitCountry：不能为空'],
    [{ foreignPatentSuitCountry: 7 }, 'foreignPatentSuitCountry：应为文字'],
    [{ pledgeLoanSubsidyYear: 1999 }, 'pledgeLoanSubsidyYear：应在2019到2100之间'],
    [{ ipPledgeLoans: {} }, 'ipPledgeLoans：应为数组'],
    [{ ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 0 }] }, 'ipPledgeLoans.0.loanPrincipalYuan：应不少于1元'],
    [{ regionalTrademarkRegistrations: [{ office: '欧盟', feesYuan: 1 }, { office: '欧盟', feesYuan: 2 }] }, 'regionalTrademarkRegistrations：每个地区组织只填一项'],
    [{ agencyPatentGrantsCount: 5, agencyInventionPatentGrantsCount: 6 }, 'agencyInventionPatentGrantsCount：其中发明专利数量不能多于代理专利授权总量'],
  ])('rejects nonsense %j in Chinese, naming the field', (profile, message) => {
    expect(() => parseInput(profileSchema, profile, '企业画像')).toThrow(message);
  });

  it('accepts the boundaries', () => {
    expect(parseInput(profileSchema, { patentProductSalesPercent: 100, ipStaffTrainingRatePercent: 0, annualSalesYuan: 0 }, '企业画像')).toEqual({
      patentProductSalesPercent: 100,
      ipStaffTrainingRatePercent: 0,
      annualSalesYuan: 0,
    });
  });

  it('applies a cross-field check only where both fields are in the schema', () => {
    expect(pickProfile(['agencyInventionPatentGrantsCount']).safeParse({ agencyInventionPatentGrantsCount: 6 }).success).toBe(true);
    expect(pickProfile(['agencyPatentGrantsCount', 'agencyInventionPatentGrantsCount']).safeParse({ agencyPatentGrantsCount: 6, agencyInventionPatentGrantsCount: 6 }).success).toBe(true);
  });
});
