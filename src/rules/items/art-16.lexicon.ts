import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.16's awards: what says a message is about each. */
export const ART16_LEXICONS: readonly RuleLexicon[] = [
  { ruleId: 'well-known-trademark', topic: ['驰名'] },
  { ruleId: 'cluster-regional-trademark', topic: ['(区域|产业集群).{0,8}(证明商标|集体商标)', '集群.{0,4}商标'] },
  { ruleId: 'madrid-trademark', topic: ['马德里', '国际注册'] },
  { ruleId: 'regional-trademark', topic: ['(欧盟|非洲|OAPI|ARIPO|oapi|aripo).{0,12}(商标|注册)', '(商标|注册).{0,12}(欧盟|非洲)'] },
  { ruleId: 'single-country-trademark', topic: ['单一国家', '(\\d{1,4}|[一二两三四五六七八九十]{1,4})个国家.{0,8}(注册|商标)', '逐国注册'] },
  { ruleId: 'gi-trademark', topic: ['地理标志'] },
  { ruleId: 'brand-station', topic: ['品牌指导服务站', '品牌.{0,4}服务站'] },
  { ruleId: 'green-product-certification', topic: ['绿色产品'] },
  { ruleId: 'zhejiang-made-certification', topic: ['浙江制造', '品字标'] },
];
