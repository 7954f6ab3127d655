import { decide, fixed, perUnit } from '../combinators';
import { anyOf, isTrue, positive } from '../conditions';
import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART16 } from './art-16.params';
import { flagAward } from './flag-award';

export const giTrademark = defineRule(['giTrademarksCount'], {
  id: 'gi-trademark',
  separateCases: true,
  oneOff: { clauseId: 'art.16.2', quote: '每件给予一次性资助10万元' },
  applicants: { kinds: ['单位'], clauseId: 'art.16.2', quote: '对成功注册地理标志证明商标或集体商标的' },
  title: '地理标志证明商标、集体商标资助',
  clauseId: 'art.16.2',
  params: [ART16.giTrademark],
  assumptions: ['按成功注册的地理标志证明商标或集体商标件数计，每件一次性资助10万元。'],
  evaluate(f) {
    const count = fact(f, 'giTrademarksCount');
    return decide(
      [positive({ clauseId: 'art.16.2', label: '成功注册地理标志证明商标或集体商标', subject: '成功注册的地理标志商标', input: count, format: (n) => `${n}件` })],
      () => perUnit(count.value as number, '件', ART16.giTrademark, '地理标志商标资助'),
    );
  },
});

export const brandStation = defineRule(['provincialBrandStationNew', 'provincialBrandStationExcellent'], {
  id: 'brand-station',
  applicants: { kinds: ['单位'], clauseId: 'art.16.2', quote: '对新建或上年度绩效评价为优秀的省级品牌指导服务站' },
  title: '省级品牌指导服务站奖励',
  clauseId: 'art.16.2',
  params: [ART16.brandStation],
  assumptions: ['新建，或上年度绩效评价为优秀，满足其一即可；按“/家”每年奖励一次，两项同时满足也不重复。'],
  evaluate: (f) =>
    decide(
      [
        anyOf({ clauseId: 'art.16.2', label: '新建或上年度绩效评价为优秀的省级品牌指导服务站' }, [
          isTrue({ clauseId: 'art.16.2', label: '新建省级品牌指导服务站', input: fact(f, 'provincialBrandStationNew'), yes: '新建省级品牌指导服务站', no: '不是新建的省级品牌指导服务站' }),
          isTrue({
            clauseId: 'art.16.2',
            label: '上年度绩效评价为优秀',
            input: fact(f, 'provincialBrandStationExcellent'),
            yes: '省级品牌指导服务站上年度绩效评价为优秀',
            no: '省级品牌指导服务站上年度绩效评价不是优秀',
          }),
        ]),
      ],
      () => fixed(ART16.brandStation),
    ),
});

export const greenProduct = defineRule(['greenProductCertified'], {
  id: 'green-product-certification',
  oneOff: { clauseId: 'art.16.2', quote: '每家给予一次性补助10万元' },
  applicants: { kinds: ['单位'], clauseId: 'art.16.2', quote: '对获得绿色产品认证证书的企业或组织' },
  title: '绿色产品认证补助',
  clauseId: 'art.16.2',
  params: [ART16.greenProduct],
  assumptions: ['对获得绿色产品认证证书的企业或组织每家一次性补助10万元，不按证书张数累计。'],
  evaluate: (f) =>
    flagAward({ label: '获得绿色产品认证证书', yes: '获得绿色产品认证证书', no: '未获得绿色产品认证证书' }, fact(f, 'greenProductCertified'), ART16.greenProduct),
});

export const zhejiangMade = defineRule(['zhejiangMadeCertified'], {
  id: 'zhejiang-made-certification',
  oneOff: { clauseId: 'art.16.2', quote: '每家给予一次性补助2万元' },
  applicants: { kinds: ['企业'], clauseId: 'art.16.2', quote: '对获得浙江制造国际互认证书的企业' },
  title: '“浙江制造”国际互认证书补助',
  clauseId: 'art.16.2',
  params: [ART16.zhejiangMade],
  assumptions: ['对获得“浙江制造”国际互认证书的企业每家一次性补助2万元，不按证书张数累计。'],
  evaluate: (f) =>
    flagAward(
      { label: '获得“浙江制造”国际互认证书', yes: '获得“浙江制造”国际互认证书', no: '未获得“浙江制造”国际互认证书' },
      fact(f, 'zhejiangMadeCertified'),
      ART16.zhejiangMade,
    ),
});
