import type { RulePhrasings } from '../lexicon/lexicon.types';

/** How people state the facts of art.7's awards (say → facts), run by one test. */
export const ART7_PHRASINGS: readonly RulePhrasings[] = [
  {
    ruleId: 'china-patent-award',
    phrasings: [
      { say: '今年拿了中国专利银奖', facts: { newChinaPatentAwards: ['银奖'] } },
      { say: '我们新获得两项中国专利优秀奖', facts: { newChinaPatentAwards: ['优秀奖', '优秀奖'] } },
      { say: '中国外观设计专利金奖今年评上了', facts: { newChinaPatentAwards: ['金奖'] } },
      { say: '一个金奖一个优秀奖', asked: 'newChinaPatentAwards', facts: { newChinaPatentAwards: ['金奖', '优秀奖'] } },
      { say: '今年没拿到中国专利奖', facts: { newChinaPatentAwards: [] } },
      { say: '今年榮獲中國專利優秀獎', facts: { newChinaPatentAwards: ['优秀奖'] } },
    ],
  },
  {
    ruleId: 'zhejiang-ip-award',
    phrasings: [
      { say: '今年获得了浙江省知识产权奖大奖', facts: { newZhejiangIpAwards: ['省知识产权奖大奖'] } },
      { say: '拿了省知识产权奖的专利奖一等奖', facts: { newZhejiangIpAwards: ['门类奖一等奖'] } },
      { say: '今年评上了省里的商标奖二等奖', facts: { newZhejiangIpAwards: ['门类奖二等奖'] } },
      { say: '三等奖', asked: 'newZhejiangIpAwards', facts: { newZhejiangIpAwards: ['门类奖三等奖'] } },
      { say: '省知识产权奖专利奖二等奖和三等奖各一项', facts: { newZhejiangIpAwards: ['门类奖二等奖', '门类奖三等奖'] } },
      { say: '浙江省知识产权奖今年没评上', gap: '“没评上”未读作当年未获浙江省知识产权奖', facts: { newZhejiangIpAwards: [] } },
    ],
  },
];
