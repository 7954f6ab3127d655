import { amount, cap, defineParams, rate, unitAmount } from '../param';

export const ART16 = defineParams('art16', {
  wellKnownTrademark: amount(1_200_000, 'art.16.1', '奖励120万元', '国家级驰名商标奖励'),
  clusterRegionalMark: amount(300000, 'art.16.1', '奖励30万元', '制造业产业集群区域证明商标和集体商标奖励'),
  madridRate: rate(100, 'art.16.1', '在马德里国际注册的单位，注册费给予100%补助奖励', '马德里国际注册注册费补助比例'),
  madridCap: cap(30000, 'art.16.1', '最高不超过3万元', '马德里国际注册补助上限'),
  regionalRate: rate(100, 'art.16.1', '非洲知识产权组织等注册的单位，注册费给予100%补助奖励', '欧盟、ARIPO、OAPI注册费补助比例'),
  regionalCap: cap(10000, 'art.16.1', '最高不超过1万元', '欧盟、ARIPO、OAPI注册补助上限（每个组织）'),
  perCountry: unitAmount(2000, 'art.16.1', '按每个国家2000元给予补助', '单一国家注册每个国家补助'),
  giTrademark: unitAmount(100000, 'art.16.2', '每件给予一次性资助10万元', '地理标志证明商标或集体商标每件资助'),
  brandStation: amount(50000, 'art.16.2', '给予5万元/家的奖励', '省级品牌指导服务站奖励'),
  greenProduct: amount(100000, 'art.16.2', '每家给予一次性补助10万元', '绿色产品认证补助'),
  zhejiangMade: amount(20000, 'art.16.2', '每家给予一次性补助2万元', '浙江制造国际互认证书补助'),
});

export const ART16_CITY_POLICY = { docNo: '金政发〔2021〕18号', clauseId: 'art.16.1', quote: '（金政发〔2021〕18号）规定' } as const;
