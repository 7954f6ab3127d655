import type { RulePhrasings } from '../lexicon/lexicon.types';

/** How people state the facts of art.10's awards (say → facts), run by one test. */
export const ART10_PHRASINGS: readonly RulePhrasings[] = [
  {
    ruleId: 'ip-protection-market',
    phrasings: [
      { say: '我们市场今年被认定为省级知识产权保护规范化市场', facts: { newIpProtectionMarketLevels: ['省级'] } },
      { say: '小商品市场新评上了国家级知识产权保护规范化市场', facts: { newIpProtectionMarketLevels: ['国家级'] } },
      { say: '国家的', asked: 'newIpProtectionMarketLevels', facts: { newIpProtectionMarketLevels: ['国家级'] } },
      { say: '知识产权保护规范化市场还没认定下来', facts: { newIpProtectionMarketLevels: [] } },
      { say: '我们是省里的知识产权保护规范化市场，今年刚批的', facts: { newIpProtectionMarketLevels: ['省级'] } },
      { say: '今年新認定為國家級知識產權保護規範化市場', facts: { newIpProtectionMarketLevels: ['国家级'] } },
    ],
  },
];
