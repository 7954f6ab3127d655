import { decide, perUnit } from '../combinators';
import { positive } from '../conditions';
import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART6 } from './art-06.params';

export const ipEarlyWarningProject = defineRule(['newIpEarlyWarningProjectsCount'], {
  id: 'ip-early-warning-project',
  separateCases: true,
  applicants: { kinds: ['单位'], clauseId: 'art.6.4', quote: '对新承担市级以上知识产权预警分析项目的' },
  title: '知识产权预警分析项目奖励',
  clauseId: 'art.6.4',
  params: [ART6.earlyWarningPerProject],
  cityPolicy: { docNo: '金政发〔2021〕7号', clauseId: 'art.6.4', quote: '（金政发〔2021〕7号）规定' },
  assumptions: ['“市级以上”含市级；按“每项”计，当年新承担几项奖励几项。预警分析项目与专利导航项目是不同事项，可分别享受。'],
  evaluate(f) {
    const count = fact(f, 'newIpEarlyWarningProjectsCount');
    return decide(
      [positive({ clauseId: 'art.6.4', label: '新承担市级以上知识产权预警分析项目', subject: '当年新承担市级以上预警分析项目', input: count, format: (n) => `${n}项` })],
      () => perUnit(count.value as number, '项', ART6.earlyWarningPerProject, '预警分析项目奖励'),
    );
  },
});
