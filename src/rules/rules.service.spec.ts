import { Logger } from '@nestjs/common';
import type { Settings } from '../config/settings.schema';
import { DomainError } from '../common/domain-error';
import { CorpusService } from '../corpus/corpus.service';
import { RULES } from './rules.registry';
import { RulesService } from './rules.service';

describe('RulesService', () => {
  const corpus = new CorpusService({} as Settings);
  const service = new RulesService(corpus);

  it('lists every rule with its clause label, JSON Schema and cited parameters', () => {
    const catalogue = service.catalogue();
    expect(catalogue.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(catalogue[0]).toMatchObject({ id: 'patent-intensive-enterprise', clauseLabel: '第1条 支持培育专利密集型企业', inputSchema: { type: 'object' } });
    expect(service.describe('madrid-trademark').parameters.map((p) => p.value)).toEqual([100, 30000]);
  });

  it('throws RULE_NOT_FOUND in Chinese for an unknown rule', () => {
    expect(() => service.get('nope')).toThrow(DomainError);
    expect(() => service.describe('nope')).toThrow('未找到测算规则“nope”');
  });

  it('validates facts with the rule schema and labels citations from the corpus', () => {
    expect(() => service.calculate('ip-insurance', { ipInsurancePremiumYuan: -1 })).toThrow('测算事实无效：ipInsurancePremiumYuan：不能为负数');
    const calc = service.calculate('ip-insurance', { ipInsurancePremiumYuan: 1000 });
    expect(calc).toMatchObject({ eligible: true, amountYuan: 500 });
    expect(calc.citations[0]).toEqual({ clauseId: 'art.4.2', label: '第4条第2款 深化知识产权金融发展', quote: '按年度保费的50%予以补助' });
  });

  it('gives the amount were the missing yes/no conditions met, and only then', () => {
    // Only whether the suit was won is missing: 200万 × 25% = 50万, capped at 30万 for the US.
    const suit = service.calculate('patent-litigation-abroad', { foreignPatentSuitCountry: '美国', foreignPatentSuitAgencyFeesYuan: 2_000_000 });
    expect(suit).toMatchObject({ status: 'needs-info', eligible: false, amountYuan: 0 });
    expect(suit.conditional).toEqual({ condition: '最终胜诉', amountYuan: 300_000, ceiling: false });
    // An either-or is met by its first side alone: the condition names that side only.
    expect(service.calculate('brand-station', {}).conditional).toMatchObject({ condition: '新建了省级品牌指导服务站', amountYuan: 50_000 });
    // A missing figure has no amount to assume, except the number of items where each pays the same sum:
    // the amount for one, never a tier or threshold.
    expect(service.calculate('high-value-patents', {}).conditional).toBeUndefined();
    expect(service.calculate('ip-early-warning-project', {}).conditional).toEqual({ condition: '为1项', amountYuan: 200_000, ceiling: false });
    expect(service.calculate('single-country-trademark', {}).conditional).toMatchObject({ condition: '为1个国家', amountYuan: 2_000 });
    expect(service.calculate('patent-transfer', { organizationType: '高校', locatedInJindong: true, patentTransferValueYuan: 1_000_000 }).conditional).toBeUndefined();
    expect(service.calculate('patent-litigation-abroad', { foreignPatentSuitCountry: '美国' }).conditional).toBeUndefined();
  });

  it('does not pay the same thing twice: one-off awards and awards for what is new in the year', () => {
    const once = service.repeated(service.get('gi-trademark'));
    expect(once).toMatchObject({ status: 'ineligible', eligible: false, amountYuan: 0 });
    expect(once.explanation).toContain('同一事项只发放一次');
    expect(service.repeated(service.get('well-known-trademark')).explanation).toContain('以前年度已获得并领取过的同一事项不再重复奖励');
  });

  it('answers a level an item does not list as not eligible under it, with no neighbouring amount', () => {
    const calc = service.unlisted(service.get('ip-demonstration-enterprise'), '省级知识产权优势企业');
    expect(calc).toMatchObject({ status: 'ineligible', eligible: false, amountYuan: 0, ruleId: 'ip-demonstration-enterprise' });
    expect(calc.trace).toEqual([expect.objectContaining({ outcome: 'fail', value: '省级知识产权优势企业' })]);
    expect(calc.explanation).toContain('本条未列明省级知识产权优势企业');
  });

  it('falls back to a plain clause reference when the corpus lacks a label', () => {
    expect(service.labelOf('art.99.1')).toBe('第99条第1款');
  });

  it('warns at start-up when the corpus no longer holds a quoted phrase', () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    new RulesService({ find: () => undefined } as unknown as CorpusService);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('在条款 art.1.1 中未找到'));
    warn.mockRestore();
  });
});
