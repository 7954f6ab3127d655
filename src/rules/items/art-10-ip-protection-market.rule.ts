import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART10 } from './art-10.params';
import { levelAward } from './level-award';

export const ipProtectionMarket = defineRule(['newIpProtectionMarketLevels'], {
  id: 'ip-protection-market',
  oneOff: { clauseId: 'art.10', quote: '每家分别给予一次性奖励10万元、8万元' },
  applicants: { kinds: ['单位'], clauseId: 'art.10', quote: '对新认定的国家级、省级知识产权保护规范化市场每家' },
  title: '知识产权保护规范化市场奖励',
  clauseId: 'art.10',
  params: Object.values(ART10),
  interpretations: ['levels-same-year'],
  assumptions: ['一次性奖励：国家级10万元、省级8万元；同年两级均新认定的，按原文字面分别奖励（另示只奖最高一级的金额）。'],
  evaluate: (f) =>
    levelAward({ clauseId: 'art.10', subject: '知识产权保护规范化市场', interpretationId: 'levels-same-year', verb: '新认定' }, fact(f, 'newIpProtectionMarketLevels'), [
      ['国家级', ART10.national],
      ['省级', ART10.provincial],
    ]),
});
