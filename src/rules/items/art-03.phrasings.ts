import type { RulePhrasings } from '../lexicon/lexicon.types';

/** How people state the facts of art.3's awards (say → facts), run by one test. */
export const ART3_PHRASINGS: readonly RulePhrasings[] = [
  {
    ruleId: 'ip-demonstration-enterprise',
    phrasings: [
      { say: '我们今年刚被认定为省级知识产权示范企业', facts: { newIpEnterpriseTitles: ['省级知识产权示范企业'] } },
      { say: '今年拿了国优企业', facts: { newIpEnterpriseTitles: ['国家级知识产权优势企业'] } },
      { say: '咱们厂刚评上国示范企业，奖多少', facts: { newIpEnterpriseTitles: ['国家级知识产权示范企业'] } },
      { say: '国优企业一般奖多少钱', facts: {} },
      { say: '今年评上了国家知识产权优势企业', facts: { newIpEnterpriseTitles: ['国家级知识产权优势企业'] } },
      { say: '公司新认定为市级知识产权示范企业', facts: { organizationType: '企业', newIpEnterpriseTitles: ['市级知识产权示范企业'] } },
      { say: '今年拿到了国家级知识产权示范企业称号', facts: { newIpEnterpriseTitles: ['国家级知识产权示范企业'] } },
      { say: '省里的示范企业', asked: 'newIpEnterpriseTitles', facts: { newIpEnterpriseTitles: ['省级知识产权示范企业'] } },
      { say: '没有', asked: 'newIpEnterpriseTitles', facts: { newIpEnterpriseTitles: [] } },
      { say: '今年省级知识产权示范企业和市级示范企业都认定下来了', facts: { newIpEnterpriseTitles: ['省级知识产权示范企业', '市级知识产权示范企业'] } },
      { say: '國家級知識產權示範企業今年剛認定', facts: { newIpEnterpriseTitles: ['国家级知识产权示范企业'] } },
      { say: '我们还没评上任何知识产权示范企业或者优势企业', facts: { newIpEnterpriseTitles: [] } },
      { say: '省级示范企业奖多少', facts: {} },
      { say: '国家级优势企业奖励是40万吗？', facts: {} },
    ],
  },
];
