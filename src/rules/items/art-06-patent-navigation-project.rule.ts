import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART6 } from './art-06.params';
import { levelAward } from './level-award';

export const patentNavigationProject = defineRule(['newPatentNavigationProjectLevels'], {
  id: 'patent-navigation-project',
  applicants: { kinds: ['单位'], clauseId: 'art.6.2', quote: '对新承担省级、市级专利导航项目的' },
  title: '专利导航项目补助',
  clauseId: 'art.6',
  params: [ART6.provincialCityNavigation, ART6.districtNavigation],
  interpretations: ['art6-navigation-levels'],
  assumptions: [
    '补助按“/家”计：省级、市级一款同一单位当年补助一次（10万元），区级一款补助一次（8万元）；同年新承担省级（或市级）和区级项目的，按原文字面两款相加（另示只补最高一档的金额）。',
    '省级、市级项目的10万元是对上级项目的配套补助，市、区同一事项按文末“视同配套、就高不就低”的规定执行；国家级专利导航项目本条未列明，不在本规则测算范围内。',
  ],
  evaluate: (f) =>
    levelAward({ clauseId: 'art.6', subject: '专利导航项目', interpretationId: 'art6-navigation-levels', verb: '新承担' }, fact(f, 'newPatentNavigationProjectLevels'), [
      ['省级', ART6.provincialCityNavigation],
      ['市级', ART6.provincialCityNavigation],
      ['区级', ART6.districtNavigation],
    ]),
});
