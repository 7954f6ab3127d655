import { capAt, decide, percentOf } from '../combinators';
import { positive } from '../conditions';
import { defineRule } from '../define-rule';
import { formatYuan } from '../money';
import { fact } from '../profile.schema';
import { ART4 } from './art-04.params';

export const ipSecuritization = defineRule(['ipSecuritizationIssueYuan'], {
  id: 'ip-securitization',
  oneOff: { clauseId: 'art.4.3', quote: '给予一次性奖励' },
  applicants: { kinds: ['企业'], clauseId: 'art.4.3', quote: '对以知识产权为基础资产公开发行资产证券化产品的企业给予一次性奖励' },
  title: '知识产权资产证券化奖励',
  clauseId: 'art.4.3',
  params: [ART4.securitizationRate, ART4.securitizationCap],
  assumptions: ['一次性奖励按公开发行的以知识产权为基础资产的资产证券化产品发行规模的5%计算，不足1元部分舍去，最高500万元。'],
  evaluate(f) {
    const issue = fact(f, 'ipSecuritizationIssueYuan');
    return decide(
      [positive({ clauseId: 'art.4.3', label: '以知识产权为基础资产公开发行资产证券化产品', subject: '发行规模', input: issue, format: formatYuan })],
      () => capAt(percentOf(issue.value as number, '发行规模', ART4.securitizationRate), ART4.securitizationCap, '一次性奖励'),
    );
  },
});
