import { decide, fixed, highestTier, Tier } from '../combinators';
import { check, includes } from '../conditions';
import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART6 } from './art-06.params';

export const patentNavigationProject = defineRule(['newPatentNavigationProjectLevels'], {
  id: 'patent-navigation-project',
  title: '专利导航项目补助',
  clauseId: 'art.6',
  params: [ART6.provincialCityNavigation, ART6.districtNavigation],
  assumptions: [
    '补助按“/家”计：同一单位当年新承担多个专利导航项目的，只按最高一档补助一次（省级、市级10万元，区级8万元），不累加。',
    '省级、市级项目的10万元是对上级项目的配套补助，市、区同一事项按文末“视同配套、就高不就低”的规定执行；国家级专利导航项目本条未列明，不在本规则测算范围内。',
  ],
  evaluate(f) {
    const levels = fact(f, 'newPatentNavigationProjectLevels');
    const list = levels.value ?? [];
    const provincialOrCity = list.filter((l) => l === '省级' || l === '市级');
    const tiers: Tier[] = [
      {
        name: '省级、市级专利导航项目',
        award: ART6.provincialCityNavigation,
        conds: [
          check({
            clauseId: 'art.6.2',
            label: '新承担省级、市级专利导航项目',
            input: levels,
            ok: provincialOrCity.length > 0,
            detail: provincialOrCity.length ? `当年新承担${provincialOrCity.join('、')}专利导航项目` : '当年未新承担省级、市级专利导航项目',
          }),
        ],
      },
      {
        name: '区级专利导航项目',
        award: ART6.districtNavigation,
        conds: [includes({ clauseId: 'art.6.3', label: '新承担区级专利导航项目', input: levels, option: '区级', yes: '当年新承担区级专利导航项目', no: '当年未新承担区级专利导航项目' })],
      },
    ];
    const choice = highestTier({ clauseId: 'art.6', label: '专利导航项目层级（取最高一档）' }, tiers);
    return decide([choice.cond], () => fixed((choice.chosen as Tier).award, `${(choice.chosen as Tier).name}补助`));
  },
});
