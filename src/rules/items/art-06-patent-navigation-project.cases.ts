import { RuleCases } from '../testing/rule-case';
import { patentNavigationProject } from './art-06-patent-navigation-project.rule';

const l = (...levels: string[]) => ({ newPatentNavigationProjectLevels: levels });

export const ART6_NAVIGATION_CASES: RuleCases = {
  rule: patentNavigationProject,
  cases: [
    { name: '省级项目 10万元', facts: l('省级'), status: 'eligible', amountYuan: 100000 },
    { name: '市级项目 10万元', facts: l('市级'), status: 'eligible', amountYuan: 100000 },
    { name: '区级项目 8万元', facts: l('区级'), status: 'eligible', amountYuan: 80000 },
    // /家: 市级 10万 and 区级 8万 the same year → 10万元, not 18万元
    { name: '市级+区级只按最高一档', facts: l('区级', '市级'), status: 'eligible', amountYuan: 100000, mentions: ['区级专利导航项目不再重复奖补'] },
    { name: '没有项目', facts: l(), status: 'ineligible', amountYuan: 0 },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['newPatentNavigationProjectLevels'] },
  ],
};
