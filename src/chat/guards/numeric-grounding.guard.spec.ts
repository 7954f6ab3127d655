import { checkNumericGrounding, GroundingCalculation } from './numeric-grounding.guard';

const art2Quote = '对当年新增高价值发明专利30件以上的，每家奖励60万元';
const calc: GroundingCalculation = {
  amountYuan: 600_000,
  trace: [{ value: 35 }, { amountYuan: 600_000 }],
};

describe('checkNumericGrounding', () => {
  it.each([
    ['可获奖励60万元。', true],
    ['可获奖励600,000元。', true],
    ['可获奖励六十万元。', true],
    ['可获奖励80万元。', false],
    ['按规定每家奖励60万元，另可叠加100万元。', false],
  ])('%s → ok=%s', (answer, ok) => {
    expect(checkNumericGrounding({ answer, calculations: [calc], quotes: [art2Quote] }).ok).toBe(ok);
  });

  it('accepts figures from a cited quote and from caps and trace values', () => {
    const capped: GroundingCalculation = {
      amountYuan: 50_000,
      capApplied: [{ capYuan: 50_000, uncappedYuan: 60_000 }],
      trace: [{ value: 300_000 }, { amountYuan: 60_000 }, { amountYuan: 50_000 }],
    };
    const answer = '判赔金额30万元的20%为6万元，超过最高5万元，按5万元补助。';
    const quote = '按照司法判赔金额的20%予以补助，最高不超过5万元';
    expect(checkNumericGrounding({ answer, calculations: [capped], quotes: [quote] })).toEqual({ ok: true, violations: [] });
  });

  it('names each figure that has no source, percentages included', () => {
    const result = checkNumericGrounding({ answer: '补助比例为90%，约合12万元', calculations: [], quotes: [art2Quote] });
    expect(result.ok).toBe(false);
    expect(result.violations.map((v) => v.raw)).toEqual(['90%', '12万元']);
  });

  it('accepts the total and ignores counts and years', () => {
    const answer = '2023年新增35件，两项合计110万元。';
    const other: GroundingCalculation = { amountYuan: 500_000, trace: [] };
    expect(checkNumericGrounding({ answer, calculations: [calc, other], totalYuan: 1_100_000, quotes: [] }).ok).toBe(true);
  });

  it('accepts figures the rule itself wrote in its explanation or assumptions (e.g. the LPR it used)', () => {
    const loan: GroundingCalculation = { amountYuan: 74_400, trace: [], assumptions: ['上年末一年期LPR按3.1%计'] };
    expect(checkNumericGrounding({ answer: '按LPR 3.1%的80%计，可贴息74400元。', calculations: [loan], quotes: ['LPR利率80%'] }).ok).toBe(true);
    expect(checkNumericGrounding({ answer: '按LPR 3.1%计。', calculations: [{ amountYuan: 0, trace: [] }], quotes: [] }).ok).toBe(false);
  });

  describe('quoted-spans mode (model answers)', () => {
    const art2 = '对当年新增高价值发明专利30件以上的，每家奖励60万元；对当年新增高价值发明专利50件以上的，每家奖励100万元。';
    const check = (answer: string) => checkNumericGrounding({ answer, calculations: [calc], quotes: [art2], quoteMode: 'quoted-spans' });

    it('refuses a policy figure stated as what this enterprise gets', () => {
      expect(check('贵单位可获得100万元奖励。').violations.map((v) => v.raw)).toEqual(['100万元']);
    });

    it('accepts the same figure inside an exact quotation of the clause', () => {
      expect(check('可获得60万元。第2条原文：“对当年新增高价值发明专利50件以上的，每家奖励100万元。”').ok).toBe(true);
    });

    it('refuses a fact the user gave presented as the payout', () => {
      const premium: GroundingCalculation = { amountYuan: 32_000, trace: [{ value: 80_000 }] };
      const strict = (answer: string) => checkNumericGrounding({ answer, calculations: [premium], quotes: [], quoteMode: 'quoted-spans' });
      expect(strict('您缴纳保费8万元，可获得补助3.2万元。').ok).toBe(true);
      expect(strict('您缴纳保费8万元，可获得补助8万元。').violations.map((v) => v.raw)).toEqual(['8万元']);
    });

    it('does not accept a quotation the clause does not contain', () => {
      expect(check('第2条规定：“新增30件以上的，每家奖励100万元。”').ok).toBe(false);
    });
  });
});
