import { observed } from '../testing/rule-case';
import { ART3_CASES } from './art-03-ip-demonstration-enterprise.cases';

describe('ip-demonstration-enterprise (art.3)', () => {
  it.each(ART3_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART3_CASES.rule, c);
    expect(actual).toEqual(expected);
  });

  it('rejects a title twice and an unknown title', () => {
    expect(() => observed(ART3_CASES.rule, { name: '', facts: { newIpEnterpriseTitles: ['省级知识产权示范企业', '省级知识产权示范企业'] }, status: 'ineligible', amountYuan: 0 })).toThrow('选项不能重复');
    expect(() => observed(ART3_CASES.rule, { name: '', facts: { newIpEnterpriseTitles: ['区级示范企业'] }, status: 'ineligible', amountYuan: 0 })).toThrow('只能是');
  });
});
