import { decide, fixed } from '../combinators';
import { check } from '../conditions';
import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART5 } from './art-05.params';

const PROVINCIAL_OR_ABOVE: readonly string[] = ['国家级', '省级'];

export const ipAlliance = defineRule(['ipAllianceFilingLevel'], {
  id: 'ip-alliance',
  applicants: { kinds: ['单位'], clauseId: 'art.5', quote: '知识产权联盟经省级以上知识产权主管部门备案的' },
  title: '知识产权联盟备案奖励',
  clauseId: 'art.5',
  params: [ART5.award],
  cityPolicy: { docNo: '金政发〔2021〕7号', clauseId: 'art.5', quote: '（金政发〔2021〕7号）规定' },
  assumptions: ['“省级以上”含省级：在国家级或省级知识产权主管部门备案的联盟可获奖励；奖励一次性发放给联盟（牵头单位）。'],
  evaluate(f) {
    const level = fact(f, 'ipAllianceFilingLevel');
    const ok = PROVINCIAL_OR_ABOVE.includes(level.value as string);
    return decide(
      [
        check({
          clauseId: 'art.5',
          label: '知识产权联盟经省级以上知识产权主管部门备案',
          input: level,
          ok,
          detail: ok
            ? `联盟已在${level.value}知识产权主管部门备案（省级以上）`
            : level.value === '未备案'
              ? '知识产权联盟未经知识产权主管部门备案'
              : `联盟备案层级为${level.value}，未达到省级以上`,
        }),
      ],
      () => fixed(ART5.award, '知识产权联盟备案奖励'),
    );
  },
});
