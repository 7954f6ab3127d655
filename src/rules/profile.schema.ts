import { z } from 'zod';
import { Known, known } from './conditions';
import {
  choiceField,
  choicesField,
  countField,
  flagField,
  integerField,
  listField,
  percentField,
  textField,
  yuanField,
} from './fields';
import { hasAtMostTwoDecimals } from './money';
import { NeedsInfo } from './rule';

/**
 * One flat vocabulary of facts about an applicant (enterprise, university, park …). Every field is
 * optional: the chat engine keeps one profile per conversation and re-runs the rules as facts arrive.
 * Each rule's input schema is a `.pick()` of this object. Units are in the names (…Yuan, …Count,
 * …Percent, …Months); choices are Chinese literals so users and models read them as they are.
 */

export const ORGANIZATION_TYPES = ['企业', '高校', '科研机构', '代理机构', '园区', '其他'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
const IP_ENTERPRISE_TITLES = ['国家级知识产权示范企业', '国家级知识产权优势企业', '省级知识产权示范企业', '市级知识产权示范企业'] as const;
export const PLEDGE_RIGHT_TYPES = ['专利权', '商标权', '著作权', '地理标志', '植物新品种权', '集成电路布图设计专有权', '其他知识产权'] as const;
const FILING_LEVELS = ['国家级', '省级', '市级', '区级', '未备案'] as const;
const NAVIGATION_LEVELS = ['省级', '市级', '区级'] as const;
const CHINA_PATENT_AWARDS = ['金奖', '银奖', '优秀奖'] as const;
const ZHEJIANG_IP_AWARDS = ['省知识产权奖大奖', '门类奖一等奖', '门类奖二等奖', '门类奖三等奖'] as const;
const FIRST_PATENT_SOURCES = ['向高校或科研机构购买', '自身新增授权', '其他途径'] as const;
const NATIONAL_PROVINCIAL = ['国家级', '省级'] as const;
const TRADE_SECRET_ZONES = ['国家商业秘密保护示范基地', '省级商业秘密保护示范区'] as const;
const PROVINCIAL_CITY = ['省级', '市级'] as const;
const REGIONAL_TRADEMARK_OFFICES = ['欧盟', '非洲地区工业产权组织', '非洲知识产权组织'] as const;

const MAX_LOANS = 50;

const pledgeLoanSchema = z
  .object({
    rightType: choiceField(PLEDGE_RIGHT_TYPES, '质押的知识产权类别（权项）；每种权项单独计算上限'),
    loanPrincipalYuan: yuanField('该笔贷款本金总额（元）', 1).optional(),
    ipPledgedPrincipalYuan: yuanField(
      '其中通过知识产权质押获得的贷款本金（元）；纯知识产权质押贷款与本金总额相同，混合担保贷款只填知识产权质押对应的部分',
      1,
    ).optional(),
    interestMonths: z
      .number({ error: '应为数字（单位：月）' })
      .gt(0, { error: '应大于0' })
      .max(12, { error: '不应超过12（一个贴息年度）' })
      .refine(hasAtMostTwoDecimals, { error: '最多保留两位小数' })
      .describe('贴息年度内该笔贷款计息的月数（不超过12，可带小数，如1.5）；按月数/12折算，不足一月不进位。与计息天数二选一，两者都填时按天数')
      .optional(),
    interestDays: integerField('贴息年度内该笔贷款计息的天数（1–366）；按实际天数/365折算，超过365天按一年计', 1, 366, '天').optional(),
    interestPaidYuan: yuanField('贴息年度内该笔贷款实际支付的利息总额（元）；可不填，填写后贴息不超过该利息（混合担保按知识产权质押部分本金分摊）').optional(),
    loanRatePercent: z
      .number({ error: '应为数字（年利率百分比，如 3.2 表示 3.2%）' })
      .gt(0, { error: '应大于0' })
      .max(36, { error: '不应超过36（年利率百分比）' })
      .refine(hasAtMostTwoDecimals, { error: '最多保留两位小数' })
      .describe('该笔贷款合同约定的年利率（%）；可不填，低于上年末一年期LPR的80%时按该利率计算贴息')
      .optional(),
    repaidOnTime: flagField('该笔贷款是否按期正常偿还（含按期付息）；不填时先追问（答复给出若按期偿还可获的金额），填“否”该笔不予贴息').optional(),
    repaymentUncertain: flagField('申请人明确表示该笔贷款的还款情况尚不确定（如不清楚有没有逾期）；是：先追问，不按已按期偿还测算').optional(),
  })
  .strict()
  .superRefine((loan, ctx) => {
    if (loan.loanPrincipalYuan !== undefined && loan.ipPledgedPrincipalYuan !== undefined && loan.ipPledgedPrincipalYuan > loan.loanPrincipalYuan) {
      ctx.addIssue({ code: 'custom', path: ['ipPledgedPrincipalYuan'], message: '知识产权质押部分不能大于贷款本金总额' });
    }
  });

export type PledgeLoan = z.output<typeof pledgeLoanSchema>;

const regionalTrademarkSchema = z
  .object({
    office: choiceField(REGIONAL_TRADEMARK_OFFICES, '注册的地区组织：欧盟（通过单一国家注册方式提交）、非洲地区工业产权组织（ARIPO）或非洲知识产权组织（OAPI）'),
    feesYuan: yuanField('实际缴纳的注册费（元）'),
  })
  .strict();

export const profileShape = {
  // Shared
  organizationType: choiceField(ORGANIZATION_TYPES, '申报单位类型：企业、高校、科研机构、代理机构（含分支机构）、园区（含产业集聚区）或其他').optional(),
  locatedInJindong: flagField('申报单位（或代理机构、分支机构）是否在金东区内依法设立').optional(),

  // art.1 专利密集型企业
  ipManagementStandardCertified: flagField('是否通过《企业知识产权管理规范》国家标准认证并贯彻实施').optional(),
  selfDevelopedInventionPatentsCount: countField('当年末累计拥有的自主研发有效发明专利数量（件）').optional(),
  selfDevelopedInventionPatentsLastYearCount: countField('上年末累计拥有的自主研发有效发明专利数量（件），用于计算同比增量').optional(),
  annualSalesYuan: yuanField('企业当年销售收入（元）').optional(),
  patentProductSalesPercent: percentField('专利产品销售收入占企业当年总收入的比例（%，如 20 表示 20%）').optional(),
  ipStaffTrainingRatePercent: percentField('知识产权从业人员、研发人员当年培训率（%）').optional(),

  // art.2
  newHighValueInventionPatentsCount: countField('当年新增高价值发明专利数量（件）').optional(),

  // art.3
  newIpEnterpriseTitles: choicesField(IP_ENTERPRISE_TITLES, '当年新认定的知识产权示范企业、优势企业称号（可多选，没有则填 []）').optional(),

  // art.4.1
  ipPledgeLoans: z
    .array(pledgeLoanSchema, { error: '应为数组（每笔知识产权质押贷款一项）' })
    .max(MAX_LOANS, { error: `最多${MAX_LOANS}笔` })
    .describe('贴息年度内的知识产权质押贷款，每笔一项（没有则填 []）')
    .optional(),
  pledgeLoanSubsidyYear: integerField(
    '申请贴息的年度，即贴息年度：贷款利息实际支付的年度（2024年内支付的利息为2024年度，即使2025年才提出申请）；“上年末”一年期LPR取该年度上一年的年末值（2024年度取2023年末）',
    2019,
    2100,
    '年',
  ).optional(),
  lprOneYearPercent: z
    .number({ error: '应为数字（百分比，如 3.45 表示 3.45%）' })
    .gt(0, { error: '应大于0' })
    .max(20, { error: '不应超过20（百分比）' })
    .refine(hasAtMostTwoDecimals, { error: '最多保留两位小数' })
    .describe('自行指定的上年末一年期LPR（%）；填写后代替内置LPR表')
    .optional(),

  // art.4.2, art.4.3
  ipInsurancePremiumYuan: yuanField('当年度购买知识产权保险实际缴纳的保费（元）').optional(),
  ipSecuritizationIssueYuan: yuanField('以知识产权为基础资产公开发行的资产证券化产品发行规模（元），未发行填 0').optional(),

  // art.5
  ipAllianceFilingLevel: choiceField(FILING_LEVELS, '所牵头知识产权联盟备案的知识产权主管部门层级（取最高一级；未备案填“未备案”）').optional(),

  // art.6
  newPatentNavigationProjectLevels: choicesField(NAVIGATION_LEVELS, '当年新承担的专利导航项目层级（可多选：省级、市级、区级；没有则填 []）').optional(),
  newIpEarlyWarningProjectsCount: countField('当年新承担的市级及以上知识产权预警分析项目数量（项）', '项').optional(),

  // art.7
  newChinaPatentAwards: listField(CHINA_PATENT_AWARDS, '当年新获中国专利奖（含中国外观设计专利奖）的奖项，每获一项填一项（没有则填 []）').optional(),
  newZhejiangIpAwards: listField(ZHEJIANG_IP_AWARDS, '当年新获浙江省知识产权奖的奖项（大奖或专利奖、商标奖门类奖的等次），每获一项填一项（没有则填 []）').optional(),

  // art.8
  patentTransferLicenseeCount: countField('当年向金东区企业转让或许可专利的受让（被许可）企业累计家数（家）', '家').optional(),
  patentTransferValueYuan: yuanField('当年向金东区企业转让或许可专利的实际成交金额合计（元）').optional(),

  // art.9
  hadInventionPatentBefore: flagField('此前企业是否已拥有（覆盖）发明专利').optional(),
  firstInventionPatentSource: choiceField(FIRST_PATENT_SOURCES, '首件发明专利的来源：向高校或科研机构购买、自身新增授权或其他途径').optional(),
  firstInventionPatentProductSalesYuan: yuanField('该发明专利授权（购买）次年用于生产的产品年度销售额（元）').optional(),

  // art.10
  newIpProtectionMarketLevels: choicesField(NATIONAL_PROVINCIAL, '当年新认定的知识产权保护规范化市场层级（国家级、省级；没有则填 []）').optional(),

  // art.11
  ipRightsStationAssessmentPassed: flagField('所运营的知识产权维权站点当年度考核是否合格').optional(),
  ipRightsStationsPassedCount: countField('当年度考核合格的维权站点个数（个；只运营一个站点的不必填）', '个').optional(),
  ipRightsStationYearsCount: countField('问几个年度合计时，维权站点考核合格的年度数（年；只问当年的不必填）', '年').optional(),

  // art.12
  newTradeSecretZones: choicesField(TRADE_SECRET_ZONES, '园区或产业集聚区当年新建成的商业秘密保护示范基地（区）（没有则填 []）').optional(),
  newTradeSecretStationLevels: choicesField(PROVINCIAL_CITY, '企业当年新创建的商业秘密保护示范站点层级（省级、市级；没有则填 []）').optional(),

  // art.13
  domesticPatentSuitWon: flagField('是否在国内（含港澳台）通过司法途径进行专利维权并胜诉').optional(),
  domesticPatentDamagesYuan: yuanField('国内专利维权胜诉案件的司法判赔金额（元）').optional(),
  foreignPatentSuitCountry: textField('国外专利诉讼所在国家或地区（如 美国、日本、德国、欧盟、韩国；州、城市、法院名或英文名亦可，如 美国加州、慕尼黑、USA），按所在国家确定补助上限').optional(),
  foreignPatentSuitFavourable: flagField('国外专利诉讼是否最终胜诉：作为原告最终判定侵权成立，或作为被告最终判定侵权不成立').optional(),
  foreignPatentSuitAgencyFeesYuan: yuanField('国外专利诉讼实际支付的维权代理费（元）').optional(),

  // art.14
  agencyOperatingMonths: countField('代理机构（或分支机构、办事处）在金东区运作的月数', '月').optional(),
  agencyPatentGrantsCount: countField('代理机构代理的专利授权总量（件）').optional(),
  agencyInventionPatentGrantsCount: countField('其中代理的发明专利授权量（件）').optional(),

  // art.15
  newIpServiceClusterLevels: choicesField(NATIONAL_PROVINCIAL, '新建的具有集聚效应的知识产权服务业集聚发展示范区层级（国家级、省级；没有则填 []）').optional(),

  // art.16.1
  newWellKnownTrademark: flagField('当年是否新获国家级驰名商标认定').optional(),
  clusterRegionalMarkFirstRegistered: flagField('是否首次成功注册制造业产业集群区域证明商标或集体商标').optional(),
  madridTrademarkFeesYuan: yuanField('当年通过马德里体系国际注册商标实际缴纳的注册费（元），未注册填 0').optional(),
  regionalTrademarkRegistrations: z
    .array(regionalTrademarkSchema, { error: '应为数组（每个地区组织一项）' })
    .max(10, { error: '最多10项' })
    .refine((list) => new Set(list.map((r) => r.office)).size === list.length, { error: '每个地区组织只填一项（注册费合计）' })
    .describe('在欧盟（通过单一国家注册方式提交）、非洲地区工业产权组织、非洲知识产权组织注册商标及缴纳的注册费，每个组织一项（没有则填 []）')
    .optional(),
  singleCountryTrademarkCountries: countField('当年在单一国家注册商标的国家数（个）', '个').optional(),

  // art.16.2
  giTrademarksCount: countField('成功注册的地理标志证明商标或集体商标数量（件）').optional(),
  provincialBrandStationNew: flagField('是否新建省级品牌指导服务站').optional(),
  provincialBrandStationExcellent: flagField('所建省级品牌指导服务站上年度绩效评价是否为优秀').optional(),
  greenProductCertified: flagField('是否获得绿色产品认证证书').optional(),
  zhejiangMadeCertified: flagField('是否获得“浙江制造”国际互认证书').optional(),
};

const profileObject = z.object(profileShape).strict();
export type Profile = z.output<typeof profileObject>;
export type ProfileKey = keyof Profile;

/** The question to ask for each missing fact. */
export const FACT_QUESTIONS: Record<ProfileKey, string> = {
  organizationType: '申报单位属于哪一类：企业、高校、科研机构、代理机构、园区（产业集聚区），还是其他？',
  locatedInJindong: '申报单位（或代理机构、分支机构）是否在金东区内依法设立？',
  ipManagementStandardCertified: '企业是否已通过《企业知识产权管理规范》国家标准认证并贯彻实施？',
  selfDevelopedInventionPatentsCount: '企业目前累计拥有多少件自主研发的有效发明专利？',
  selfDevelopedInventionPatentsLastYearCount: '上年末企业累计拥有多少件自主研发的有效发明专利？用于计算同比增量。',
  annualSalesYuan: '企业当年销售收入是多少元？',
  patentProductSalesPercent: '专利产品销售收入占企业当年总收入的比例是多少（%）？',
  ipStaffTrainingRatePercent: '知识产权从业人员、研发人员当年的培训率是多少（%）？',
  newHighValueInventionPatentsCount: '当年新增了多少件高价值发明专利？',
  newIpEnterpriseTitles: '当年是否新认定为国家级知识产权示范企业、国家级优势企业、省级或市级知识产权示范企业？是哪一项？',
  ipPledgeLoans: '当年有哪些知识产权质押贷款？请逐笔说明质押的权项（专利权、商标权等）、本金（混合担保的说明其中知识产权质押部分）、当年计息多长时间（月数或天数），以及是否按期正常偿还；实际支付的利息可一并告知。',
  pledgeLoanSubsidyYear: '申请贴息的是哪一年度的贷款利息？按利息实际支付的年份算（如2024年内支付的利息为2024年度），“上年末”LPR取其上一年末的值。',
  lprOneYearPercent: '请提供应适用的上年末一年期贷款市场报价利率（LPR，%）。',
  ipInsurancePremiumYuan: '当年度购买知识产权保险实际缴纳了多少保费（元）？',
  ipSecuritizationIssueYuan: '以知识产权为基础资产公开发行的资产证券化产品发行规模是多少元？',
  ipAllianceFilingLevel: '所牵头的知识产权联盟在哪一级知识产权主管部门备案？',
  newPatentNavigationProjectLevels: '当年新承担了哪一级的专利导航项目（省级、市级、区级）？',
  newIpEarlyWarningProjectsCount: '当年新承担了几项市级及以上知识产权预警分析项目？',
  newChinaPatentAwards: '当年新获了哪些中国专利奖（含外观设计专利奖）奖项（金奖、银奖、优秀奖）？各几项？',
  newZhejiangIpAwards: '当年新获了哪些浙江省知识产权奖（大奖，或专利奖、商标奖门类奖的一、二、三等奖）？',
  patentTransferLicenseeCount: '当年向多少家金东区企业转让或许可了专利？',
  patentTransferValueYuan: '当年向金东区企业转让或许可专利的实际成交金额合计是多少元？',
  hadInventionPatentBefore: '企业此前是否已拥有发明专利？',
  firstInventionPatentSource: '企业首件发明专利是向高校、科研机构购买的，还是自身新增授权的？',
  firstInventionPatentProductSalesYuan: '该发明专利授权（或购买）次年，用它生产的产品年度销售额是多少元？',
  newIpProtectionMarketLevels: '当年是否新认定为国家级或省级知识产权保护规范化市场？',
  ipRightsStationAssessmentPassed: '所运营的知识产权维权站点当年度考核是否合格？',
  ipRightsStationsPassedCount: '当年度考核合格的维权站点有几个？',
  ipRightsStationYearsCount: '维权站点有几个年度考核合格？',
  newTradeSecretZones: '园区或产业集聚区当年是否新建成国家商业秘密保护示范基地或省级商业秘密保护示范区？',
  newTradeSecretStationLevels: '企业当年是否新创建省级或市级商业秘密保护示范站点？',
  domesticPatentSuitWon: '企业是否在国内（含港澳台）通过司法途径进行专利维权并胜诉？',
  domesticPatentDamagesYuan: '国内专利维权胜诉案件的司法判赔金额是多少元？',
  foreignPatentSuitCountry: '国外专利诉讼是在哪个国家或地区？',
  foreignPatentSuitFavourable: '国外专利诉讼是否最终胜诉（作为原告判定侵权成立，或作为被告判定侵权不成立）？',
  foreignPatentSuitAgencyFeesYuan: '国外专利诉讼实际支付了多少维权代理费（元）？',
  agencyOperatingMonths: '代理机构（或分支机构）在金东区已运作多少个月？',
  agencyPatentGrantsCount: '代理机构代理的专利授权总量是多少件？',
  agencyInventionPatentGrantsCount: '其中代理的发明专利授权有多少件？',
  newIpServiceClusterLevels: '是否新建了国家级或省级知识产权服务业集聚发展示范区？',
  newWellKnownTrademark: '当年是否新获国家级驰名商标认定？',
  clusterRegionalMarkFirstRegistered: '是否首次成功注册了制造业产业集群区域证明商标或集体商标？',
  madridTrademarkFeesYuan: '当年通过马德里体系国际注册商标缴纳了多少注册费（元）？',
  regionalTrademarkRegistrations: '是否在欧盟（通过单一国家注册方式提交）、非洲地区工业产权组织或非洲知识产权组织注册商标？各缴纳了多少注册费？',
  singleCountryTrademarkCountries: '当年在多少个国家以单一国家方式注册了商标？',
  giTrademarksCount: '成功注册了几件地理标志证明商标或集体商标？',
  provincialBrandStationNew: '是否新建了省级品牌指导服务站？',
  provincialBrandStationExcellent: '所建省级品牌指导服务站上年度绩效评价是否为优秀？',
  greenProductCertified: '是否获得了绿色产品认证证书？',
  zhejiangMadeCertified: '是否获得了“浙江制造”国际互认证书？',
};

/** Facts that say who the applicant is rather than what it did; alone they do not make a rule worth checking. */
export const SHARED_FACTS: readonly ProfileKey[] = ['organizationType', 'locatedInJindong'];

/**
 * Year-end stocks and the previous year-end's: in a year later (明年累计到10件), this year's stock
 * becomes the previous year-end's, so the increase is counted from it.
 */
export const PREVIOUS_YEAR_END: Partial<Record<ProfileKey, ProfileKey>> = {
  selfDevelopedInventionPatentsCount: 'selfDevelopedInventionPatentsLastYearCount',
};

export function needFor(fact: ProfileKey): NeedsInfo {
  return { fact, question: FACT_QUESTIONS[fact] };
}

/** A profile fact as a three-valued input. */
export function fact<F extends Partial<Profile>, K extends keyof F & ProfileKey>(facts: F, key: K): Known<NonNullable<F[K]>> {
  return known(facts[key] ?? undefined, needFor(key)) as Known<NonNullable<F[K]>>;
}

interface CrossCheck {
  fields: readonly ProfileKey[];
  path: ProfileKey;
  message: string;
  valid(p: Partial<Profile>): boolean;
}

/** Checks between fields; each applies to any schema that contains all of its fields. */
const CROSS_CHECKS: readonly CrossCheck[] = [
  {
    fields: ['agencyPatentGrantsCount', 'agencyInventionPatentGrantsCount'],
    path: 'agencyInventionPatentGrantsCount',
    message: '其中发明专利数量不能多于代理专利授权总量',
    valid: (p) =>
      p.agencyPatentGrantsCount === undefined ||
      p.agencyInventionPatentGrantsCount === undefined ||
      p.agencyInventionPatentGrantsCount <= p.agencyPatentGrantsCount,
  },
];

/** The input schema of a rule: the profile fields it reads, nothing else, plus the checks among them. */
export function pickProfile<K extends ProfileKey>(keys: readonly K[]) {
  const mask = Object.fromEntries(keys.map((k) => [k, true])) as { [P in K]: true } & Record<Exclude<K, ProfileKey>, never>;
  const checks = CROSS_CHECKS.filter((c) => c.fields.every((f) => (keys as readonly string[]).includes(f)));
  return profileObject.pick(mask).superRefine((value, ctx) => {
    for (const c of checks) {
      if (!c.valid(value as Partial<Profile>)) ctx.addIssue({ code: 'custom', path: [c.path], message: c.message });
    }
  });
}

/** The whole profile (for the eligibility matcher). */
export const profileSchema = pickProfile(Object.keys(profileShape) as ProfileKey[]);
