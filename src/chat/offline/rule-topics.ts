import { FOREIGN_PLACE_SOURCE } from '../../rules/countries';

/** A patent suit abroad in the words users write it, simplified and traditional. */
const SUIT_ABROAD = '官司|诉讼|訴訟|起诉|起訴|被告|应诉|應訴|代理费|代理費|律师费|律師費|侵权|侵權|维权|維權';

/**
 * Which award a message is about, from the words people use for it (typos included). Data: one
 * line per rule id of src/rules. A message may name several; a follow-up may name none (the
 * engine then keeps the topic of the conversation).
 */
export const RULE_CUES: Record<string, RegExp> = {
  'patent-intensive-enterprise': /专利密集|秘集型|密集型企业|专利密级/,
  'high-value-patents': /高价值/,
  'ip-demonstration-enterprise': /(示范|优势)企业|强企工程/,
  'ip-pledge-loan-interest': /质押|质压|抵押|贴息|帖息|贷款利息|LPR|lpr|银行贷款/,
  'ip-insurance': /保险|保费|投保|侵权险/,
  'ip-securitization': /证券化|证卷化|ABS|abs/,
  'ip-alliance': /联盟/,
  'patent-navigation-project': /导航/,
  'ip-early-warning-project': /预警/,
  'china-patent-award': /中国专利|中国外观设计|专利(金|银)奖|专利优秀奖|(金|银)奖|优秀奖/,
  'zhejiang-ip-award': /省(级)?知识产权奖|浙江省知识产权奖|门类奖|(一|二|三)等奖|大奖/,
  'patent-transfer': /(专利)?(转让|许可|转化).{0,20}(企业|家)|成交(金额|额)|技术转移/,
  'first-invention-patent': /首次.{0,10}(发明专利|购买|买)|第一件发明专利|首件发明专利|未覆盖发明专利|没有(一件)?发明专利|一件发明专利都没有|赶超工程/,
  'ip-protection-market': /规范化市场/,
  'ip-rights-station': /维权(站|点|工作站|服务站)/,
  'trade-secret-zone': /商业秘密.{0,12}(基地|示范区|园区)|商密.{0,6}(基地|示范区)/,
  'trade-secret-station': /商业秘密.{0,12}站点|商密.{0,6}站点|商业秘密保护示范站/,
  'patent-litigation-domestic': /(国内|香港|澳门|台湾|法院).{0,20}(胜诉|判赔|赔偿|官司|诉讼|维权)|(胜诉|判赔|赔偿|打赢|赢了).{0,20}(专利|官司)|专利.{0,8}(官司|诉讼|维权)/,
  // Any foreign country, place or court of the shared lexicon (泰国, 美國, 加州, USA, 慕尼黑), before the suit
  // or after it within the clause (官司是在泰国打的). The lexicon's pattern appears once: twice made the
  // expression too large for V8 to optimise.
  'patent-litigation-abroad': new RegExp(
    `(?:国外|海外|境外|國外|${FOREIGN_PLACE_SOURCE})(?:(?=.{0,20}(?:${SUIT_ABROAD}))|(?<=(?:${SUIT_ABROAD})[^，。,；;！？!?]{0,30}))`,
  ),
  'ip-agency-settlement': /代理机构|事务所|办事处|分支机构|代理公司|落户奖/,
  'ip-service-cluster': /集聚区|集聚发展示范区|服务业集聚/,
  'well-known-trademark': /驰名|弛名/,
  'cluster-regional-trademark': /(区域|产业集群).{0,8}(证明商标|集体商标)|集群.{0,4}商标/,
  'madrid-trademark': /马德里|国际注册/,
  'regional-trademark': /(欧盟|非洲|OAPI|ARIPO|oapi|aripo).{0,12}(商标|注册)|(商标|注册).{0,12}(欧盟|非洲)/,
  // Bounded numerals: an unbounded run before 个国家 made a long run of numerals quadratic.
  'single-country-trademark': /单一国家|(\d{1,4}|[一二两三四五六七八九十]{1,4})个国家.{0,8}(注册|商标)|逐国注册/,
  'gi-trademark': /地理标志|地里标志|地标商标/,
  'brand-station': /品牌指导服务站|品牌.{0,4}服务站/,
  'green-product-certification': /绿色产品/,
  'zhejiang-made-certification': /浙江制造|品字标|浙江智造/,
};

/**
 * Rules whose cue matches. When one rule's cue is the more specific form of another's (domestic vs
 * abroad litigation both mention 官司), the abroad cue wins for a message naming a foreign country.
 */
export function detectRuleTopics(text: string): string[] {
  const found = Object.entries(RULE_CUES)
    .filter(([, cue]) => cue.test(text))
    .map(([id]) => id);
  const abroad = found.includes('patent-litigation-abroad');
  const domesticExplicit = /国内|港澳台|香港|澳门|台湾/.test(text);
  return found.filter((id) => !(id === 'patent-litigation-domestic' && abroad && !domesticExplicit));
}
