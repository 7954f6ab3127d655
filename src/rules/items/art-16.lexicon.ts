import { COUNTERS } from '../lexicon/number-words';
import { placeOf } from '../countries';
import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The EU as the countries lexicon names it: an EU trademark is filed with its office. */
const EU = placeOf('欧盟')!;

/** The words of art.16's awards: what says a message is about each. */
export const ART16_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'well-known-trademark',
    flags: [{ field: 'newWellKnownTrademark', words: '驰名商标|驰名', newOnly: true }],
    topic: ['驰名'],
    retrieval: { terms: ['驰名商标'], synonyms: [['驰名商标', '中国驰名商标', '驰名']] },
    english: [
      ['well[- ]known trademarks?', '驰名商标'],
    ],
    // A provincial or city 驰名/著名商标 is not the national one.
    lookAlikes: [{ words: '(?:省|市|区)级?(?:的)?驰名|著名商标', field: 'newWellKnownTrademark', replaces: true, when: '驰名|著名' }],
  },
  {
    ruleId: 'cluster-regional-trademark',
    // The collective mark is the association's (or the cluster's): its member firms do not each get it.
    members: '会员(?:企业|单位)?|成员(?:企业|单位)|协会(?:里|内)?的(?:企业|厂家)',
    // A bare 集体商标 may as well be a geographical-indication mark (art.16.2): only 首次 or the cluster says which.
    flags: [
      {
        field: 'clusterRegionalMarkFirstRegistered',
        words: '(?:制造业)?(?:产业集群)?区域(?:品牌)?(?:证明)?商标|(?:产业集群|制造业)(?:的)?(?:证明商标|集体商标)|集体商标',
        unless: '地理标志',
        yesNeeds: '首次|第一次|头一次|区域|产业集群|制造业',
        newOnly: true,
      },
    ],
    topic: ['(区域|产业集群).{0,8}(证明商标|集体商标)', '集群.{0,4}商标'],
    retrieval: { terms: ['证明商标', '集体商标'], expansions: { '区域品牌': ['制造业产业集群区域证明商标', '集体商标'], '产业集群': ['制造业产业集群区域证明商标'] } },
    english: [
      ['(?:industrial |industry )?cluster (?:regional )?(?:certification|collective) marks?', '产业集群区域证明商标'],
    ],
  },
  {
    ruleId: 'madrid-trademark',
    numbers: [
      {
        field: 'madridTrademarkFeesYuan',
        kind: 'yuan',
        deniedIsZero: true,
        words: '马德里(?:国际)?(?:体系)?(?:商标)?(?:国际)?(?:注册)?(?:商标)?(?:的)?(?:注册费|费用|规费|官费)?(?:花了|交了|缴了|付了|是|为)?',
      },
      // 通过马德里体系注册商标，…，注册费一共4.2万: the fee in a clause of its own.
      { field: 'madridTrademarkFeesYuan', kind: 'yuan', only: ['madridOnly'], words: '(?<!代理|律师|服务|翻译)(?:注册)?(?:费用|规费|官费|注册费)(?:一共|总共|共|花了|交了|缴了|付了|是|为){0,3}' },
      // Countries designated through Madrid (指定了十几个国家) are not registered one by one.
      { field: 'sink', kind: 'count', counters: COUNTERS.countries, words: '(?:马德里)?(?:体系)?指定(?:了|的)?' },
    ],
    topic: ['马德里', '国际注册'],
    retrieval: { terms: ['马德里', '马德里体系', '注册费'], expansions: { '商标国际注册': ['马德里', '境外商标注册'], '国际商标': ['马德里', '境外商标注册'], '国外注册商标': ['境外商标注册', '马德里'], '国外商标': ['境外商标注册', '马德里'], '海外商标': ['境外商标注册', '马德里'] } },
    english: [
      ['madrid(?: system| international)?(?: trademark)?(?: registration)?', '马德里商标国际注册'],
    ],
  },
  {
    ruleId: 'regional-trademark',
    values: {
      field: 'regionalTrademarkRegistrations',
      forms: {
        [EU.name]: [EU.name, ...EU.zh.filter((w) => w.endsWith('联盟')), 'EUIPO'].join('|'),
        非洲地区工业产权组织: 'ARIPO|非洲地区工业产权组织|非洲地区知识产权组织|非洲地区组织',
        非洲知识产权组织: 'OAPI|非洲知识产权组织|非知组织',
      },
      loose: '非洲',
    },
    // The EU's trademark office by name (EU patents go to the EPO, 欧洲专利局): a registration there.
    topic: [`(${EU.name}|非洲|OAPI|ARIPO|oapi|aripo).{0,12}(商标|注册)`, `(商标|注册).{0,12}(${EU.name}|非洲)`, `${EU.name}知识产权局|EUIPO|euipo`],
    retrieval: { terms: ['非洲知识产权组织', '非洲地区工业产权组织'], expansions: { '欧盟': ['欧盟', '单一国家注册'], '非洲': ['非洲知识产权组织', '非洲地区工业产权组织'] } },
    english: [
      ['eu trade ?marks?|euipo', '欧盟商标'],
      ['(?:registration |filing |official )?fees?', '注册费'],
      ['oapi', '非洲知识产权组织'],
      ['aripo', '非洲地区工业产权组织'],
    ],
  },
  {
    ruleId: 'single-country-trademark',
    numbers: [
      {
        field: 'singleCountryTrademarkCountries',
        kind: 'count',
        deniedIsZero: true,
        counters: COUNTERS.countries,
        dir: 'backward',
        only: ['trademark'],
        // Only after a count (8个国家): 国家驰名商标, 国家知识产权局 are no countries counted; nor those Madrid designates.
        // A clause that designates through Madrid counts no single-country registrations, however long its list.
        words: '(?<!(?:指定|马德里)[^，。；]{0,40})(?<=[0-9一二两三四五六七八九十几多个])国家(?:单独|分别|单一|逐一)?(?:注册)?',
      },
      { field: 'singleCountryTrademarkCountries', kind: 'count', counters: COUNTERS.countries, only: ['trademark'], words: '(?:单独|分别|单一国家|逐一|逐个国家)注册(?:了)?(?:商标)?' },
    ],
    topic: ['单一国家', '(\\d{1,4}|[一二两三四五六七八九十]{1,4})个国家.{0,8}(注册|商标)', '逐国注册', '单独注册'],
    retrieval: { terms: ['单一国家'] },
    english: [
      ['(?:registered|filed) (?:our )?trademarks? (?:separately |individually |directly )?in (\\d+) countries', '在$1个国家单独注册了商标'],
      ['(?:registered|filed) (?:separately|directly|individually) in|single[- ]country registrations?', '单独注册'],
      ['single[- ]country', '单一国家'],
    ],
  },
  {
    ruleId: 'gi-trademark',
    numbers: [{ field: 'giTrademarksCount', kind: 'count', counters: COUNTERS.marks, sums: true, deniedIsZero: true, words: '地理标志(?:证明商标|集体商标|商标)?(?:或集体商标)?' }],
    topic: ['地理标志'],
    retrieval: { terms: ['地理标志'], synonyms: [['地理标志', '地标', '地理标识']], expansions: { '农产品': ['地理标志', '富农'] } },
    english: [
      ['gi (?:certification |collective )?marks?', '地理标志商标'],
      ['geographical indications?(?: (?:certification|collective) marks?)?', '地理标志商标'],
    ],
  },
  {
    ruleId: 'brand-station',
    topic: ['品牌指导服务站', '品牌.{0,4}服务站'],
    retrieval: { terms: ['品牌指导服务站'] },
    levels: [{ thing: '品牌(?:指导)?(?:服务)?站', listed: ['省级'], field: 'provincialBrandStationNew' }],
    english: [
      ['brand guidance (?:service )?stations?', '品牌指导服务站'],
      ['performance (?:evaluation|rating)', '绩效评价'],
    ],
    lookAlikes: [
      { words: '(?:市|区)级(?:的)?品牌|品牌[^，。,；;]{0,8}(?:是|为)(?:市|区)级', field: 'provincialBrandStationNew', what: '市级、区级品牌指导服务站', replaces: true, when: '品牌' },
      { words: '(?:市|区)级(?:的)?品牌|品牌[^，。,；;]{0,8}(?:是|为)(?:市|区)级', field: 'provincialBrandStationExcellent', what: '市级、区级品牌指导服务站', replaces: true, when: '品牌' },
    ],
  },
  {
    ruleId: 'green-product-certification',
    flags: [{ field: 'greenProductCertified', words: '绿色产品(?:认证)?(?:证书)?|绿色(?:产品)?认证(?:证书)?' }],
    topic: ['绿色产品'],
    retrieval: { terms: ['绿色产品认证'], expansions: { '绿色': ['绿色产品认证'] } },
    english: [
      ['green products? certification|green products? certificate', '绿色产品认证'],
    ],
  },
  {
    ruleId: 'zhejiang-made-certification',
    flags: [{ field: 'zhejiangMadeCertified', words: '浙江制造(?:国际)?(?:互认)?(?:认证)?(?:证书)?|品字标(?:国际)?(?:互认)?(?:认证)?(?:证书)?', yesNeeds: '互认' }],
    topic: ['浙江制造', '品字标'],
    retrieval: { terms: ['浙江制造', '国际互认证书'], synonyms: [['浙江制造', '品字标']], expansions: { '互认': ['浙江制造国际互认证书'] } },
    english: [
      ['(?:zhejiang made|made in zhejiang)(?: international)?(?: mutual recognition)?(?: certificates?)?', '浙江制造国际互认证书'],
    ],
  },
];
