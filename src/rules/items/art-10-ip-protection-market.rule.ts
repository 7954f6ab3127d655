import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART10 } from './art-10.params';
import { levelAward } from './level-award';

export const ipProtectionMarket = defineRule(['newIpProtectionMarketLevels'], {
  id: 'ip-protection-market',
  title: '知识产权保护规范化市场奖励',
  clauseId: 'art.10',
  params: Object.values(ART10),
  assumptions: ['一次性奖励按当年新认定的最高层级计：国家级10万元、省级8万元，同年两级均新认定的不累加。'],
  evaluate: (f) =>
    levelAward({ clauseId: 'art.10', subject: '知识产权保护规范化市场' }, fact(f, 'newIpProtectionMarketLevels'), [
      ['国家级', ART10.national],
      ['省级', ART10.provincial],
    ]),
});
