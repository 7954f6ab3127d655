import type { RulePhrasings } from '../lexicon/lexicon.types';

/** How people state the facts of art.9's awards (say → facts), run by one test. */
export const ART9_PHRASINGS: readonly RulePhrasings[] = [
  {
    ruleId: 'first-invention-patent',
    phrasings: [
      // hadInventionPatentBefore
      { say: '我们公司之前一件发明专利都没有，后来从浙江师范大学买了一件', facts: { hadInventionPatentBefore: false, firstInventionPatentSource: '向高校或科研机构购买' } },
      { say: '没有', asked: 'hadInventionPatentBefore', facts: { hadInventionPatentBefore: false } },
      { say: '我们之前已经有3件发明专利了', gap: '首件发明专利语境中的已有件数被读作第1条存量（串到别的条款）', facts: { hadInventionPatentBefore: true } },
      { say: '我们原来就有发明专利的', facts: { hadInventionPatentBefore: true } },
      { say: '以前没有发明专理，今年自己的第一件发明授权了', facts: { hadInventionPatentBefore: false, firstInventionPatentSource: '自身新增授权' } },

      // firstInventionPatentSource
      { say: '第一件发明专利是我们自己申请授权下来的', facts: { firstInventionPatentSource: '自身新增授权' } },
      { say: '我们首件发明专利是从一家同行公司手里买的', facts: { firstInventionPatentSource: '其他途径' } },
      { say: '从中科院的研究所买的', asked: 'firstInventionPatentSource', facts: { firstInventionPatentSource: '向高校或科研机构购买' } },
      { say: '首件發明專利是向浙江大學購買的', facts: { firstInventionPatentSource: '向高校或科研机构购买' } },

      // firstInventionPatentProductSalesYuan
      { say: '授权第二年用这个专利生产的产品卖了150万', gap: '“授权第二年…产品卖了”未读作首件专利产品销售额，误读为年销售收入', facts: { firstInventionPatentProductSalesYuan: 1500000 } },
      { say: '专利产品次年销售额有二百三十万', facts: { firstInventionPatentProductSalesYuan: 2300000 } },
      { say: '80万', asked: 'firstInventionPatentProductSalesYuan', facts: { firstInventionPatentProductSalesYuan: 800000 } },
      { say: '买来的那件发明专利用在生产上，第二年产品销售120w', facts: { firstInventionPatentProductSalesYuan: 1200000 } },
    ],
  },
];
