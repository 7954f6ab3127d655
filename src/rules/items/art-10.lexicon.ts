import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.10's awards: what says a message is about each. */
export const ART10_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'ip-protection-market',
    members: '商户|经营户|摊位|档口|商铺|入驻(?:的)?(?:企业|商家|商户)|在市场(?:里|内)(?:经营|开店)',
    topic: ['规范化市场'],
    retrieval: { terms: ['规范化市场'], expansions: { '假货': ['假冒伪劣商品', '执法'], '网上': ['电商领域'], '网店': ['电商领域'], '打假': ['打击侵犯知识产权和制售假冒伪劣商品', '执法'], '假冒': ['打击侵犯知识产权和制售假冒伪劣商品', '执法'], '盗版': ['侵权', '执法'] } },
    english: [
      ['(?:commodity|wholesale|trading) market', '商品交易市场'],
      ['recogni[sz]ed as|designated as|certified as|rated as', '被认定为'],
      ['standardi[sz]ed (?:ip protection )?market|ip protection (?:standardi[sz]ed |standard )?market', '知识产权保护规范化市场'],
    ],
    levels: [{ thing: '(?:知识产权)?(?:保护)?规范化市场', listed: ['国家级', '省级'], field: 'newIpProtectionMarketLevels' }],
  },
];
