import { capAt, decide, percentOf } from '../combinators';
import { isTrue, positive } from '../conditions';
import { defineRule } from '../define-rule';
import { formatYuan } from '../money';
import { fact } from '../profile.schema';
import { ART13 } from './art-13.params';

export const patentLitigationDomestic = defineRule(['domesticPatentSuitWon', 'domesticPatentDamagesYuan'], {
  id: 'patent-litigation-domestic',
  separateCases: true,
  applicants: { kinds: ['企业'], clauseId: 'art.13', quote: '通过司法途径进行专利维权胜诉的企业' },
  title: '国内专利维权胜诉补助',
  clauseId: 'art.13',
  params: [ART13.domesticRate, ART13.domesticCap],
  assumptions: [
    '国内含港澳台；按司法判赔金额（判决确定的赔偿额）的20%计算，不足1元部分舍去，最高5万元。',
    '按单起胜诉案件测算；同一企业同年多起案件的5万元上限是否合并计算，原文未明确，以主管部门解释为准。',
  ],
  evaluate: (f) =>
    decide(
      [
        isTrue({
          clauseId: 'art.13',
          label: '在国内（含港澳台）通过司法途径专利维权胜诉',
          input: fact(f, 'domesticPatentSuitWon'),
          yes: '在国内（含港澳台）通过司法途径专利维权胜诉',
          no: '未在国内通过司法途径专利维权胜诉',
        }),
        positive({ clauseId: 'art.13', label: '司法判赔金额', subject: '司法判赔金额', input: fact(f, 'domesticPatentDamagesYuan'), format: formatYuan }),
      ],
      () => capAt(percentOf(f.domesticPatentDamagesYuan as number, '司法判赔金额', ART13.domesticRate), ART13.domesticCap, '国内专利维权补助'),
    ),
});
