import type { RulePhrasings } from '../lexicon/lexicon.types';

/** How people state the facts of art.16's awards (say → facts), run by one test. */
export const ART16_PHRASINGS: readonly RulePhrasings[] = [
  {
    ruleId: 'well-known-trademark',
    phrasings: [
      { say: '我们的商标今年被认定为驰名商标', facts: { newWellKnownTrademark: true } },
      { say: '我们还不是驰名商标', facts: { newWellKnownTrademark: false } },
      { say: '是的，刚认定的', asked: 'newWellKnownTrademark', facts: { newWellKnownTrademark: true } },
      { say: '今年获得了中国驰名商标认定', facts: { newWellKnownTrademark: true } },
      { say: '驰铭商标没申请下来', facts: { newWellKnownTrademark: false } },
      { say: '驰名商标奖励多少？', facts: {} },
    ],
  },
  {
    ruleId: 'cluster-regional-trademark',
    phrasings: [
      { say: '我们首次成功注册了制造业产业集群区域证明商标', facts: { clusterRegionalMarkFirstRegistered: true } },
      { say: '协会第一次把产业集群的集体商标注册下来了', facts: { clusterRegionalMarkFirstRegistered: true } },
      { say: '注册成功了', asked: 'clusterRegionalMarkFirstRegistered', facts: { clusterRegionalMarkFirstRegistered: true } },
      { say: '产业集群区域证明商标还没注册下来', facts: { clusterRegionalMarkFirstRegistered: false } },
    ],
  },
  {
    ruleId: 'madrid-trademark',
    phrasings: [
      { say: '通过马德里注册了国际商标，注册费交了2.6万', facts: { madridTrademarkFeesYuan: 26000 } },
      { say: '马德里国际注册花了一万八的注册费', facts: { madridTrademarkFeesYuan: 18000 } },
      { say: '3w', asked: 'madridTrademarkFeesYuan', facts: { madridTrademarkFeesYuan: 30000 } },
      { say: '今年没做马德里注册', facts: { madridTrademarkFeesYuan: 0 } },
      { say: '馬德里國際註冊的註冊費8500元', facts: { madridTrademarkFeesYuan: 8500 } },
      { say: '马德里商标注册补助上限是多少', facts: {} },
    ],
  },
  {
    ruleId: 'regional-trademark',
    phrasings: [
      { say: '在欧盟注册了商标，注册费8000元', facts: { regionalTrademarkRegistrations: [{ office: '欧盟', feesYuan: 8000 }] } },
      { say: '非洲知识产权组织OAPI那边注册费1.2万', facts: { regionalTrademarkRegistrations: [{ office: '非洲知识产权组织', feesYuan: 12000 }] } },
      { say: 'ARIPO那边注册商标交了9000块', facts: { regionalTrademarkRegistrations: [{ office: '非洲地区工业产权组织', feesYuan: 9000 }] } },
      {
        say: '欧盟注册费6千，非洲地区工业产权组织注册费5千',
        facts: { regionalTrademarkRegistrations: [{ office: '欧盟', feesYuan: 6000 }, { office: '非洲地区工业产权组织', feesYuan: 5000 }] },
      },
      { say: '欧盟的，交了1万', gap: '追问区域商标注册后的省略答复未读出', asked: 'regionalTrademarkRegistrations', facts: { regionalTrademarkRegistrations: [{ office: '欧盟', feesYuan: 10000 }] } },
    ],
  },
  {
    ruleId: 'single-country-trademark',
    phrasings: [
      { say: '商标在越南、泰国、印尼分别单独注册了', facts: { singleCountryTrademarkCountries: 3 } },
      { say: '单一国家注册今年做了5个国家', facts: { singleCountryTrademarkCountries: 5 } },
      { say: '3个', asked: 'singleCountryTrademarkCountries', facts: { singleCountryTrademarkCountries: 3 } },
      { say: '商标在美国和日本逐国单独注册了', facts: { singleCountryTrademarkCountries: 2 } },
      { say: '今年在八个国家逐一单独注册了商标', facts: { singleCountryTrademarkCountries: 8 } },
    ],
  },
  {
    ruleId: 'gi-trademark',
    phrasings: [
      { say: '成功注册了两件地理标志证明商标', facts: { giTrademarksCount: 2 } },
      { say: '地理标志集体商标注册下来1件', facts: { giTrademarksCount: 1 } },
      { say: '两件', asked: 'giTrademarksCount', facts: { giTrademarksCount: 2 } },
      { say: '地理標誌證明商標註冊了3件', facts: { giTrademarksCount: 3 } },
    ],
  },
  {
    ruleId: 'brand-station',
    phrasings: [
      { say: '今年新建了一个省级品牌指导服务站', facts: { provincialBrandStationNew: true } },
      { say: '我们的省级品牌指导服务站上年度绩效评价是优秀', facts: { provincialBrandStationExcellent: true } },
      { say: '良好，不是优秀', asked: 'provincialBrandStationExcellent', facts: { provincialBrandStationExcellent: false } },
      { say: '是新建的', asked: 'provincialBrandStationNew', facts: { provincialBrandStationNew: true } },
      { say: '省级品牌指导服务站是前几年建的，去年绩效评了优秀', gap: '“前几年建的”“去年绩效评了优秀”未读出', facts: { provincialBrandStationNew: false, provincialBrandStationExcellent: true } },
      { say: '省级品牌服务站去年绩效评价只是合格', facts: { provincialBrandStationExcellent: false } },
    ],
  },
  {
    ruleId: 'green-product-certification',
    phrasings: [
      { say: '我们拿到了绿色产品认证证书', facts: { greenProductCertified: true } },
      { say: '绿色产品认证还没拿到', facts: { greenProductCertified: false } },
      { say: '拿到了', asked: 'greenProductCertified', facts: { greenProductCertified: true } },
      { say: '綠色產品認證證書已經取得', facts: { greenProductCertified: true } },
    ],
  },
  {
    ruleId: 'zhejiang-made-certification',
    phrasings: [
      { say: '获得了浙江制造国际互认证书', facts: { zhejiangMadeCertified: true } },
      { say: '浙江制造的国际互认证书我们没有', facts: { zhejiangMadeCertified: false } },
      { say: '有的', asked: 'zhejiangMadeCertified', facts: { zhejiangMadeCertified: true } },
      { say: '浙江制造“品字标”国际互认证书今年刚拿到', gap: '带引号别称（“品字标”）的互认证书未读出', facts: { zhejiangMadeCertified: true } },
    ],
  },
];
