import { patentIntensiveEnterprise } from '../../rules/items/art-01-patent-intensive-enterprise.rule';
import { Profile, ProfileKey, profileShape } from '../../rules/profile.schema';
import { normalizeMessage } from './fact-text';
import { bareYesNo, extractFacts } from './fact-extractor';
import { glossEnglish } from './english-gloss';

/**
 * Messages as enterprises, finance officers and hotline operators write them. Every case asserts the
 * whole `facts` object, so a figure attached to the wrong field fails.
 */

type Case = [message: string, facts: Partial<Profile>];
type FocusCase = [message: string, focus: ProfileKey[], facts: Partial<Profile>];

const facts = (text: string, focus?: ProfileKey[]) => extractFacts(text, focus ? { focus } : {}).facts;

const ART1: Case[] = [
  ['我们有十二件发明专利，比去年多了6件', { selfDevelopedInventionPatentsCount: 12, selfDevelopedInventionPatentsLastYearCount: 6 }],
  ['发明专利去年4件今年7件', { selfDevelopedInventionPatentsLastYearCount: 4, selfDevelopedInventionPatentsCount: 7 }],
  ['累计拥有自主研发有效发明专利15件，同比增长5件', { selfDevelopedInventionPatentsCount: 15, selfDevelopedInventionPatentsLastYearCount: 10 }],
  ['发明专利从去年的8件增加到了15件', { selfDevelopedInventionPatentsCount: 15, selfDevelopedInventionPatentsLastYearCount: 8 }],
  ['去年底有8件发明专利，今年底有15件', { selfDevelopedInventionPatentsCount: 15, selfDevelopedInventionPatentsLastYearCount: 8 }],
  ['１２件发明专利，营收３０００万，专利产品占比３０％', { selfDevelopedInventionPatentsCount: 12, annualSalesYuan: 30_000_000, patentProductSalesPercent: 30 }],
  ['２０２３年我们发明专利１２件', { selfDevelopedInventionPatentsCount: 12 }],
  ['贯标过了', { ipManagementStandardCertified: true }],
  ['通过了知识产权管理规范认证', { ipManagementStandardCertified: true }],
  ['GB/T 29490-2013认证去年就拿到了', { ipManagementStandardCertified: true }],
  ['没贯标', { ipManagementStandardCertified: false }],
  ['还没做贯标', { ipManagementStandardCertified: false }],
  ['贯标还在做', { ipManagementStandardCertified: false }],
  ['年销售额两千万', { annualSalesYuan: 20_000_000 }],
  ['营收3000万', { annualSalesYuan: 30_000_000 }],
  ['销售收入达到800万元', { annualSalesYuan: 8_000_000 }],
  ['年营业收入3.5亿元', { annualSalesYuan: 350_000_000 }],
  ['我们销售额只有300万', { annualSalesYuan: 3_000_000 }],
  ['专利产品占比30%', { patentProductSalesPercent: 30 }],
  ['专利产品收入占了一半', { patentProductSalesPercent: 50 }],
  ['专利产品销售收入占比百分之二十五', { patentProductSalesPercent: 25 }],
  ['研发人员都培训了', { ipStaffTrainingRatePercent: 100 }],
  ['培训率100%', { ipStaffTrainingRatePercent: 100 }],
  ['培训了八成', { ipStaffTrainingRatePercent: 80 }],
  ['研发人员还没培训', { ipStaffTrainingRatePercent: 0 }],
  ['我们没有发明专利', { hadInventionPatentBefore: false, selfDevelopedInventionPatentsCount: 0 }],
  ['尚未贯标', { ipManagementStandardCertified: false }],
  ['未通过知识产权管理规范认证', { ipManagementStandardCertified: false }],
  ['我们不是贯标企业', { ipManagementStandardCertified: false }],
  ['贯标是2021年做的，证书还在有效期内', { ipManagementStandardCertified: true }],
  ['研发人员42人，今年都参加过知识产权培训', { ipStaffTrainingRatePercent: 100 }],
  [
    '我们厂今年拿到了7件发明专利授权，现在一共有23件有效发明专利，去年这个时候是16件',
    { organizationType: '企业', selfDevelopedInventionPatentsCount: 23, selfDevelopedInventionPatentsLastYearCount: 16 },
  ],
  ['我们是一家做电动工具的企业，在金东经济开发区，发明专利有9件', { organizationType: '企业', locatedInJindong: true, selfDevelopedInventionPatentsCount: 9 }],
  ['专利密集型企业我们应该算第二档吧，发明专利8件，去年5件', { selfDevelopedInventionPatentsCount: 8, selfDevelopedInventionPatentsLastYearCount: 5 }],
];

const ART1_MULTI: Case[] = [
  [
    '发明专利12件，销售额2000万，专利产品占比30%',
    { selfDevelopedInventionPatentsCount: 12, annualSalesYuan: 20_000_000, patentProductSalesPercent: 30 },
  ],
  [
    '我们有发明专利12件销售额2000万专利产品占比30%培训率100%贯标也过了',
    {
      selfDevelopedInventionPatentsCount: 12,
      annualSalesYuan: 20_000_000,
      patentProductSalesPercent: 30,
      ipStaffTrainingRatePercent: 100,
      ipManagementStandardCertified: true,
    },
  ],
  [
    '我司有效发明专利十五件 比上年增加五件 贯标已通过 年销售额1.2亿 专利产品收入占60% 培训率百分之百',
    {
      organizationType: '企业',
      selfDevelopedInventionPatentsCount: 15,
      selfDevelopedInventionPatentsLastYearCount: 10,
      ipManagementStandardCertified: true,
      annualSalesYuan: 120_000_000,
      patentProductSalesPercent: 60,
      ipStaffTrainingRatePercent: 100,
    },
  ],
  [
    // A hotline operator retelling a call, without a single punctuation mark.
    '这家企业是做五金的在金东区注册的今年发明专利有18件去年是11件年销售额大概六千万专利产品收入占七成左右研发人员全部参加了知识产权培训贯标证书去年就拿到了',
    {
      organizationType: '企业',
      locatedInJindong: true,
      selfDevelopedInventionPatentsCount: 18,
      selfDevelopedInventionPatentsLastYearCount: 11,
      annualSalesYuan: 60_000_000,
      patentProductSalesPercent: 70,
      ipStaffTrainingRatePercent: 100,
      ipManagementStandardCertified: true,
    },
  ],
  [
    // The share is computed when both amounts are said.
    '我们今年发明专利15件，去年年底是9件，年销售收入3200万元，其中专利产品收入1500万',
    {
      selfDevelopedInventionPatentsCount: 15,
      selfDevelopedInventionPatentsLastYearCount: 9,
      annualSalesYuan: 32_000_000,
      patentProductSalesPercent: 46.88,
    },
  ],
  ['发明专利12件，销售额2000万，其中专利产品卖了1200万', { selfDevelopedInventionPatentsCount: 12, annualSalesYuan: 20_000_000, patentProductSalesPercent: 60 }],
  ['高价值专利12件 发明专利40件', { newHighValueInventionPatentsCount: 12, selfDevelopedInventionPatentsCount: 40 }],
  ['发明专利12件，不对，是15件', { selfDevelopedInventionPatentsCount: 15 }],
  ['销售额2000万，说错了，应该是2500万', { annualSalesYuan: 25_000_000 }],
];

const ART2_3: Case[] = [
  ['今年新增高价值发明专利35件', { newHighValueInventionPatentsCount: 35 }],
  ['高价值专利新增了三十五件', { newHighValueInventionPatentsCount: 35 }],
  ['35件高价值', { newHighValueInventionPatentsCount: 35 }],
  ['今年没有新增高价值专利', { newHighValueInventionPatentsCount: 0 }],
  ['2023年新增高价值发明专利12件', { newHighValueInventionPatentsCount: 12 }],
  ['刚评上国家知识产权示范企业', { newIpEnterpriseTitles: ['国家级知识产权示范企业'] }],
  ['新认定省级知识产权示范企业', { newIpEnterpriseTitles: ['省级知识产权示范企业'] }],
  ['国家级优势企业', { newIpEnterpriseTitles: ['国家级知识产权优势企业'] }],
  ['今年被认定为市级示范企业', { newIpEnterpriseTitles: ['市级知识产权示范企业'] }],
  ['没评上国家级的，只评上了省级示范企业', { newIpEnterpriseTitles: ['省级知识产权示范企业'] }],
  ['没评上示范企业', { newIpEnterpriseTitles: [] }],
  // No such title in the policy: asked about, not guessed.
  ['评上了省级优势企业', {}],
];

const ART4: Case[] = [
  [
    '用专利权质押贷款500万，按时还了，利息付了18万，贷了12个月',
    {
      ipPledgeLoans: [
        { rightType: '专利权', loanPrincipalYuan: 5_000_000, ipPledgedPrincipalYuan: 5_000_000, interestMonths: 12, interestPaidYuan: 180_000, repaidOnTime: true },
      ],
    },
  ],
  [
    '专利权质押300万，商标权质押200万',
    {
      ipPledgeLoans: [
        { rightType: '专利权', loanPrincipalYuan: 3_000_000, ipPledgedPrincipalYuan: 3_000_000 },
        { rightType: '商标权', loanPrincipalYuan: 2_000_000, ipPledgedPrincipalYuan: 2_000_000 },
      ],
    },
  ],
  [
    '混合担保贷款1000万其中专利质押部分600万',
    { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 10_000_000, ipPledgedPrincipalYuan: 6_000_000 }] },
  ],
  [
    '我们去年用商标权质押贷了300万，期限一年，利息一共交了12万，都按时还了',
    {
      ipPledgeLoans: [
        { rightType: '商标权', loanPrincipalYuan: 3_000_000, ipPledgedPrincipalYuan: 3_000_000, interestMonths: 12, interestPaidYuan: 120_000, repaidOnTime: true },
      ],
    },
  ],
  [
    '专利质押贷了200万，商标质押贷了100万，都按时还了，利息分别是8万和4万',
    {
      ipPledgeLoans: [
        { rightType: '专利权', loanPrincipalYuan: 2_000_000, ipPledgedPrincipalYuan: 2_000_000, interestPaidYuan: 80_000, repaidOnTime: true },
        { rightType: '商标权', loanPrincipalYuan: 1_000_000, ipPledgedPrincipalYuan: 1_000_000, interestPaidYuan: 40_000, repaidOnTime: true },
      ],
    },
  ],
  ['贷款500万用专利做的质押，按期还款', { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 5_000_000, ipPledgedPrincipalYuan: 5_000_000, repaidOnTime: true }] }],
  [
    // Two months late is no period of interest.
    '500万的专利质押贷款，逾期了两个月',
    { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 5_000_000, ipPledgedPrincipalYuan: 5_000_000, repaidOnTime: false }] },
  ],
  [
    // The loan rate is the loan's own, not the LPR; the year is the loan's, not necessarily the subsidy year.
    '我们贷款是2023年的，专利权质押500万，利率4.2%，付了利息21万',
    { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 5_000_000, ipPledgedPrincipalYuan: 5_000_000, interestPaidYuan: 210_000, loanRatePercent: 4.2 }] },
  ],
  ['没有质押贷款', { ipPledgeLoans: [] }],
  [
    '那笔专利质押的贷款是工行的，本金800万，去年3月放款，今年3月到期已经还了，去年付的利息大概29万',
    { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 8_000_000, ipPledgedPrincipalYuan: 8_000_000, interestPaidYuan: 290_000, repaidOnTime: true }] },
  ],
  [
    '专利权质押融资1500万，其中500万是专利质押，其余是房产抵押',
    { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 15_000_000, ipPledgedPrincipalYuan: 5_000_000 }] },
  ],
  ['保险是人保的专利执行保险，一年保费三万六', { ipInsurancePremiumYuan: 36_000 }],
  ['LPR按3.45%算', { lprOneYearPercent: 3.45 }],
  ['贷款利率4.35%，LPR3.45%', { lprOneYearPercent: 3.45 }],
  ['2024年的贷款利息', { pledgeLoanSubsidyYear: 2024 }],
  ['申请2024年度的贴息，LPR是3.45', { pledgeLoanSubsidyYear: 2024, lprOneYearPercent: 3.45 }],
  ['买了知识产权保险，保费2.4万', { ipInsurancePremiumYuan: 24_000 }],
  ['两万五的保费', { ipInsurancePremiumYuan: 25_000 }],
  ['保费24000元', { ipInsurancePremiumYuan: 24_000 }],
  ['知识产权保险保费2.4万，补助50%是多少', { ipInsurancePremiumYuan: 24_000 }],
  ['没买知识产权保险', { ipInsurancePremiumYuan: 0 }],
  ['发了1.2亿的知识产权ABS', { ipSecuritizationIssueYuan: 120_000_000 }],
  ['资产证券化发行规模1.2亿元', { ipSecuritizationIssueYuan: 120_000_000 }],
  ['没发过ABS', { ipSecuritizationIssueYuan: 0 }],
];

const ART5_TO_12: Case[] = [
  ['联盟在国家知识产权局备案了', { ipAllianceFilingLevel: '国家级' }],
  ['联盟只在市里备案', { ipAllianceFilingLevel: '市级' }],
  ['我们牵头的联盟在省里和市里都备案了', { ipAllianceFilingLevel: '省级' }],
  ['没去国家局备案，只在市里备案', { ipAllianceFilingLevel: '市级' }],
  ['联盟还没备案', { ipAllianceFilingLevel: '未备案' }],
  ['承担了省级和区级专利导航项目', { newPatentNavigationProjectLevels: ['省级', '区级'] }],
  ['专利导航项目是市级的', { newPatentNavigationProjectLevels: ['市级'] }],
  ['今年没有承担导航项目', { newPatentNavigationProjectLevels: [] }],
  ['新承担了2个市级预警分析项目', { newIpEarlyWarningProjectsCount: 2 }],
  ['今年新承担了一个省级专利导航项目和一个市级预警项目', { newPatentNavigationProjectLevels: ['省级'], newIpEarlyWarningProjectsCount: 1 }],
  ['省级预警项目一项', { newIpEarlyWarningProjectsCount: 1 }],
  ['拿了中国专利银奖', { newChinaPatentAwards: ['银奖'] }],
  ['今年拿了个中国外观设计专利奖银奖', { newChinaPatentAwards: ['银奖'] }],
  ['拿了两个中国专利优秀奖', { newChinaPatentAwards: ['优秀奖', '优秀奖'] }],
  ['中国专利金奖和优秀奖各一项', { newChinaPatentAwards: ['金奖', '优秀奖'] }],
  ['一金一银两优秀，都是中国专利奖', { newChinaPatentAwards: ['金奖', '银奖', '优秀奖', '优秀奖'] }],
  ['没拿过中国专利奖', { newChinaPatentAwards: [] }],
  ['省知识产权奖大奖', { newZhejiangIpAwards: ['省知识产权奖大奖'] }],
  ['专利奖一等奖', { newZhejiangIpAwards: ['门类奖一等奖'] }],
  ['拿了浙江省知识产权奖专利奖二等奖和商标奖三等奖', { newZhejiangIpAwards: ['门类奖二等奖', '门类奖三等奖'] }],
  ['拿了省科技进步二等奖', {}],
  ['我们是大学，许可给了16家企业，成交金额300万', { organizationType: '高校', patentTransferLicenseeCount: 16, patentTransferValueYuan: 3_000_000 }],
  [
    '我们是研究院，今年向金东的18家企业转让了专利，合同金额一共450万',
    { organizationType: '科研机构', patentTransferLicenseeCount: 18, patentTransferValueYuan: 4_500_000 },
  ],
  ['我们是高校，转让给了3家企业，收了60万', { organizationType: '高校', patentTransferLicenseeCount: 3, patentTransferValueYuan: 600_000 }],
  // The 6 patents licensed are not the university's art.1 stock; the firms are counted in their own clause.
  [
    '我们学校今年把6件发明专利许可给了金东区的企业，一共5家，许可费总共80万',
    { organizationType: '高校', patentTransferLicenseeCount: 5, patentTransferValueYuan: 800_000 },
  ],
  // A buyer's story (art.9): the transfer fee is its price, not an art.8 fact.
  [
    '合作的大学把专利转让给我们了，这是我们第一件发明专利，转让费20万，产品今年卖了300万',
    { hadInventionPatentBefore: false, firstInventionPatentSource: '向高校或科研机构购买', firstInventionPatentProductSalesYuan: 3_000_000 },
  ],
  [
    '之前一件发明专利都没有，今年从大学买了一件，产品卖了150万',
    { hadInventionPatentBefore: false, firstInventionPatentSource: '向高校或科研机构购买', firstInventionPatentProductSalesYuan: 1_500_000 },
  ],
  ['以前没有发明专利，这件是自己新授权的，次年产品销售额120万', { hadInventionPatentBefore: false, firstInventionPatentSource: '自身新增授权', firstInventionPatentProductSalesYuan: 1_200_000 }],
  ['首件发明专利是从别的公司买的', { hadInventionPatentBefore: false, firstInventionPatentSource: '其他途径' }],
  ['我们之前就有发明专利了', { hadInventionPatentBefore: true }],
  ['我们市场被认定为省级知识产权保护规范化市场', { newIpProtectionMarketLevels: ['省级'] }],
  ['维权站点考核合格', { ipRightsStationAssessmentPassed: true }],
  // Each station that passed is paid: the count is read where all of them passed.
  ['我们运营的两个维权站点都考核合格了', { ipRightsStationAssessmentPassed: true, ipRightsStationsPassedCount: 2 }],
  // A total over years asked: the years passed.
  ['维权站点连续四年考核都合格', { ipRightsStationAssessmentPassed: true, ipRightsStationYearsCount: 4 }],
  ['四个站点都合格了，维权站点奖励多少', { ipRightsStationAssessmentPassed: true, ipRightsStationsPassedCount: 4 }],
  ['我们的维权站点不合格', { ipRightsStationAssessmentPassed: false }],
  ['维权站点今年没通过考核', { ipRightsStationAssessmentPassed: false }],
  ['维权站考核没过', { ipRightsStationAssessmentPassed: false }],
  ['我们的维权工作站年度考核结果是优秀', { ipRightsStationAssessmentPassed: true }],
  ['园区新建成了国家商业秘密保护示范基地', { newTradeSecretZones: ['国家商业秘密保护示范基地'], organizationType: '园区' }],
  ['新建成省级商业秘密保护示范区', { newTradeSecretZones: ['省级商业秘密保护示范区'] }],
  ['创建了市级商业秘密保护示范站点', { newTradeSecretStationLevels: ['市级'] }],
  ['省级商业秘密保护示范站点创建成功', { newTradeSecretStationLevels: ['省级'] }],
];

const ART13_TO_16: Case[] = [
  ['国内打赢了专利官司，判赔30万', { domesticPatentSuitWon: true, domesticPatentDamagesYuan: 300_000 }],
  ['我们起诉对方侵犯我们的专利权，法院判决赔偿50万，我们胜诉了', { domesticPatentSuitWon: true, domesticPatentDamagesYuan: 500_000 }],
  ['国内专利官司输了', { domesticPatentSuitWon: false }],
  ['在美国打专利官司赢了，代理费花了200万', { foreignPatentSuitCountry: '美国', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 2_000_000 }],
  ['我们在德国被诉侵权，最后判定不侵权，律师费150万', { foreignPatentSuitCountry: '德国', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 1_500_000 }],
  ['在日本起诉对方专利侵权，法院判侵权成立，代理费80万', { foreignPatentSuitCountry: '日本', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 800_000 }],
  ['在印度尼西亚被起诉专利侵权，最后判我们侵权', { foreignPatentSuitCountry: '印度尼西亚', foreignPatentSuitFavourable: false }],
  // Fees in dollars are not yuan: left to ask.
  ['被美国企业起诉专利侵权，我们是被告，最终判定不侵权，律师费花了35万美元', { foreignPatentSuitCountry: '美国', foreignPatentSuitFavourable: true }],
  // A suit still running has no final outcome: not met now.
  ['在韩国的专利官司还在二审', { foreignPatentSuitCountry: '韩国', foreignPatentSuitFavourable: false }],
  ['代理费大概花了30万，在德国打的官司，还没判', { foreignPatentSuitCountry: '德国', foreignPatentSuitAgencyFeesYuan: 300_000, foreignPatentSuitFavourable: false }],
  // …unless its outcome is the what-if asked.
  ['在德国被诉侵权，代理费40万，还没判，要是判了不侵权能补多少', { foreignPatentSuitCountry: '德国', foreignPatentSuitAgencyFeesYuan: 400_000, foreignPatentSuitFavourable: true }],
  ['我们在美国的337调查胜诉了，律师费一共花了500多万', { foreignPatentSuitCountry: '美国', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 5_010_000 }],
  ['在美国打专利官司，被告不侵权，代理费120万', { foreignPatentSuitCountry: '美国', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 1_200_000 }],
  [
    '事务所在金东开了一年半，代理授权60件其中发明12件',
    { organizationType: '代理机构', locatedInJindong: true, agencyOperatingMonths: 18, agencyPatentGrantsCount: 60, agencyInventionPatentGrantsCount: 12 },
  ],
  [
    '我们在金东设立了一个专利代理分所，运作满两年了，代理专利授权85件，其中发明专利23件',
    { locatedInJindong: true, agencyOperatingMonths: 24, agencyPatentGrantsCount: 85, agencyInventionPatentGrantsCount: 23 },
  ],
  ['代理机构在金东运作满13个月', { organizationType: '代理机构', locatedInJindong: true, agencyOperatingMonths: 13 }],
  ['新建了省级知识产权服务业集聚发展示范区', { newIpServiceClusterLevels: ['省级'] }],
  ['去年刚认定了驰名商标', { newWellKnownTrademark: true }],
  ['新获得驰名商标认定', { newWellKnownTrademark: true }],
  ['驰名商标还没认定下来', { newWellKnownTrademark: false }],
  // Held for years: not newly recognised this year.
  ['驰名商标我们早就有了', { newWellKnownTrademark: false }],
  ['我们没有驰名商标，也没有地理标志商标', { newWellKnownTrademark: false, giTrademarksCount: 0 }],
  ['首次成功注册了产业集群区域证明商标', { clusterRegionalMarkFirstRegistered: true }],
  ['首次注册了集体商标', { clusterRegionalMarkFirstRegistered: true }],
  ['马德里注册费花了4万', { madridTrademarkFeesYuan: 40_000 }],
  ['该企业马德里商标国际注册缴费2.8万元，另在3个国家单独注册', { madridTrademarkFeesYuan: 28_000, singleCountryTrademarkCountries: 3 }],
  ['没做马德里注册', { madridTrademarkFeesYuan: 0 }],
  [
    '在欧盟注册商标花了8000元，OAPI花了1.2万',
    {
      regionalTrademarkRegistrations: [
        { office: '欧盟', feesYuan: 8000 },
        { office: '非洲知识产权组织', feesYuan: 12_000 },
      ],
    },
  ],
  ['在非洲知识产权组织注册了商标，费用1万', { regionalTrademarkRegistrations: [{ office: '非洲知识产权组织', feesYuan: 10_000 }] }],
  ['ARIPO注册费5000元', { regionalTrademarkRegistrations: [{ office: '非洲地区工业产权组织', feesYuan: 5000 }] }],
  ['欧盟商标注册费5000元，后来欧盟又补缴了3000元注册费', { regionalTrademarkRegistrations: [{ office: '欧盟', feesYuan: 8000 }] }],
  ['在5个国家单独注册了商标', { singleCountryTrademarkCountries: 5 }],
  ['在美国、日本、韩国分别注册了商标', { singleCountryTrademarkCountries: 3 }],
  ['注册了2件地理标志证明商标', { giTrademarksCount: 2 }],
  ['注册了一件地理标志集体商标', { giTrademarksCount: 1 }],
  ['新建了省级品牌指导服务站', { provincialBrandStationNew: true }],
  ['品牌指导服务站2022年新建，2023年绩效评价优秀', { provincialBrandStationNew: true, provincialBrandStationExcellent: true }],
  ['品牌指导服务站上年度绩效评价优秀', { provincialBrandStationExcellent: true }],
  ['品牌服务站去年绩效评价良好', { provincialBrandStationExcellent: false }],
  ['拿到了绿色产品认证证书', { greenProductCertified: true }],
  ['不是绿色产品认证企业', { greenProductCertified: false }],
  ['获得了浙江制造国际互认证书', { zhejiangMadeCertified: true }],
  ['浙江制造国际互认证书今年刚拿到', { zhejiangMadeCertified: true }],
  ['绿色产品认证正在申请', { greenProductCertified: false }],
  ['没有浙江制造国际互认证书', { zhejiangMadeCertified: false }],
  // 浙江制造 alone is not the international mutual-recognition certificate.
  ['我们有浙江制造认证', {}],
];

const SHARED_AND_MULTI: Case[] = [
  ['我们是金东区注册的企业', { organizationType: '企业', locatedInJindong: true }],
  ['我们不是金东的企业', { locatedInJindong: false }],
  [
    '我们是金东的企业今年新增高价值发明专利12件拿了中国专利优秀奖还注册了2件地理标志商标',
    { organizationType: '企业', locatedInJindong: true, newHighValueInventionPatentsCount: 12, newChinaPatentAwards: ['优秀奖'], giTrademarksCount: 2 },
  ],
  ['我们公司还没贯标，也没买知识产权保险', { organizationType: '企业', ipManagementStandardCertified: false, ipInsurancePremiumYuan: 0 }],
  ['没有发明专利但贯标了', { hadInventionPatentBefore: false, selfDevelopedInventionPatentsCount: 0, ipManagementStandardCertified: true }],
  // A count right before another topic's noun is that noun's, even after art.1's 新增.
  ['今年新增了2个市级预警项目，发明专利12件', { newIpEarlyWarningProjectsCount: 2, selfDevelopedInventionPatentsCount: 12 }],
  ['今年新增了2件地理标志商标，发明专利12件', { giTrademarksCount: 2, selfDevelopedInventionPatentsCount: 12 }],
  // A hotline operator's retelling: the caller is the subject, the closing inquiry does not undo the facts.
  ['来电企业称其为省级知识产权示范企业，今年新认定的，想咨询奖励标准', { newIpEnterpriseTitles: ['省级知识产权示范企业'] }],
  // Items joined by 和/、 share what is said of them; 还有X in a list of facts is told, not asked.
  ['绿色产品认证证书、浙江制造国际互认证书我们都拿到了', { greenProductCertified: true, zhejiangMadeCertified: true }],
  ['两个都拿到了：绿色产品认证和浙江制造国际互认证书', { greenProductCertified: true, zhejiangMadeCertified: true }],
  ['浙江制造国际互认证书和绿色产品认证都还没有', { greenProductCertified: false, zhejiangMadeCertified: false }],
  ['保费买了5万的知识产权保险，还有绿色产品认证，一共补多少', { ipInsurancePremiumYuan: 50_000, greenProductCertified: true }],
  ['还有绿色产品认证吗', {}],
  // Fees are said without 元; another currency never is yuan.
  ['知识产权保险保费45000', { ipInsurancePremiumYuan: 45_000 }],
  ['马德里国际注册，注册费 12000', { madridTrademarkFeesYuan: 12_000 }],
  ['马德里注册费2021', {}],
  ['美国的专利官司赢了，代理费9000美元', { foreignPatentSuitCountry: '美国', foreignPatentSuitFavourable: true }],
  ['另外欧盟也注册了一件（注册费6500）', { regionalTrademarkRegistrations: [{ office: '欧盟', feesYuan: 6500 }] }],
  ['马德里注册费2万，另外在越南、泰国单独注册', { madridTrademarkFeesYuan: 20_000, singleCountryTrademarkCountries: 2 }],
  // A clause ending in 有 states it, also before the question; an upgrade is a new level.
  ['贯标证书有，知识产权管理规范那条能拿吗', { ipManagementStandardCertified: true }],
  ['今年晋升为省级商业秘密保护示范站点了', { newTradeSecretStationLevels: ['省级'] }],
  // Applied for by ourselves and granted later: self-granted; applied for, not granted: no source yet.
  ['首件发明专利是我们自己研发的，前两年授权，用它生产的产品今年卖了150万', {
    hadInventionPatentBefore: false, firstInventionPatentSource: '自身新增授权', firstInventionPatentProductSalesYuan: 1_500_000,
  }],
  ['首件发明专利是自己申请的，目前还没授权', { hadInventionPatentBefore: false }],
  // A stock is no count of what is new this year (or paid once per item): asked, never assumed.
  ['目前累计拥有高价值发明专利48件', {}],
  ['高价值发明专利总数55件', {}],
  ['地理标志集体商标共有4件', {}],
  ['今年新增的高价值发明专利一共33件', { newHighValueInventionPatentsCount: 33 }],
  ['累计拥有自主研发有效发明专利14件', { selfDevelopedInventionPatentsCount: 14 }],
  // Still in progress and asked to be paid ahead: not met as things stand.
  ['中国专利金奖还在公示期，能不能先拿配套', { newChinaPatentAwards: [] }],
  ['驰名商标认定报上去了还没批下来，可以提前申请吗', { newWellKnownTrademark: false }],
  ['驰名商标认定报上去了还没批下来', {}],
  // Only mentioned, not done yet, asked to be paid ahead: not met yet (the answer says so, in words).
  ['站点考核还没出结果，能先拿奖励吗', { ipRightsStationAssessmentPassed: false }],
  ['地理标志证明商标还在申请中，可以先给资助吗', { giTrademarksCount: 0 }],
  // Whoever the sentence opens with owns the facts after it, until the applicant names itself again.
  ['我们的合作伙伴在德国打专利官司胜诉了，代理费80万', {}],
  ['厂家拿了绿色产品认证，我们是经销商', {}],
  ['隔壁企业拿了驰名商标，我们今年也新增了高价值发明专利12件', { newHighValueInventionPatentsCount: 12 }],
  ['帮客户代办的马德里注册，注册费3万', {}],
  // One originator of a pooled issue: the issue size is the whole product's, not the applicant's.
  ['我们是知识产权ABS的一家入池企业，整个产品发行规模3亿', {}],
  // Said to be last year's, in so many words.
  ['中国专利银奖是去年拿的', {}],
  // A sentence opening with a plan plans what follows; a plan to apply does not.
  // (Not issued yet is an issue size of 0, as the fact's own description says: 未发行填 0.)
  ['准备明年发一单知识产权ABS，公开发行，规模8000万', { ipSecuritizationIssueYuan: 0 }],
  ['公司想报专利密集型企业，自主研发有效发明专利十二件', { selfDevelopedInventionPatentsCount: 12 }],
  // Design patents are no high-value invention patents: the count told with them is theirs.
  ['今年新授权外观设计专利30件，算高价值吗', {}],
  // A person, and the Jinhua development zone, are no unit in Jindong.
  ['我是个人发明人，在韩国打专利官司赢了', { organizationType: '其他', foreignPatentSuitCountry: '韩国', foreignPatentSuitFavourable: true }],
  ['我们公司在金华开发区', { organizationType: '企业', locatedInJindong: false }],
  // Insurance that is not of intellectual property.
  ['买了企业财产险，保费3万', {}],
  ['公司买了安全生产责任险，保费5万', {}],
  ['买了专利侵权责任险，保费5万', { ipInsurancePremiumYuan: 50_000 }],
  ['专利执行险的保费3万', { ipInsurancePremiumYuan: 30_000 }],
];

const TYPOS_AND_VARIANTS: Case[] = [
  ['今年新认定国家级知识产权优事企业', { newIpEnterpriseTitles: ['国家级知识产权优势企业'] }],
  ['今年新认定为省级知识产权保护规范化事场', { newIpProtectionMarketLevels: ['省级'] }],
  ['用专利权质压贷款500万', { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 5_000_000, ipPledgedPrincipalYuan: 5_000_000 }] }],
  ['今年拿专利质抻贷了200万', { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 2_000_000, ipPledgedPrincipalYuan: 2_000_000 }] }],
  ['贯彪还没做', { ipManagementStandardCertified: false }],
  ['弛名商标认定了', { newWellKnownTrademark: true }],
  ['马德里注测费4万', { madridTrademarkFeesYuan: 40_000 }],
  ['注册了2件地里标志证明商标', { giTrademarksCount: 2 }],
  ['事物所在金东开了两年', { organizationType: '代理机构', locatedInJindong: true, agencyOperatingMonths: 24 }],
  ['高价植发明专利新增３５件', { newHighValueInventionPatentsCount: 35 }],
  ['浙江智造国际互认证书拿到了', { zhejiangMadeCertified: true }],
  // 商秘 is the short name of 商业秘密 too (商秘站 = 商业秘密保护示范站点).
  ['今年刚建成市级商秘站', { newTradeSecretStationLevels: ['市级'] }],
  ['我们的商秘保护站是省级的，能补多少', { newTradeSecretStationLevels: ['省级'] }],
];

/** Questions about the policy, requirements quoted, other figures: nothing about the applicant. */
const NOTHING: string[] = [
  '你好',
  '贯标了能拿多少？',
  '有没有驰名商标的奖励？',
  '驰名商标能奖多少',
  '政策要求销售额500万以上',
  '请问专利密集型企业需要几件发明专利？',
  '需要贯标吗',
  '第一档能拿多少',
  '听说能拿12万',
  '第9条说的首件发明专利是什么意思',
  '秘集型企业要什么条件',
  '我们拿了好几个优秀奖',
  '',
  '👍',
  '公司想了解下专利质押贷款贴息政策',
  '我们想问一下，贯标了能拿多少',
  '一等奖和二等奖分别奖多少钱',
  '请问马德里注册补助上限是多少',
  '保费是多少才能拿满10万补助？',
  '第二档是5件吗',
  '金东区有多少家示范企业',
  '发明人是我们老板',
  '商秘站有什么奖励',
];

const QUESTIONS_AND_HYPOTHETICALS: Case[] = [
  // A first-person statement inside a question is still a statement.
  ['我们贯标了，能拿多少？', { ipManagementStandardCertified: true }],
  ['我们有12件发明专利能拿多少', { selfDevelopedInventionPatentsCount: 12 }],
  // A figure the user wrote is theirs, even in a question.
  ['新增高价值专利35件能拿多少？', { newHighValueInventionPatentsCount: 35 }],
  ['如果贯标了能拿多少？', { ipManagementStandardCertified: true }],
  ['要是没贯标呢', { ipManagementStandardCertified: false }],
  ['商标质抻贷款的利息能补吗', { ipPledgeLoans: [{ rightType: '商标权' }] }],
  ['假如销售额有3000万，专利产品占比25%呢？', { annualSalesYuan: 30_000_000, patentProductSalesPercent: 25 }],
  ['如果我们发明专利有10件，去年5件，能拿第几档？', { selfDevelopedInventionPatentsCount: 10, selfDevelopedInventionPatentsLastYearCount: 5 }],
  // Statements before a question stand; a bare condition after them is still the policy's.
  ['我们公司有15件发明专利。贯标了能多拿吗？', { organizationType: '企业', selfDevelopedInventionPatentsCount: 15 }],
  [
    '发明专利15件，去年10件。如果贯标了，能拿多少？',
    { selfDevelopedInventionPatentsCount: 15, selfDevelopedInventionPatentsLastYearCount: 10, ipManagementStandardCertified: true },
  ],
];


/** A clause that says what happened (刚评上, 新认定, 获得了, 拿到, 新建, 没通过) states it, even when the sentence then asks about money. */
const STATEMENTS_BEFORE_QUESTIONS: Case[] = [
  ['上个月刚被认定为省级知识产权示范企业，这个奖金怎么算？', { newIpEnterpriseTitles: ['省级知识产权示范企业'] }],
  ['今年获评国家知识产权示范企业，能给多少', { newIpEnterpriseTitles: ['国家级知识产权示范企业'] }],
  ['国家级优势企业的称号今年批下来了，奖金有多少', { newIpEnterpriseTitles: ['国家级知识产权优势企业'] }],
  ['拿到了中国专利银奖，奖多少', { newChinaPatentAwards: ['银奖'] }],
  ['去年底拿了省知识产权奖商标奖二等奖，配套奖励是多少？', { newZhejiangIpAwards: ['门类奖二等奖'] }],
  ['新建成了省级品牌指导服务站，补多少？', { provincialBrandStationNew: true }],
  ['刚拿下浙江制造国际互认证书 有补助吗', { zhejiangMadeCertified: true }],
  ['绿色产品认证证书上周发下来了，区里补不补？', { greenProductCertified: true }],
  ['驰名商标今年刚认定下来，能奖励多少？', { newWellKnownTrademark: true }],
  // 国家 before 驰名商标 is the level of the recognition, not a country counted.
  ['今年新获国家驰名商标认定，奖多少', { newWellKnownTrademark: true }],
  ['牵头的联盟去省知识产权局备案好了 可以奖多少', { ipAllianceFilingLevel: '省级' }],
  ['维权站点年度考核不合格，还能拿吗', { ipRightsStationAssessmentPassed: false }],
  ['我们企业新建了市级商业秘蜜保护示范站点，有多少奖励', { organizationType: '企业', newTradeSecretStationLevels: ['市级'] }],
  ['上半年先评了市级商业秘密保护示范站点，下半年又升格为省级示范站点，能拿几万？', { newTradeSecretStationLevels: ['市级', '省级'] }],
  ['工业园区今年建成了省级商业秘密保护示范区，奖励标准是多少', { newTradeSecretZones: ['省级商业秘密保护示范区'] }],
  ['新获批省级知识产权服务业集聚发展示范区，奖多少？', { newIpServiceClusterLevels: ['省级'] }],
  ['专利纠纷打赢了，法院判赔45万，补助是多少？', { domesticPatentSuitWon: true, domesticPatentDamagesYuan: 450_000 }],
  ['以前没发明专利，2023年自己申请的第一件发明专利授权，第二年用它做的产品卖了130万，有资助吗', {
    hadInventionPatentBefore: false,
    firstInventionPatentSource: '自身新增授权',
    firstInventionPatentProductSalesYuan: 1_300_000,
  }],
  // A bare condition inside the question clause is still the policy's (see NOTHING).
  ['贯标了，能拿多少？', { ipManagementStandardCertified: true }],
];

/** One figure or award said twice is counted once; kinds of one thing add up; an overall figure wins. */
const COUNTED_ONCE: Case[] = [
  ['三件发明专利都拿了中国专利优秀奖，合计三个优秀奖，能奖多少', { newChinaPatentAwards: ['优秀奖', '优秀奖', '优秀奖'] }],
  ['在欧盟知识产权局注册了欧盟商标，交了欧盟那边6000元注册费', { regionalTrademarkRegistrations: [{ office: '欧盟', feesYuan: 6000 }] }],
  ['注册了三件地理标志证明商标和两件地理标志集体商标', { giTrademarksCount: 5 }],
  ['市级预警项目2个、省级预警项目1个', { newIpEarlyWarningProjectsCount: 3 }],
  ['市级预警项目2个、省级预警项目1个，一共3个预警项目', { newIpEarlyWarningProjectsCount: 3 }],
];

/** Negation, a title or station held from before, an outcome that is not final. */
const NEGATION_AND_STATUS: Case[] = [
  ['品牌指导服务站是老站，不是今年新建的', { provincialBrandStationNew: false }],
  ['省级品牌指导服务站前年就建好了，上年度绩效评价合格', { provincialBrandStationNew: false, provincialBrandStationExcellent: false }],
  ['品牌站是2019年建的，今年还能拿吗', { provincialBrandStationNew: false }],
  ['公司2020年就被认定为国家知识产权优势企业，今年复评通过了，还能拿吗', { newIpEnterpriseTitles: [] }],
  ['驰名商标是好几年前认定的', { newWellKnownTrademark: false }],
  // 集体商标 alone may be a geographical-indication mark: asked, not guessed.
  ['我们成功注册了一件集体商标，奖多少', {}],
  ['在日本的专利诉讼一审胜诉了，但对方已经提起上诉，律师费花了60万', {
    foreignPatentSuitCountry: '日本',
    foreignPatentSuitFavourable: false,
    foreignPatentSuitAgencyFeesYuan: 600_000,
  }],
  ['专利官司一审二审都打赢了，判决赔偿我们80万', { domesticPatentSuitWon: true, domesticPatentDamagesYuan: 800_000 }],
  // Settled by mediation: no judgment won, and the payment is no court's damages.
  ['我们的专利被仿冒，后来双方调解了，对方补偿了15万', { domesticPatentSuitWon: false }],
];

/** Levels belong to the noun they stand next to; only the levels a field takes are kept. */
const LEVELS: Case[] = [
  ['新承担了一个知识产权预警分析项目（是区级的）', { newIpEarlyWarningProjectsCount: 0 }],
  ['区级导航项目1个，另有市级知识产权预警分析项目2项', { newPatentNavigationProjectLevels: ['区级'], newIpEarlyWarningProjectsCount: 2 }],
  // A 国家级 navigation project is none of 省级/市级/区级; the levels quoted from the policy are not ours.
  ['我们接的导航项目是国家级的，政策上写的是省级和市级，那我们怎么算？', {}],
  ['保护规范化市场先评上省级，年底又评上国家级', { newIpProtectionMarketLevels: ['省级', '国家级'] }],
  // Each further level's count in an early-warning story adds up (all of 市级以上 count).
  ['今年新承担国家级预警项目1项、市级2项', { newIpEarlyWarningProjectsCount: 3 }],
  ['市级预警项目2个、省级的1个', { newIpEarlyWarningProjectsCount: 3 }],
  // Only Jindong firms count for art.8: 其中金东的 decides, and a sum for all the firms is not Jindong's (asked).
  ['学校今年向20家企业转让专利，其中金东的12家，成交额800万', { organizationType: '高校', patentTransferLicenseeCount: 12 }],
  ['学校今年向20家企业转让专利，其中金东的16家，金东这部分成交额600万', { organizationType: '高校', patentTransferLicenseeCount: 16, patentTransferValueYuan: 6_000_000 }],
  // The high-value stock, then this year's new ones; all new patents with a high-value part is that part.
  ['高价值发明专利累计60件，今年新增12件', { newHighValueInventionPatentsCount: 12 }],
  ['今年新增12件，其中高价值3件', { newHighValueInventionPatentsCount: 3 }],
  ['今年新增实用新型专利35件，按高价值专利的标准能奖吗', {}],
  // A bare 站点 with its level, in a message about trade-secret stations; last year's level is not this year's.
  ['去年是市级商业秘密保护示范站点，今年升成省级站点了', { newTradeSecretStationLevels: ['省级'] }],
  // An 产业集聚区 is the park applying for art.12, not a service cluster.
  ['产业集聚区新建成国家商业秘密保护示范基地', { newTradeSecretZones: ['国家商业秘密保护示范基地'], organizationType: '园区' }],
];

const LOANS_MORE: Case[] = [
  [
    '2023年度：商标权质押一笔600万，全年，付息20万，按时还清了',
    {
      pledgeLoanSubsidyYear: 2023,
      ipPledgeLoans: [
        { rightType: '商标权', loanPrincipalYuan: 6_000_000, ipPledgedPrincipalYuan: 6_000_000, interestMonths: 12, interestPaidYuan: 200_000, repaidOnTime: true },
      ],
    },
  ],
  [
    '专利权质押三笔，各300万、都是全年、各付息10万，都按期还了',
    {
      ipPledgeLoans: [1, 2, 3].map(() => ({
        rightType: '专利权' as const,
        loanPrincipalYuan: 3_000_000,
        ipPledgedPrincipalYuan: 3_000_000,
        interestMonths: 12,
        interestPaidYuan: 100_000,
        repaidOnTime: true,
      })),
    },
  ],
  [
    // The whole loan in the clause before the pledged part; the whole of one year named is that year's interest.
    '2025年有笔1200万的银行贷款，其中专利权质押对应500万，其余是土地抵押，全年利息42万，正常还款',
    {
      pledgeLoanSubsidyYear: 2025,
      ipPledgeLoans: [
        { rightType: '专利权', loanPrincipalYuan: 12_000_000, ipPledgedPrincipalYuan: 5_000_000, interestMonths: 12, interestPaidYuan: 420_000, repaidOnTime: true },
      ],
    },
  ],
  [
    '去年专利质押贷了800万，整年计息，利息一共28万，已结清，申请2024年度贴息',
    {
      pledgeLoanSubsidyYear: 2024,
      ipPledgeLoans: [
        { rightType: '专利权', loanPrincipalYuan: 8_000_000, ipPledgedPrincipalYuan: 8_000_000, interestMonths: 12, interestPaidYuan: 280_000, repaidOnTime: true },
      ],
    },
  ],
  [
    '借满一整年，利息交了9.5万，用的是商标质押，贷款金额256.5万',
    {
      ipPledgeLoans: [
        { rightType: '商标权', loanPrincipalYuan: 2_565_000, ipPledgedPrincipalYuan: 2_565_000, interestMonths: 12, interestPaidYuan: 95_000 },
      ],
    },
  ],
  [
    '2026年度商标权质押贷款贴息：300万，一年，利息10万',
    {
      pledgeLoanSubsidyYear: 2026,
      ipPledgeLoans: [
        { rightType: '商标权', loanPrincipalYuan: 3_000_000, ipPledgedPrincipalYuan: 3_000_000, interestMonths: 12, interestPaidYuan: 100_000 },
      ],
    },
  ],
  [
    // The subsidy the user guesses is no loan figure.
    '专利质押贷款贴息是不是能有20万？我们贷了1000万专利质押，全年，利息35万',
    {
      ipPledgeLoans: [
        { rightType: '专利权', loanPrincipalYuan: 10_000_000, ipPledgedPrincipalYuan: 10_000_000, interestMonths: 12, interestPaidYuan: 350_000 },
      ],
    },
  ],
  ['买了个专利执行险 交了3.6万', { ipInsurancePremiumYuan: 36_000 }],
];

/** The period as said (days, part months, never rounded up), the loan's own rate, a repayment in doubt. */
const LOAN_PERIODS: Case[] = [
  // Principal, term and LPR only; 1500w is 1500万.
  [
    '专利权质押贷了1500w，算了45天，LPR按3.45%',
    { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 15_000_000, ipPledgedPrincipalYuan: 15_000_000, interestDays: 45 }], lprOneYearPercent: 3.45 },
  ],
  ['专利质押贷了300万，计息45天，能贴多少？', { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 3_000_000, ipPledgedPrincipalYuan: 3_000_000, interestDays: 45 }] }],
  [
    '2024年度专利权质押贷款500万，计息四十五天',
    { pledgeLoanSubsidyYear: 2024, ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 5_000_000, ipPledgedPrincipalYuan: 5_000_000, interestDays: 45 }] },
  ],
  ['商标质押三百万 借了10天就还了', { ipPledgeLoans: [{ rightType: '商标权', loanPrincipalYuan: 3_000_000, ipPledgedPrincipalYuan: 3_000_000, interestDays: 10, repaidOnTime: true }] }],
  // The loan's term and the days of it in the subsidy year: both kept, the rule counts the days.
  [
    '2024年度专利质押贷款800万，贷款期限一年，当年计息73天',
    {
      pledgeLoanSubsidyYear: 2024,
      ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 8_000_000, ipPledgedPrincipalYuan: 8_000_000, interestMonths: 12, interestDays: 73 }],
    },
  ],
  // Days late or days left are no period of interest.
  ['专利质押贷款500万，逾期了15天才还', { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 5_000_000, ipPledgedPrincipalYuan: 5_000_000, repaidOnTime: false }] }],
  ['专利质押贷款200万，还有10天到期', { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 2_000_000, ipPledgedPrincipalYuan: 2_000_000 }] }],
  // Part of a month stays part of a month.
  [
    '我司用商标专用权质押融资600万，一个半月，年化3.1%',
    {
      organizationType: '企业',
      ipPledgeLoans: [{ rightType: '商标权', loanPrincipalYuan: 6_000_000, ipPledgedPrincipalYuan: 6_000_000, interestMonths: 1.5, loanRatePercent: 3.1 }],
    },
  ],
  ['用专利做质押借了两百万，两个半月', { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 2_000_000, ipPledgedPrincipalYuan: 2_000_000, interestMonths: 2.5 }] }],
  ['专利质押贷款200万只用了半个月', { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 2_000_000, ipPledgedPrincipalYuan: 2_000_000, interestMonths: 0.5 }] }],
  // The LPR is told apart from the loan's own rate, and does not end the loan's words.
  [
    '专利质押贷款500万，全年，LPR是3.1，合同利率2.9%',
    { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 5_000_000, ipPledgedPrincipalYuan: 5_000_000, interestMonths: 12, loanRatePercent: 2.9 }], lprOneYearPercent: 3.1 },
  ],
  [
    '专利权质押200万，LPR利率3.45%，全年',
    { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 2_000_000, ipPledgedPrincipalYuan: 2_000_000, interestMonths: 12 }], lprOneYearPercent: 3.45 },
  ],
  // A repayment in doubt is neither yes nor no: the rule asks it rather than assume it.
  [
    '专利权质押一千万，半年，还款情况还说不准',
    { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 10_000_000, ipPledgedPrincipalYuan: 10_000_000, interestMonths: 6, repaymentUncertain: true }] },
  ],
  [
    '专利质押贷款200万，全年，利息6万，不确定有没有按时还',
    {
      ipPledgeLoans: [
        { rightType: '专利权', loanPrincipalYuan: 2_000_000, ipPledgedPrincipalYuan: 2_000_000, interestMonths: 12, interestPaidYuan: 60_000, repaymentUncertain: true },
      ],
    },
  ],
];

/** Where a suit abroad was, however the place is written: the country the shared lexicon reads it as. */
const ART13_PLACES: Case[] = [
  // A state, a court, a city: the country it is in.
  ['我们在美国加州被人起诉专利侵权，最后法院判我们不侵权，代理费花了160万', { foreignPatentSuitCountry: '美国', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 1_600_000 }],
  ['官司是在加州北区法院打的，对方专利侵权成立，律师代理费90万', { foreignPatentSuitCountry: '美国', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 900_000 }],
  ['德克萨斯东区那个专利案子我们赢了，代理费前后付了两百万', { foreignPatentSuitCountry: '美国', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 2_000_000 }],
  ['杜塞尔多夫的专利官司打赢了，代理费50万', { foreignPatentSuitCountry: '德国', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 500_000 }],
  ['东京地方法院判我们专利侵权不成立，我们是被告，代理费80万', { foreignPatentSuitCountry: '日本', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 800_000 }],
  ['在大阪打的专利侵权官司赢了，律师费40万', { foreignPatentSuitCountry: '日本', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 400_000 }],
  // Traditional characters and English.
  ['我们在美國打专利官司赢了，代理费100万', { foreignPatentSuitCountry: '美国', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 1_000_000 }],
  ['去年在義大利起诉对方专利侵权，判侵权成立，代理费55万', { foreignPatentSuitCountry: '意大利', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 550_000 }],
  ['在USA打专利官司赢了，代理费120万', { foreignPatentSuitCountry: '美国', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 1_200_000 }],
  ['Germany那边的专利诉讼我们胜诉了，代理费75万', { foreignPatentSuitCountry: '德国', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 750_000 }],
  // The EU's own court; the United Kingdom; countries outside the old list of 17.
  ['我们在UPC起诉专利侵权，判侵权成立，代理费200万', { foreignPatentSuitCountry: '欧盟', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 2_000_000 }],
  ['在英国伦敦打专利官司赢了，代理费80万', { foreignPatentSuitCountry: '英国', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 800_000 }],
  ['在泰国起诉专利侵权胜诉了，代理费30万', { foreignPatentSuitCountry: '泰国', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 300_000 }],
  ['新加坡的专利官司我们赢了，代理费45万', { foreignPatentSuitCountry: '新加坡', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 450_000 }],
  ['在墨西哥被诉专利侵权，最终判定不侵权，代理费65万', { foreignPatentSuitCountry: '墨西哥', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 650_000 }],
  // 欧洲 is stored as said: the rule asks which country.
  ['在欧洲打专利官司赢了，代理费80万', { foreignPatentSuitCountry: '欧洲', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 800_000 }],
  // The place after 在 is where the suit was, not the plaintiff's country.
  ['我们给美国客户供货，在德国被诉专利侵权，判不侵权，律师费90万', { foreignPatentSuitCountry: '德国', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 900_000 }],
  // 上海地区 holds no 海地, and 港澳台 are at home.
  ['我们在上海地区打专利官司赢了，判赔40万', { domesticPatentSuitWon: true, domesticPatentDamagesYuan: 400_000 }],
  ['在香港打专利官司赢了，判赔20万', { domesticPatentSuitWon: true, domesticPatentDamagesYuan: 200_000 }],
  // Trademarks in one country named by a state and by the country count once.
  ['在美国加州和日本注册了商标', { singleCountryTrademarkCountries: 2 }],
];

/** The subsidy year is the year the interest was paid; the year of the application is not it (it is asked). */
const SUBSIDY_YEAR: Case[] = [
  [
    '利息是2024年付的，2025年申报，商标质押300万，全年',
    { pledgeLoanSubsidyYear: 2024, ipPledgeLoans: [{ rightType: '商标权', loanPrincipalYuan: 3_000_000, ipPledgedPrincipalYuan: 3_000_000, interestMonths: 12 }] },
  ],
  [
    '专利质押贷款500万，2024年支付利息15万，全年',
    {
      pledgeLoanSubsidyYear: 2024,
      ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 5_000_000, ipPledgedPrincipalYuan: 5_000_000, interestMonths: 12, interestPaidYuan: 150_000 }],
    },
  ],
  [
    '2025年申报2024年度的贴息，专利质押500万，全年',
    { pledgeLoanSubsidyYear: 2024, ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 5_000_000, ipPledgedPrincipalYuan: 5_000_000, interestMonths: 12 }] },
  ],
  ['2025年申请贴息，专利质押贷款500万，全年', { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 5_000_000, ipPledgedPrincipalYuan: 5_000_000, interestMonths: 12 }] }],
  [
    '今年是2025年，申报去年利息的贴息，专利质押贷款500万，全年',
    { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 5_000_000, ipPledgedPrincipalYuan: 5_000_000, interestMonths: 12 }] },
  ],
];

const SECURITISATION: Case[] = [
  ['以商标许可费为基础资产公开发行了ABS，发行总额2.5亿，奖励多少', { ipSecuritizationIssueYuan: 250_000_000 }],
  ['知识产权证券化公开发行，规模刚好两个亿', { ipSecuritizationIssueYuan: 200_000_000 }],
  ['专利证券化产品公开发行九千万', { ipSecuritizationIssueYuan: 90_000_000 }],
  // A private placement is no public issue: its size is not this field.
  ['知识产权ABS是定向非公开发行的，规模3亿', {}],
];

const WHO_WHERE_AND_ART9: Case[] = [
  // Kinds of applicant from the shared lexicon: a vocational college is a university, 科学院 an institute, an agency a company that is an agency.
  ['我们是一所职业技术学院，新增高价值发明专利12件', { organizationType: '高校', newHighValueInventionPatentsCount: 12 }],
  ['我们是科学院下属的所，高价值发明专利新增15件', { organizationType: '科研机构', newHighValueInventionPatentsCount: 15 }],
  ['我们是专利代理公司，在金东区开了14个月', { organizationType: '代理机构', locatedInJindong: true, agencyOperatingMonths: 14 }],
  [
    '我们是一所职业技术学院，在金东区，今年许可给区内企业16家，成交额合计210万',
    { organizationType: '高校', locatedInJindong: true, patentTransferLicenseeCount: 16, patentTransferValueYuan: 2_100_000 },
  ],
  [
    '区内一家研究院，今年向金东17家企业转让专利，实际成交合计400万，奖多少',
    { organizationType: '科研机构', locatedInJindong: true, patentTransferLicenseeCount: 17, patentTransferValueYuan: 4_000_000 },
  ],
  // 区内 of the licensees says nothing about the university.
  ['我们学校今年许可给区内企业20家', { organizationType: '高校', patentTransferLicenseeCount: 20 }],
  ['我们研究院在兰溪，今年向金东15家企业许可了专利', { organizationType: '科研机构', locatedInJindong: false, patentTransferLicenseeCount: 15 }],
  ['以前一件发明专利都没有，这件是从一家外地公司收购的', { hadInventionPatentBefore: false, firstInventionPatentSource: '其他途径' }],
];

const AGENCY_AND_TRADEMARKS: Case[] = [
  [
    '这家事务所的分所开在金东，恰好开业满12个月，代理授权刚好50件，其中发明正好10件',
    { locatedInJindong: true, agencyOperatingMonths: 12, agencyPatentGrantsCount: 50, agencyInventionPatentGrantsCount: 10 },
  ],
  ['代理所设在金东区，正好运营满一年，能拿落户奖励吗', { locatedInJindong: true, agencyOperatingMonths: 12 }],
  // Countries designated through Madrid are not single-country registrations; the fee is in a clause of its own.
  ['我们通过马德里体系注册了商标，指定了八个国家，规费一共2.6万', { madridTrademarkFeesYuan: 26_000 }],
  ['律师代理费花了120万人民币，是在美国打的专利官司，赢了', { foreignPatentSuitCountry: '美国', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 1_200_000 }],
];

/** Figures someone claims about the policy (an award amount, a cap, a rate) are no facts. */
const CLAIMS: Case[] = [
  ['朋友说示范企业奖励已经涨到100万了', {}],
  ['窗口工作人员说上限是30万，我们保费40万', { ipInsurancePremiumYuan: 400_000 }],
  ['保费交了8万，按50%是不是能报4万？', { ipInsurancePremiumYuan: 80_000 }],
  ['听说驰名商标现在奖150万，我们今年新获驰名商标', { newWellKnownTrademark: true }],
  ['内部说法是维权补助封顶提到了30万，我们的专利官司胜诉了，判赔100万', { domesticPatentSuitWon: true, domesticPatentDamagesYuan: 1_000_000 }],
];

/** The focus while art.1 is under discussion: the facts its rule reads, as the planner passes them. */
const ART1_FOCUS = [...patentIntensiveEnterprise.facts] as ProfileKey[];

const FOLLOW_UPS: FocusCase[] = [
  ['如果只有28件呢？', ['newHighValueInventionPatentsCount'], { newHighValueInventionPatentsCount: 28 }],
  ['如果只有28件呢？', ART1_FOCUS, { selfDevelopedInventionPatentsCount: 28 }],
  ['不对，是15件', ['selfDevelopedInventionPatentsCount'], { selfDevelopedInventionPatentsCount: 15 }],
  ['去年4件今年7件', ART1_FOCUS, { selfDevelopedInventionPatentsLastYearCount: 4, selfDevelopedInventionPatentsCount: 7 }],
  ['第一档要求10件以上，我们有12件够吗', ART1_FOCUS, { selfDevelopedInventionPatentsCount: 12 }],
  ['2024年', ['pledgeLoanSubsidyYear'], { pledgeLoanSubsidyYear: 2024 }],
  ['3.45%', ['lprOneYearPercent'], { lprOneYearPercent: 3.45 }],
  ['18个月', ['agencyOperatingMonths'], { agencyOperatingMonths: 18 }],
  ['运作满13个月', ['agencyOperatingMonths', 'agencyPatentGrantsCount'], { agencyOperatingMonths: 13 }],
  ['2023年销售额3000万', ['annualSalesYuan'], { annualSalesYuan: 30_000_000 }],
  ['省级的', ['ipAllianceFilingLevel'], { ipAllianceFilingLevel: '省级' }],
  ['那如果是省级呢？', ['ipAllianceFilingLevel'], { ipAllianceFilingLevel: '省级' }],
  ['国家级和省级', ['newIpProtectionMarketLevels'], { newIpProtectionMarketLevels: ['国家级', '省级'] }],
  ['没有', ['newWellKnownTrademark'], { newWellKnownTrademark: false }],
  ['有', ['greenProductCertified'], { greenProductCertified: true }],
  ['是的', ['ipManagementStandardCertified', 'selfDevelopedInventionPatentsCount'], { ipManagementStandardCertified: true }],
  ['没有', ['newChinaPatentAwards'], { newChinaPatentAwards: [] }],
  ['还没有', ['ipAllianceFilingLevel'], { ipAllianceFilingLevel: '未备案' }],
  ['美国', ['foreignPatentSuitCountry', 'foreignPatentSuitFavourable'], { foreignPatentSuitCountry: '美国' }],
  // The country asked for, named by a state, a city, in traditional characters or in English.
  ['加州', ['foreignPatentSuitCountry', 'foreignPatentSuitFavourable'], { foreignPatentSuitCountry: '美国' }],
  ['是在東京打的', ['foreignPatentSuitCountry', 'foreignPatentSuitFavourable'], { foreignPatentSuitCountry: '日本' }],
  ['Germany', ['foreignPatentSuitCountry'], { foreignPatentSuitCountry: '德国' }],
  ['在曼谷', ['foreignPatentSuitCountry'], { foreignPatentSuitCountry: '泰国' }],
  ['德国的', ['foreignPatentSuitCountry', 'foreignPatentSuitFavourable', 'foreignPatentSuitAgencyFeesYuan'], { foreignPatentSuitCountry: '德国' }],
  ['30%', ['patentProductSalesPercent', 'ipStaffTrainingRatePercent'], { patentProductSalesPercent: 30 }],
  ['考核合格了', ['ipRightsStationAssessmentPassed'], { ipRightsStationAssessmentPassed: true }],
  ['考核优秀', ['provincialBrandStationExcellent'], { provincialBrandStationExcellent: true }],
  ['自己新授权的', ['firstInventionPatentSource'], { firstInventionPatentSource: '自身新增授权' }],
  ['买的，从浙师大买的', ['firstInventionPatentSource'], { firstInventionPatentSource: '向高校或科研机构购买' }],
  ['那要是销售额只有400万呢', ['annualSalesYuan', 'patentProductSalesPercent'], { annualSalesYuan: 4_000_000 }],
  ['改成35件呢', ['newHighValueInventionPatentsCount'], { newHighValueInventionPatentsCount: 35 }],
  ['再加一个省级导航项目呢', ['newPatentNavigationProjectLevels'], { newPatentNavigationProjectLevels: ['省级'] }],
  ['有两个', ['newIpEarlyWarningProjectsCount'], { newIpEarlyWarningProjectsCount: 2 }],
  ['大概二十来家', ['patentTransferLicenseeCount'], { patentTransferLicenseeCount: 20 }],
  ['一年半', ['agencyOperatingMonths'], { agencyOperatingMonths: 18 }],
  ['60件，其中发明12件', ['agencyPatentGrantsCount', 'agencyInventionPatentGrantsCount'], { agencyPatentGrantsCount: 60, agencyInventionPatentGrantsCount: 12 }],
  ['4万', ['madridTrademarkFeesYuan'], { madridTrademarkFeesYuan: 40_000 }],
  ['5个', ['singleCountryTrademarkCountries'], { singleCountryTrademarkCountries: 5 }],
  ['两件', ['giTrademarksCount'], { giTrademarksCount: 2 }],
  ['是在美国打的，赢了', ['foreignPatentSuitCountry', 'foreignPatentSuitFavourable', 'foreignPatentSuitAgencyFeesYuan'], { foreignPatentSuitCountry: '美国', foreignPatentSuitFavourable: true }],
  ['赢了，判了30万', ['domesticPatentSuitWon', 'domesticPatentDamagesYuan'], { domesticPatentSuitWon: true, domesticPatentDamagesYuan: 300_000 }],
  ['3.85', ['lprOneYearPercent'], { lprOneYearPercent: 3.85 }],
  ['百分之百', ['ipStaffTrainingRatePercent'], { ipStaffTrainingRatePercent: 100 }],
  ['一半左右', ['patentProductSalesPercent'], { patentProductSalesPercent: 50 }],
  ['没发', ['ipSecuritizationIssueYuan'], { ipSecuritizationIssueYuan: 0 }],
  ['银奖', ['newChinaPatentAwards'], { newChinaPatentAwards: ['银奖'] }],
  ['三等奖', ['newZhejiangIpAwards'], { newZhejiangIpAwards: ['门类奖三等奖'] }],
  ['省级的', ['newIpEnterpriseTitles'], { newIpEnterpriseTitles: ['省级知识产权示范企业'] }],
  // 国家级 could be 示范 or 优势: left to ask.
  ['国家级的', ['newIpEnterpriseTitles'], {}],
  // Two level fields of one clause in focus: the thing named after the level word says whose it is.
  ['省级站点', ['newTradeSecretZones', 'newTradeSecretStationLevels'], { newTradeSecretStationLevels: ['省级'] }],
  ['省级的示范区', ['newTradeSecretStationLevels', 'newTradeSecretZones'], { newTradeSecretZones: ['省级商业秘密保护示范区'] }],
  ['省级的', ['newTradeSecretZones', 'newTradeSecretStationLevels'], { newTradeSecretZones: ['省级商业秘密保护示范区'] }],
  ['高校', ['organizationType'], { organizationType: '高校' }],
  ['在金东', ['locatedInJindong'], { locatedInJindong: true }],
  ['不在', ['locatedInJindong'], { locatedInJindong: false }],
  // Figures about something else are no answer.
  ['我们有100多个员工', ['selfDevelopedInventionPatentsCount'], {}],
  ['接了个500万的订单', ['annualSalesYuan'], {}],
  ['销售额同比增长20%', ['patentProductSalesPercent'], {}],
  ['利息18万', ['ipInsurancePremiumYuan'], {}],
  // Two yes/no fields in focus: a bare "有" cannot be attributed.
  ['有', ['annualSalesYuan', 'greenProductCertified', 'zhejiangMadeCertified'], {}],
];


/** Corrections and what-ifs with the topic in focus. */
const CORRECTIONS: FocusCase[] = [
  // A reply that takes back the award's own yes/no in focus: not met yet (see the pending test).
  ['不对不对，还没批下来', ['newWellKnownTrademark', 'organizationType', 'locatedInJindong'], { newWellKnownTrademark: false }],
  ['说错了，应该是四件，三件证明商标一件集体商标', ['giTrademarksCount'], { giTrademarksCount: 4 }],
  ['刚才说错了，其实是金奖，不是银奖', ['newChinaPatentAwards'], { newChinaPatentAwards: ['金奖'] }],
  ['不对，是3个亿', ['ipSecuritizationIssueYuan'], { ipSecuritizationIssueYuan: 300_000_000 }],
  ['不好意思，应该是2023年度的', ['pledgeLoanSubsidyYear', 'ipPledgeLoans'], { pledgeLoanSubsidyYear: 2023 }],
  // The figure after 再 is added to one told before; the total it makes is the value.
  ['假如年底再新增8件高价值专利，凑够20件呢', ['newHighValueInventionPatentsCount'], { newHighValueInventionPatentsCount: 20 }],
  ['等再过三个月就满一年了，能拿吗', ['agencyOperatingMonths', 'agencyPatentGrantsCount'], { agencyOperatingMonths: 12 }],
  // Items asked to add up, a subset told apart: no count of the topic.
  ['三项加起来一共多少？', ['newHighValueInventionPatentsCount'], {}],
  ['不对，上年末是4件，有一件过期的我多算了', ART1_FOCUS, { selfDevelopedInventionPatentsLastYearCount: 4 }],
  ['领导说现在标准是40万，按40万算', ['ipInsurancePremiumYuan'], {}],
];

/** Doubt about the fact is no fact (it is asked for); doubt about the award is the question itself. */
const DOUBT: Case[] = [
  ['我们的省级品牌指导服务站是前年建的，上年度绩效评价优秀吗不清楚', { provincialBrandStationNew: false }],
  ['省级品牌指导服务站是前年建的，绩效评价不确定是否优秀', { provincialBrandStationNew: false }],
  ['省级品牌指导服务站去年绩效评价优秀', { provincialBrandStationExcellent: true }],
  ['贯标不确定通过没有', {}],
  ['贯标的结果还没出来', {}],
  ['我们贯标过了，不清楚能拿多少', { ipManagementStandardCertified: true }],
  ['新认定国家级知识产权示范企业，不知道能拿多少', { newIpEnterpriseTitles: ['国家级知识产权示范企业'] }],
  ['中国专利银奖入围了，还没公布', {}],
  ['省级专利导航项目我们申报了，还没批', {}],
  ['听说我们公司今年被认定为省级知识产权示范企业', {}],
];

/** Someone else's facts, plans and long-past years are not the applicant's facts of this year. */
const NOT_THE_APPLICANTS: Case[] = [
  ['我朋友公司今年评上国家级知识产权示范企业', {}],
  ['隔壁企业拿了驰名商标', {}],
  ['我们起诉别人专利侵权，法院判我们赢了，判赔20万', { domesticPatentSuitWon: true, domesticPatentDamagesYuan: 200_000 }],
  ['首件发明专利是向别的公司买的', { firstInventionPatentSource: '其他途径', hadInventionPatentBefore: false }],
  ['我们想申请省级知识产权示范企业', {}],
  ['明年想去新加坡单独注册商标，3个国家', {}],
  ['2020年拿的中国专利金奖', {}],
  ['前年拿了浙江省知识产权奖大奖', {}],
  ['去年的维权站考核合格，今年的还没考核', {}],
];

/** A level or grade denied next to one won; a qualifier that makes it another award than the policy's. */
const DENIED_AND_OTHER: Case[] = [
  ['国家级示范企业没评上，省级示范企业评上了', { newIpEnterpriseTitles: ['省级知识产权示范企业'] }],
  ['中国专利金奖没拿到，拿了个优秀奖', { newChinaPatentAwards: ['优秀奖'] }],
  ['中国专利奖就拿了一个优秀奖，没有金奖银奖', { newChinaPatentAwards: ['优秀奖'] }],
  ['我们今年拿了中国专利优秀奖，那金奖给多少？', { newChinaPatentAwards: ['优秀奖'] }],
  ['获得了省级驰名商标', {}],
  ['获得金华市专利奖金奖', {}],
  ['新获省级知识产权奖门类奖版权奖一等奖', {}],
  ['品牌指导服务站是市级的，上年度绩效评价优秀', {}],
  ['今年新增高价值发明专利近30件', {}],
  ['高价值发明专利新增快50件了', {}],
  ['知识产权保险保费不到20万', {}],
  [
    '2024年度商标权质押贷款500万，12个月，利息20万，逾期了没按期还',
    {
      pledgeLoanSubsidyYear: 2024,
      ipPledgeLoans: [{ rightType: '商标权', loanPrincipalYuan: 5_000_000, ipPledgedPrincipalYuan: 5_000_000, interestMonths: 12, interestPaidYuan: 200_000, repaidOnTime: false }],
    },
  ],
];

describe('extractFacts', () => {
  describe.each([
    ['doubt', DOUBT],
    ['not the applicant\'s, not this year\'s', NOT_THE_APPLICANTS],
    ['denied levels and other awards', DENIED_AND_OTHER],
    ['art.1', ART1],
    ['art.1, several facts in one message', ART1_MULTI],
    ['art.2 and art.3', ART2_3],
    ['art.4', ART4],
    ['art.4.1 periods, rates, repayment in doubt', LOAN_PERIODS],
    ['art.4.1 subsidy year', SUBSIDY_YEAR],
    ['art.5 to art.12', ART5_TO_12],
    ['art.13 to art.16', ART13_TO_16],
    ['art.13 places', ART13_PLACES],
    ['who and where, mixed topics', SHARED_AND_MULTI],
    ['typos and variants', TYPOS_AND_VARIANTS],
    ['questions and hypotheticals', QUESTIONS_AND_HYPOTHETICALS],
    ['statements before a question', STATEMENTS_BEFORE_QUESTIONS],
    ['counted once', COUNTED_ONCE],
    ['negation and status', NEGATION_AND_STATUS],
    ['levels', LEVELS],
    ['pledge loans and insurance', LOANS_MORE],
    ['securitisation', SECURITISATION],
    ['who, where and art.9', WHO_WHERE_AND_ART9],
    ['agency and trademarks', AGENCY_AND_TRADEMARKS],
    ['claims', CLAIMS],
  ])('%s', (_name, cases) => {
    it.each(cases)('%s', (message, expected) => {
      expect(facts(message)).toEqual(expected);
    });
  });

  it.each(NOTHING)('%s → no facts', (message) => {
    expect(facts(message)).toEqual({});
  });

  it.each(FOLLOW_UPS)('%s (focus %j)', (message, focus, expected) => {
    expect(facts(message, focus)).toEqual(expected);
  });

  it.each(CORRECTIONS)('%s (focus %j)', (message, focus, expected) => {
    expect(facts(message, focus)).toEqual(expected);
  });

  it('a reply taking back the yes/no in focus makes it not met yet, not who the applicant is; a bare doubt asks again', () => {
    expect(extractFacts('不对不对，还没批下来', { focus: ['newWellKnownTrademark', 'organizationType', 'locatedInJindong'] }).pending).toEqual(['newWellKnownTrademark']);
    expect(extractFacts('还没批下来', { focus: ['newWellKnownTrademark', 'organizationType', 'locatedInJindong'] }).doubted).toEqual(['newWellKnownTrademark']);
  });

  it('covers every field of the profile', () => {
    const all = [...ART1, ...ART1_MULTI, ...ART2_3, ...ART4, ...ART5_TO_12, ...ART13_TO_16, ...SHARED_AND_MULTI, ...TYPOS_AND_VARIANTS, ...QUESTIONS_AND_HYPOTHETICALS, ...FOLLOW_UPS.map(([m, , f]) => [m, f] as Case)];
    const covered = new Set(all.flatMap(([, f]) => Object.keys(f)));
    expect(Object.keys(profileShape).filter((k) => !covered.has(k))).toEqual([]);
  });
});

describe('extractFacts: approximate, mentions, derived figures, hypotheticals', () => {
  const none = { approximate: [], mentions: [], derived: {}, hypothetical: false };
  it.each([
    ['十几件发明专利', {}, { ...none, facts: { selfDevelopedInventionPatentsCount: 11 }, approximate: ['selfDevelopedInventionPatentsCount'] }],
    ['销售额大概两百万', {}, { ...none, facts: { annualSalesYuan: 2_000_000 }, approximate: ['annualSalesYuan'] }],
    ['销售额二十多万', {}, { ...none, facts: { annualSalesYuan: 210_000 }, approximate: ['annualSalesYuan'] }],
    ['有三四十件发明专利', {}, { ...none, facts: { selfDevelopedInventionPatentsCount: 30 }, approximate: ['selfDevelopedInventionPatentsCount'] }],
    ['判赔二十余万元', {}, { ...none, facts: { domesticPatentDamagesYuan: 210_000 }, approximate: ['domesticPatentDamagesYuan'] }],
    ['产品卖了超过100万，这是首件发明专利', {}, {
      ...none,
      facts: { hadInventionPatentBefore: false, firstInventionPatentProductSalesYuan: 1_000_001 },
      approximate: ['firstInventionPatentProductSalesYuan'],
    }],
    ['销售额还行', {}, { ...none, facts: {}, mentions: ['annualSalesYuan'] }],
    ['贯标了能拿多少？', {}, { ...none, facts: {}, mentions: ['ipManagementStandardCertified'] }],
    ['政策要求销售额500万以上', {}, { ...none, facts: {}, mentions: ['annualSalesYuan'] }],
    // A category asked about in a money question is answered as a what-if of it, never kept as the applicant's.
    ['区级的导航项目给多少？', {}, { ...none, facts: { newPatentNavigationProjectLevels: ['区级'] }, hypothetical: true }],
    ['省级规范化市场奖多少', {}, { ...none, facts: { newIpProtectionMarketLevels: ['省级'] }, hypothetical: true }],
    ['市级示范企业奖励多少', {}, { ...none, facts: { newIpEnterpriseTitles: ['市级知识产权示范企业'] }, hypothetical: true }],
    ['发明专利10件以上能拿多少？', {}, { ...none, facts: { selfDevelopedInventionPatentsCount: 10 }, approximate: ['selfDevelopedInventionPatentsCount'], hypothetical: true }],
    // A yes/no asked about is the question itself, not a category.
    ['维权站点考核合格了吗，能拿多少', {}, { ...none, facts: {}, mentions: ['ipRightsStationAssessmentPassed'] }],
    // A title art.3 does not list: said to be unlisted, never asked as if it were one of its titles.
    ['评上了省级优势企业', {}, { ...none, facts: {}, unlisted: [{ field: 'newIpEnterpriseTitles', what: '省级知识产权优势企业' }] }],
    ['我们新承担的是国家级专利导航项目', {}, { ...none, facts: {}, unlisted: [{ field: 'newPatentNavigationProjectLevels', what: '国家级专利导航项目' }] }],
    ['新承担了省级专利导航项目，区里配套多少', {}, { ...none, facts: { newPatentNavigationProjectLevels: ['省级'] } }],
    // Levels a clause does not list, from each rule's lexicon (`levels`): answered as unlisted even when only asked.
    ['新建了市级品牌指导服务站', {}, { ...none, facts: {}, mentions: ['provincialBrandStationNew'], unlisted: [{ field: 'provincialBrandStationNew', what: '市级品牌指导服务站' }] }],
    ['区级品牌服务站有没有奖励', {}, { ...none, facts: {}, mentions: ['provincialBrandStationNew'], unlisted: [{ field: 'provincialBrandStationNew', what: '区级品牌服务站' }] }],
    // Neither art.7 award: each says the city's award is not what it lists.
    ['拿了市里的专利奖二等奖', {}, {
      ...none, facts: {}, mentions: ['newZhejiangIpAwards'], doubts: { newZhejiangIpAwards: 'other-thing' },
      unlisted: [{ field: 'newZhejiangIpAwards', what: '市级专利奖' }, { field: 'newChinaPatentAwards', what: '市里的专利奖' }],
    }],
    ['新建了省级品牌指导服务站', {}, { ...none, facts: { provincialBrandStationNew: true } }],
    // 300万一年 is a figure and a period: 万一 there is no what-if.
    ['专利质押贷款300万一年，按期还的', {}, {
      ...none,
      facts: { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 3_000_000, ipPledgedPrincipalYuan: 3_000_000, interestMonths: 12, repaidOnTime: true }] },
    }],
    // An unlisted level passes the same gates as a fact: a plan or someone else's is no level of the applicant's.
    ['计划明年争取评上省级优势企业', {}, { ...none, facts: {}, mentions: ['newIpEnterpriseTitles'], doubted: ['newIpEnterpriseTitles'] }],
    // A bare level reply qualifies what the previous message named.
    ['省级的', { focus: ['newIpEnterpriseTitles'], previous: '我们是知识产权优势企业，刚认定的，奖多少' }, {
      ...none, facts: {}, unlisted: [{ field: 'newIpEnterpriseTitles', what: '省级知识产权优势企业' }],
    }],
    ['是国家级', { focus: ['newIpEnterpriseTitles'], previous: '刚认定为知识产权优势企业' }, { ...none, facts: { newIpEnterpriseTitles: ['国家级知识产权优势企业'] } }],
    ['省级的', { focus: ['newIpEnterpriseTitles'], previous: '示范企业奖多少' }, { ...none, facts: { newIpEnterpriseTitles: ['省级知识产权示范企业'] } }],
    // Begun last year and still running, or only on a public list: not this year's, not settled.
    ['去年新承担的市级导航项目，今年还在实施', {}, { ...none, facts: {}, mentions: ['newPatentNavigationProjectLevels'], doubts: { newPatentNavigationProjectLevels: 'last-year' } }],
    ['省级示范企业的公示名单里有我们', {}, { ...none, facts: {}, mentions: ['newIpEnterpriseTitles'], doubted: ['newIpEnterpriseTitles'], doubts: { newIpEnterpriseTitles: 'not-yet' } }],
    ['评上了国家级示范企业，不过还没正式发文', {}, { ...none, facts: {}, mentions: ['newIpEnterpriseTitles'], doubts: { newIpEnterpriseTitles: 'not-yet' } }],
    // Next year's title is a plan, not this year's fact.
    ['今年评上市级示范企业，明年再评上省级示范企业能拿多少', {}, { ...none, facts: { newIpEnterpriseTitles: ['市级知识产权示范企业'] } }],
    ['我们拿了好几个优秀奖', {}, { ...none, facts: {}, mentions: ['newChinaPatentAwards'] }],
    ['今年只新增了4件呢', { focus: ART1_FOCUS }, { ...none, facts: {}, derived: { inventionPatentIncreaseCount: 4 }, hypothetical: true }],
    // The increase alone: the engine needs the current stock to know last year's, so it is asked.
    ['比去年多了6件发明专利', {}, { ...none, facts: {}, mentions: ['selfDevelopedInventionPatentsCount'], derived: { inventionPatentIncreaseCount: 6 } }],
    ['专利产品卖了600万', {}, { ...none, facts: {}, derived: { patentProductSalesYuan: 6_000_000 } }],
    ['知识产权质押贷款500万', {}, {
      ...none,
      facts: {},
      mentions: ['ipPledgeLoans'],
      derived: { untypedPledgeLoans: [{ loanPrincipalYuan: 5_000_000, ipPledgedPrincipalYuan: 5_000_000 }] },
    }],
    ['如果只有28件呢？', { focus: ['newHighValueInventionPatentsCount'] }, { ...none, facts: { newHighValueInventionPatentsCount: 28 }, hypothetical: true }],
    ['在韩国的专利官司还在二审', {}, { ...none, facts: { foreignPatentSuitCountry: '韩国', foreignPatentSuitFavourable: false } }],
    // A private placement: the issue size is asked, never taken as the public one.
    ['我们的知识产权ABS走的私募，发了4000万', {}, {
      ...none, facts: {}, mentions: ['ipSecuritizationIssueYuan'], unlisted: [{ field: 'ipSecuritizationIssueYuan', what: '非公开发行的证券化产品' }],
    }],
    // Look-alikes (each rule's lexicon): the figure told with them is theirs; said to be not listed.
    ['公司以应收账款为基础资产公开发行了ABS，规模5亿', {}, {
      ...none, facts: {}, mentions: ['ipSecuritizationIssueYuan'], doubts: { ipSecuritizationIssueYuan: 'other-thing' },
      unlisted: [{ field: 'ipSecuritizationIssueYuan', what: '以非知识产权资产为基础资产的证券化产品' }],
    }],
    ['新增实用新型专利35件，高价值专利能奖多少', {}, { ...none, facts: {}, mentions: ['newHighValueInventionPatentsCount'], unlisted: [{ field: 'newHighValueInventionPatentsCount', what: '实用新型、外观设计专利' }] }],
    // Someone else's, asked for as the applicant's own: not met, and marked so the answer says why.
    ['我们是经销商，代理的那个品牌是国家驰名商标，我们能申请吗', {}, {
      ...none, facts: { newWellKnownTrademark: false }, others: ['newWellKnownTrademark'],
    }],
    // The result in the next clause denies what the clause before told; a level asked to be treated as is no level held.
    ['申报了省级知识产权保护规范化市场，结果没评上', {}, { ...none, facts: { newIpProtectionMarketLevels: [] } }],
    ['新承担了国家级专利导航项目，按省级的给吗', {}, {
      ...none, facts: {}, unlisted: [{ field: 'newPatentNavigationProjectLevels', what: '国家级专利导航项目' }],
    }],
    ['用厂房抵押贷款1000万，能贴息吗', {}, {
      ...none, facts: {}, mentions: ['ipPledgeLoans'], unlisted: [{ field: 'ipPledgeLoans', what: '以厂房、房产、应收账款等非知识产权抵（质）押的贷款' }],
    }],
    // Figures told as the applicant's own make the message its story, so a category in it is no what-if.
    ['马德里注册费1.8万，另外在加拿大和澳大利亚单独注册，合计多少', {}, {
      ...none, facts: { madridTrademarkFeesYuan: 18_000, singleCountryTrademarkCountries: 2 },
    }],
    // Received before and asked again: the same thing, not paid twice; something new this year is no repeat.
    ['去年已经拿了驰名商标的120万，今年同一个商标还能再申请一次吗', {}, {
      ...none, facts: {}, mentions: ['newWellKnownTrademark'], doubts: { newWellKnownTrademark: 'last-year' }, repeat: true, again: true,
    }],
    // A first invention patent granted, not bought, is the applicant's own grant.
    ['公司之前没有发明专利，第一件发明专利去年授权了', {}, {
      ...none, facts: { hadInventionPatentBefore: false, firstInventionPatentSource: '自身新增授权' },
    }],
    // A period and a repayment said once for all the loans told (都是一年期按期还清的).
    ['专利权质押贷款1.2亿、商标权质押贷款8000万，都是一年期按期还清的', {}, {
      ...none,
      facts: {
        ipPledgeLoans: [
          { rightType: '专利权', loanPrincipalYuan: 120_000_000, ipPledgedPrincipalYuan: 120_000_000, interestMonths: 12, repaidOnTime: true },
          { rightType: '商标权', loanPrincipalYuan: 80_000_000, ipPledgedPrincipalYuan: 80_000_000, interestMonths: 12, repaidOnTime: true },
        ],
      },
    }],
    // Where the applicant is: another city said of itself; a court in another city is only where the suit was.
    ['我们是杭州的一所高校，今年向金东区18家企业许可专利', {}, {
      ...none, facts: { organizationType: '高校', locatedInJindong: false, patentTransferLicenseeCount: 18 },
    }],
    ['我们代理所的金东分所开了一年零两个月', {}, {
      ...none, facts: { organizationType: '代理机构', locatedInJindong: true, agencyOperatingMonths: 14 }, mentions: ['agencyPatentGrantsCount'],
    }],
    // A reply opening with the count asked for; a correction's figure before the one it corrects.
    ['两项，一件证明商标一件集体商标', { focus: ['giTrademarksCount'], asked: 'giTrademarksCount' }, {
      ...none, facts: { giTrademarksCount: 2 }, mentions: ['clusterRegionalMarkFirstRegistered'],
    }],
    ['漏算了一件，其实是10件', { focus: ['newHighValueInventionPatentsCount'] }, { ...none, facts: { newHighValueInventionPatentsCount: 10 } }],
    // Not about the award whose look-alike it is: 实用新型 beside invention patents asks nothing about them.
    ['有效发明专利10件，另有实用新型20件', {}, { ...none, facts: { selfDevelopedInventionPatentsCount: 10 } }],
    // One more of what was told before: to be added to the profile's, not to replace it.
    ['另外还有一笔商标权质押200万，全年，利息7万', { focus: ['ipPledgeLoans'] }, {
      ...none,
      facts: { ipPledgeLoans: [{ rightType: '商标权', loanPrincipalYuan: 2_000_000, ipPledgedPrincipalYuan: 2_000_000, interestMonths: 12, interestPaidYuan: 70_000 }] },
      additional: ['ipPledgeLoans'],
    }],
    ['还有一个专利案子也胜诉了，判赔12万', { focus: ['domesticPatentSuitWon', 'domesticPatentDamagesYuan'] }, {
      ...none,
      facts: { domesticPatentSuitWon: true, domesticPatentDamagesYuan: 120_000 },
      additional: ['domesticPatentDamagesYuan'],
    }],
    // Figures on top of the ones told before are increments, not values.
    ['那要是年底前再签一个150万的许可合同呢？', { focus: ['patentTransferLicenseeCount', 'patentTransferValueYuan'] }, {
      ...none,
      facts: {},
      derived: { increments: { patentTransferValueYuan: 1_500_000 } },
      hypothetical: true,
    }],
    ['再多授权3件发明专利呢', { focus: ['agencyPatentGrantsCount', 'agencyInventionPatentGrantsCount'] }, {
      ...none,
      facts: {},
      derived: { increments: { agencyInventionPatentGrantsCount: 3 } },
      hypothetical: true,
    }],
    // Some of the projects told before are 区级: that many fewer 市级以上 ones.
    ['更正一下，其中两个是区级的', { focus: ['newIpEarlyWarningProjectsCount'] }, {
      ...none,
      facts: {},
      derived: { increments: { newIpEarlyWarningProjectsCount: -2 } },
    }],
    // Some of them otherwise: the figure told before is asked again.
    ['不对，其中一个是去年承担的', { focus: ['newIpEarlyWarningProjectsCount'] }, { ...none, facts: {}, mentions: ['newIpEarlyWarningProjectsCount'] }],
    ['被美国企业起诉专利侵权，判定不侵权，律师费花了35万美元', {}, {
      ...none,
      facts: { foreignPatentSuitCountry: '美国', foreignPatentSuitFavourable: true },
      mentions: ['foreignPatentSuitAgencyFeesYuan'],
    }],
  ] as [string, { focus?: ProfileKey[] }, object][])('%s', (message, context, expected) => {
    expect(extractFacts(message, context)).toEqual(expected);
  });
});

describe('whose fact, and what a number counts', () => {
  it('a related firm as the subject owns the award; a transfer to the applicant stays the applicant’s', () => {
    for (const say of ['总装厂今年被认定为国家知识产权示范企业，我们是它的配套厂', '我们下游的企业拿了中国专利银奖']) {
      const read = extractFacts(say);
      expect([say, read.facts.newIpEnterpriseTitles ?? read.facts.newChinaPatentAwards, Object.values(read.doubts ?? {})]).toEqual([say, undefined, ['third-party']]);
    }
    expect(extractFacts('合作的研究院把一件发明专利卖给我们了，这是我们的第一件发明专利').facts).toMatchObject({ firstInventionPatentSource: '向高校或科研机构购买' });
  });

  it('someone else’s award asked for as ours is answered as not ours', () => {
    const read = extractFacts('上游的企业拿了中国专利金奖，我们作为供应商可以跟着拿吗');
    expect(read.others).toContain('newChinaPatentAwards');
  });

  it('levels asked to be treated as, one level or a list of them, are no levels held', () => {
    expect(extractFacts('承担的是国家级导航项目，能不能按省、市级的标准给').unlisted).toEqual([expect.objectContaining({ field: 'newPatentNavigationProjectLevels' })]);
    expect(extractFacts('承担的是国家级导航项目，能不能按省、市级的标准给').facts.newPatentNavigationProjectLevels).toBeUndefined();
  });

  it('an insurance named by its own kind is no IP insurance, whatever the question compares it with', () => {
    const other = extractFacts('厂里买了企业财产一切险，保费5万，能按知识产权保险的比例补吗');
    expect(other.facts.ipInsurancePremiumYuan).toBeUndefined();
    expect(other.unlisted).toEqual([expect.objectContaining({ field: 'ipInsurancePremiumYuan' })]);
    expect(extractFacts('买了知识产权侵权责任险，保费4万，另外还有车险').facts.ipInsurancePremiumYuan).toBe(40000);
  });

  it('一共 closing a reply asks for the sum; a stock told with it is still a stock', () => {
    expect(extractFacts('三件一共', { focus: ['giTrademarksCount'], asked: 'giTrademarksCount' }).facts).toEqual({ giTrademarksCount: 3 });
    expect(extractFacts('地理标志商标我们一共有3件', { focus: ['giTrademarksCount'] }).facts).toEqual({});
  });

  it('两个加起来 after two awards counts the awards, not a fact of the one in focus', () => {
    const focus: ProfileKey[] = ['selfDevelopedInventionPatentsCount', 'annualSalesYuan'];
    expect(extractFacts('两项加起来', { focus, asked: 'selfDevelopedInventionPatentsCount', awardsDiscussed: 2 }).facts).toEqual({});
    expect(extractFacts('两个', { focus, asked: 'selfDevelopedInventionPatentsCount', awardsDiscussed: 2 }).facts).toEqual({ selfDevelopedInventionPatentsCount: 2 });
  });
});

describe('what a figure is of: the year, the thing, the grade', () => {
  it('a count said of last year beside this year’s is not read as this year’s', () => {
    expect(extractFacts('地理标志商标前年注册2件，今年注册1件').facts.giTrademarksCount).not.toBe(2);
    // Without this year told apart, the count is the one asked about.
    expect(extractFacts('新增高价值发明专利有15件').facts.newHighValueInventionPatentsCount).toBe(15);
  });

  it('a figure summed over years is no year’s figure', () => {
    expect(extractFacts('我们大学今年许可给了6家金东企业，三年合计20家').facts.patentTransferLicenseeCount).toBe(6);
  });

  it('a date opening the clause does not turn figures around', () => {
    expect(extractFacts('2024年专利权质押贷款900万、商标权质押贷款300万').facts.ipPledgeLoans).toEqual([
      expect.objectContaining({ rightType: '专利权', loanPrincipalYuan: 9_000_000 }),
      expect.objectContaining({ rightType: '商标权', loanPrincipalYuan: 3_000_000 }),
    ]);
  });

  it('one grade asked for its money is the category; beside a grade won it is none', () => {
    const one = extractFacts('浙江省知识产权奖商标奖 三等 给多少');
    expect([one.facts.newZhejiangIpAwards, one.hypothetical]).toEqual([['门类奖三等奖'], true]);
    expect(extractFacts('我们拿了中国专利优秀奖，银奖给多少').facts.newChinaPatentAwards).toEqual(['优秀奖']);
  });

  it('a first utility model or design patent is no first invention patent', () => {
    expect(extractFacts('公司头一件外观设计专利授权了，产品卖了200万').unlisted).toEqual([expect.objectContaining({ field: 'firstInventionPatentSource' })]);
  });

  it('a certification passed years ago is held; a level told after the title is the title’s', () => {
    expect(extractFacts('贯标2022年就通过了').facts.ipManagementStandardCertified).toBe(true);
    expect(extractFacts('优势企业，是国家级的，今年刚认定', { focus: ['newIpEnterpriseTitles'] }).facts.newIpEnterpriseTitles).toEqual(['国家级知识产权优势企业']);
  });

  it('paid before and asked again; asked to be paid ahead of the result', () => {
    expect(extractFacts('之前区里已经补过驰名商标的钱了，还能再申请吗').repeat).toBe(true);
    expect(extractFacts('省知识产权奖还在公示，能不能先按大奖申报').pending).toContain('newZhejiangIpAwards');
  });

  it('a non-patent suit is a look-alike wherever a suit’s result is told', () => {
    expect(extractFacts('著作权官司打赢了，判赔20万').unlisted).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'domesticPatentSuitWon' })]));
  });

  it('a message opening with the applicant’s kind names the applicant', () => {
    expect(extractFacts('学院在金东，今年专利许可给了18家金东企业，有奖励吗').facts).toMatchObject({ organizationType: '高校', locatedInJindong: true });
  });

  it('a corrected yes/no reply goes to the question its word belongs to', () => {
    const focus: ProfileKey[] = ['ipRightsStationAssessmentPassed', 'ipRightsStationsPassedCount', 'organizationType', 'locatedInJindong'];
    expect(extractFacts('抱歉我说错了，是合格的', { focus }).facts).toEqual({ ipRightsStationAssessmentPassed: true });
  });

  it('an office’s fee two clauses after it, past a clause telling no figure', () => {
    expect(extractFacts('在欧盟知识产权局注册了商标，不是马德里，注册费一共8500元').facts.regionalTrademarkRegistrations).toEqual([{ office: '欧盟', feesYuan: 8500 }]);
  });

});

describe('a later turn takes back what was told', () => {
  it('applications are no grants; this year’s sum is no stock', () => {
    expect(extractFacts('今年提交申请了25件高价值发明专利').facts.newHighValueInventionPatentsCount).toBeUndefined();
    expect(extractFacts('今年新增高价值发明专利合计33件').facts.newHighValueInventionPatentsCount).toBe(33);
  });

  it('a repayment or period restated without the right is the loan under discussion', () => {
    expect(extractFacts('其实逾期还款了', { focus: ['ipPledgeLoans'] }).derived.untypedPledgeLoans).toEqual([{ repaidOnTime: false }]);
    expect(extractFacts('我们从没办过知识产权质押', { focus: ['ipPledgeLoans'] }).derived.untypedPledgeLoans).toBeUndefined();
  });

  it('a bare level the clause does not list is said to be unlisted', () => {
    expect(extractFacts('那国家级的呢', { focus: ['newPatentNavigationProjectLevels'] }).unlisted).toEqual([
      { field: 'newPatentNavigationProjectLevels', what: '国家级专利导航项目' },
    ]);
  });

  it('a reply dating the thing before this year takes back its being new', () => {
    expect(extractFacts('是前年评上的', { focus: ['newIpEnterpriseTitles'] }).facts).toEqual({ newIpEnterpriseTitles: [] });
  });

  it('a private issue of the product under discussion is a kind the clause does not list', () => {
    expect(extractFacts('实际上走的是私募', { focus: ['ipSecuritizationIssueYuan'] }).unlisted).toEqual([expect.objectContaining({ field: 'ipSecuritizationIssueYuan' })]);
  });

  it('an award won for a client is the client’s', () => {
    const read = extractFacts('我们事务所替委托人打赢了专利官司，判赔50万');
    expect(read.facts.domesticPatentDamagesYuan).toBeUndefined();
  });

  it('not approved yet, of the one new thing of the topic, takes it back: not met yet', () => {
    expect(extractFacts('不对，只是报上去了，还没批', { focus: ['newTradeSecretStationLevels', 'organizationType'] }).pending).toEqual(['newTradeSecretStationLevels']);
  });

  it('a count paired with an award states a rule, not a fact', () => {
    expect(extractFacts('高价值发明专利10件奖20万对吧').facts).toEqual({});
  });

  it('a member of the collective an award pays tells of someone else’s award', () => {
    const read = extractFacts('我们只是这个联盟的会员企业，联盟去年底在国家知识产权局备了案，我们可以申请吗');
    // Someone else's, asked for as ours: not ours, and said so.
    expect([read.facts.ipAllianceFilingLevel, read.others]).toEqual(['未备案', ['ipAllianceFilingLevel']]);
    expect(extractFacts('我们牵头的联盟在国家知识产权局备了案').facts.ipAllianceFilingLevel).toBe('国家级');
  });

  it('the role told before holds in a correction that names none', () => {
    const read = extractFacts('不对，最后判的是侵权不成立', { focus: ['foreignPatentSuitFavourable'], previous: '我们在德国被起诉侵犯专利' });
    expect(read.facts.foreignPatentSuitFavourable).toBe(true);
    expect(extractFacts('不对，最后判的是侵权不成立', { focus: ['foreignPatentSuitFavourable'], previous: '我们在德国起诉对方侵犯专利' }).facts.foreignPatentSuitFavourable).toBe(false);
  });

  it('levels listed together with 各 count one each', () => {
    expect(extractFacts('今年承担了市级、省级预警分析项目各1个').facts.newIpEarlyWarningProjectsCount).toBe(2);
  });

  it('“also” another thing says the one just asked about is had too', () => {
    const focus: ProfileKey[] = ['greenProductCertified', 'zhejiangMadeCertified'];
    expect(extractFacts('另外还有浙江制造国际互认证书', { focus, asked: 'greenProductCertified' }).facts).toEqual({ greenProductCertified: true, zhejiangMadeCertified: true });
    expect(extractFacts('还有一个问题想问', { focus, asked: 'greenProductCertified' }).facts).toEqual({});
  });
});

describe('traps: someone else’s, not final, another contest, several of a kind', () => {
  it('an owner or related firm named anywhere in the subject, or after the fact, owns it', () => {
    expect(extractFacts('我们集团的兄弟单位今年新增高价值发明专利15件').facts.newHighValueInventionPatentsCount).toBeUndefined();
    expect(extractFacts('评上了国家知识产权示范企业，但是是我们母公司评上的').facts.newIpEnterpriseTitles).toBeUndefined();
    expect(extractFacts('我们是子公司，今年新增高价值发明专利15件').facts.newHighValueInventionPatentsCount).toBe(15);
    expect(extractFacts('我们起诉别人专利侵权，法院判我们赢了，判赔20万').facts.domesticPatentDamagesYuan).toBe(200000);
  });

  it('a hotline caller asking for the firm they speak of asks it as theirs', () => {
    expect(extractFacts('来电企业称其股东公司拿了中国专利金奖，问他们能不能申请').others).toContain('newChinaPatentAwards');
  });

  it('accepted, nominated or first-instance only is not yet the thing paid for', () => {
    expect(extractFacts('驰名商标认定已经受理了').facts.newWellKnownTrademark).toBeUndefined();
    expect(extractFacts('我们拿到了中国专利金奖提名').facts.newChinaPatentAwards).toBeUndefined();
    expect(extractFacts('在日本起诉专利侵权，一审判对方侵权').facts.foreignPatentSuitFavourable).toBeUndefined();
  });

  it('a loan not yet due is not yet repaid on time', () => {
    expect(extractFacts('专利质押贷款600万，一年期，还没到期，在正常还款').facts.ipPledgeLoans?.[0].repaidOnTime).toBeUndefined();
  });

  it('another contest’s grade, a trademark suit, a range, a foreign currency', () => {
    expect(extractFacts('获得了省科学技术进步奖二等奖').facts.newZhejiangIpAwards).toBeUndefined();
    expect(extractFacts('商标维权胜诉，判赔40万').unlisted).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'domesticPatentSuitWon' })]));
    expect(extractFacts('专利维权胜诉，判赔50到60万').facts.domesticPatentDamagesYuan).toBeUndefined();
    expect(extractFacts('在香港专利维权胜诉，判赔80万港币').facts.domesticPatentDamagesYuan).toBeUndefined();
  });

  it('several of a kind: loans counted before the right, titles risen from, invention patents among others', () => {
    expect(extractFacts('三笔专利质押贷款，各500万，一年期').facts.ipPledgeLoans).toHaveLength(3);
    expect(extractFacts('今年由省级知识产权示范企业升为国家知识产权示范企业').facts.newIpEnterpriseTitles).toEqual(['国家级知识产权示范企业']);
    expect(extractFacts('新增高价值专利20件，其中发明专利11件，实用新型9件').facts.newHighValueInventionPatentsCount).toBe(11);
  });

  it('firms outside 金东 among those told: the others are counted, the price is asked, and the place is theirs', () => {
    const read = extractFacts('学校今年转让给了18家企业，其中4家是外地的，成交额共300万');
    expect([read.facts.patentTransferLicenseeCount, read.facts.patentTransferValueYuan, read.facts.locatedInJindong]).toEqual([14, undefined, undefined]);
    expect(read.mentions).toEqual(expect.arrayContaining(['patentTransferValueYuan']));
    expect(extractFacts('事务所开在金东，客户大多是外地企业').facts.locatedInJindong).toBe(true);
  });

  it('who the applicant is does not wait on a plan beside it; a plan to apply is no count of zero', () => {
    expect(extractFacts('我们是企业，打算申报专利转移转化奖励').facts.organizationType).toBe('企业');
    expect(extractFacts('我们是一家研究所，准备申请高价值专利奖励').facts.newHighValueInventionPatentsCount).toBeUndefined();
  });

  it('the boss asking is our boss; 已过 is passed; this year’s count in its own clause; a place-named opener', () => {
    expect(extractFacts('老板让我问下，商标质押贷了五百万，一年，按时还的').facts.ipPledgeLoans?.[0]).toMatchObject({ rightType: '商标权', loanPrincipalYuan: 5_000_000 });
    expect(extractFacts('知识产权管理规范认证早就已过').facts.ipManagementStandardCertified).toBe(true);
    expect(extractFacts('高价值发明专利前年新增20件，今年新增11件').facts.newHighValueInventionPatentsCount).toBe(11);
    expect(extractFacts('金东区研究所，今年许可给了16家金东企业').facts).toMatchObject({ organizationType: '科研机构', locatedInJindong: true });
  });

  it('Madrid denied is no Madrid; an agency’s grants told before 授权', () => {
    expect(extractFacts('在欧盟知识产权局注册的商标，不是通过马德里，注册费7500元').facts.regionalTrademarkRegistrations).toEqual([{ office: '欧盟', feesYuan: 7500 }]);
    expect(extractFacts('我们事务所在金东的分所，满一年了，有70件专利获得授权').facts.agencyPatentGrantsCount).toBe(70);
  });

  it('an earlier year’s thing asked to be paid now is not new; this year’s still open is asked', () => {
    const read = extractFacts('驰名商标是2020年认定的，今年还能拿吗');
    expect([read.facts.newWellKnownTrademark, read.older]).toEqual([false, ['newWellKnownTrademark']]);
    expect(extractFacts('去年的站点考核合格了，今年的还没考核，今年能拿多少').older).toBeUndefined();
  });

  it('a number in a clause naming another award is no reply to the award in focus', () => {
    const focus: ProfileKey[] = ['newIpEarlyWarningProjectsCount'];
    expect(extractFacts('另外还有一个省级专利导航项目', { focus, asked: 'newIpEarlyWarningProjectsCount' }).facts.newIpEarlyWarningProjectsCount).toBeUndefined();
    expect(extractFacts('三个', { focus, asked: 'newIpEarlyWarningProjectsCount' }).facts.newIpEarlyWarningProjectsCount).toBe(3);
  });
});


describe('what a message leaves implicit: one of a counter, the figure corrected, the context before', () => {
  it('a counter with no numeral after a verb counts one; 个人 is no counter', () => {
    expect(extractFacts('另外还接了个省级预警分析项目').facts.newIpEarlyWarningProjectsCount).toBe(1);
    expect(extractFacts('有个人发明人想问问').facts.newIpEarlyWarningProjectsCount).toBeUndefined();
  });

  it('a bare corrected sum replaces the one sum of the loan told before, and only an unambiguous one', () => {
    const previous = '商标质押贷款400万，贷了一年，按时还了';
    expect(extractFacts('更正一下，是六百万', { focus: ['ipPledgeLoans'], previous }).derived.untypedPledgeLoans).toEqual([
      { loanPrincipalYuan: 6_000_000, ipPledgedPrincipalYuan: 6_000_000 },
    ]);
    const twoSums = '商标质押贷款400万，贷了一年，付了利息14万';
    expect(extractFacts('更正一下，是六百万', { focus: ['ipPledgeLoans'], previous: twoSums }).derived.untypedPledgeLoans).toBeUndefined();
  });

  it('a bare corrected figure replaces the figure of its kind the previous message told', () => {
    const read = extractFacts('不对，应该是三十五万', { focus: ['domesticPatentSuitWon', 'domesticPatentDamagesYuan'], previous: '专利侵权官司在杭州中院赢了，判赔25万' });
    expect(read.facts.domesticPatentDamagesYuan).toBe(350_000);
  });

  it('a university by its short name sells a first patent', () => {
    expect(extractFacts('头一件发明专利是跟浙工大买的').facts.firstInventionPatentSource).toBe('向高校或科研机构购买');
  });

  it('several invention patents already held: the one asked about is no first', () => {
    expect(extractFacts('公司早已有3件发明专利，今年又授权一件').facts.hadInventionPatentBefore).toBe(true);
  });

  it('the unit a money question is asked for is the applicant of that question; an award’s name is none', () => {
    expect(extractFacts('我们是代理机构，不过这次问的是，产业园能申请吗').facts.organizationType).toBe('园区');
    expect(extractFacts('省级知识产权示范企业能拿多少').facts.organizationType).toBeUndefined();
  });

  it('a foreign sum converted to yuan is read in yuan', () => {
    expect(extractFacts('在台湾的专利诉讼胜诉，判赔50万新台币折合人民币11万').facts.domesticPatentDamagesYuan).toBe(110_000);
  });

  it('a project begun in an earlier year and still running is that year’s, asked for now', () => {
    expect(extractFacts('前年承担的市级导航项目现在仍在实施，今年能拿吗').older).toEqual(['newPatentNavigationProjectLevels']);
  });

  it('a thing’s context word told in the message before names it', () => {
    const read = extractFacts('我们后来升成市级站点了', { previous: '商业秘密保护的奖励有哪些' });
    expect(read.facts.newTradeSecretStationLevels).toEqual(['市级']);
    expect(extractFacts('我们后来升成市级站点了').facts.newTradeSecretStationLevels).toBeUndefined();
  });

  it('the applicant named by its place at the start of the message is in Jindong', () => {
    expect(extractFacts('我们是金东区内的研究所，有什么奖补').facts).toMatchObject({ organizationType: '科研机构', locatedInJindong: true });
  });
});

describe('more told later, sums asked, and what a figure is not', () => {
  it('呢 on a question for the total asks it: the facts before it stay told', () => {
    const read = extractFacts('上半年还押了一笔商标，300万，借了5个月，已经按期还清，两笔加起来呢', { focus: ['ipPledgeLoans'] });
    expect(read.hypothetical).toBe(false);
    expect(read.facts.ipPledgeLoans).toEqual([expect.objectContaining({ rightType: '商标权', loanPrincipalYuan: 3_000_000, interestMonths: 5 })]);
    expect(read.additional).toContain('ipPledgeLoans');
  });

  it('words of several loans together name no one loan’s principal, nor turn the figures around', () => {
    expect(extractFacts('三笔都是一年期：专利权质押900万 商标权质押0.2亿').facts.ipPledgeLoans).toEqual([
      expect.objectContaining({ rightType: '专利权', loanPrincipalYuan: 9_000_000 }),
      expect.objectContaining({ rightType: '商标权', loanPrincipalYuan: 20_000_000 }),
    ]);
  });

  it('the bank’s share of a mixed guarantee told as what the right 对应', () => {
    expect(extractFacts('贷款1500万，商标质押加房产抵押，银行核定商标对应800万').facts.ipPledgeLoans).toEqual([
      expect.objectContaining({ rightType: '商标权', loanPrincipalYuan: 15_000_000, ipPledgedPrincipalYuan: 8_000_000 }),
    ]);
  });

  it('a level compared with is not the thing’s own', () => {
    expect(extractFacts('我们新承担的是国家级预警项目，比市级高一级').facts.newIpEarlyWarningProjectsCount).toBeUndefined();
  });

  it('suing the other side abroad and the infringement found is favourable, in a money question too', () => {
    expect(extractFacts('在法国起诉对方专利侵权，终审判侵权成立，能补多少').facts.foreignPatentSuitFavourable).toBe(true);
  });

  it('the EU trademark office by name is a regional registration', () => {
    expect(extractFacts('另外直接向欧盟知识产权局申请了一件，注册费6000').facts.regionalTrademarkRegistrations).toEqual([{ office: '欧盟', feesYuan: 6000 }]);
  });

  it('a private placement asked as a what-if of the issue under discussion is unlisted', () => {
    expect(extractFacts('假如当时走定向私募呢', { focus: ['ipSecuritizationIssueYuan'] }).unlisted).toEqual([expect.objectContaining({ field: 'ipSecuritizationIssueYuan' })]);
  });

  it('the year’s end told in the past tense is no plan: more of the year’s licensees', () => {
    const read = extractFacts('年底又许可了5家金东企业');
    expect([read.derived.additions?.patentTransferLicenseeCount, read.pending]).toEqual([5, undefined]);
  });

  it('countries named with the trademarks abroad under discussion count, and next year’s stand alone', () => {
    expect(extractFacts('后来又在马来西亚和新加坡各注册了一个', { focus: ['singleCountryTrademarkCountries'] }).facts.singleCountryTrademarkCountries).toBe(2);
    expect(extractFacts('明年再加2个国家呢', { focus: ['singleCountryTrademarkCountries'] }).facts.singleCountryTrademarkCountries).toBe(2);
  });
});

describe('news, restatements and shorthand of a later turn', () => {
  it('a first patent granted in an earlier year, told bare, is the applicant’s own grant; this year’s is not read so', () => {
    expect(extractFacts('首件发明专利前年授权，次年产品卖了130万').facts.firstInventionPatentSource).toBe('自身新增授权');
    expect(extractFacts('首件发明专利今年授权，产品卖了130万').facts.firstInventionPatentSource).toBeUndefined();
  });

  it('是过了的 says the certificate is had', () => {
    expect(extractFacts('贯标认证是过了的').facts.ipManagementStandardCertified).toBe(true);
  });

  it('the news before a yes reply is no part of it', () => {
    expect(extractFacts('审核结果下来了，合格', { focus: ['ipRightsStationAssessmentPassed'] }).facts.ipRightsStationAssessmentPassed).toBe(true);
  });

  it('a result not out, asked to be counted ahead, is not met yet', () => {
    expect(extractFacts('维权站点的考核还没出结果，可以先算进去吗').pending).toEqual(['ipRightsStationAssessmentPassed']);
  });

  it('the pledged share of the loan under discussion restated opens its own entry, not its principal', () => {
    expect(extractFacts('其实那笔是商标加设备一起担保的，商标对应500万', { focus: ['ipPledgeLoans'] }).derived.untypedPledgeLoans).toEqual([{ ipPledgedPrincipalYuan: 5_000_000 }]);
  });

  it('English linking verbs stand where the readers expect 是', () => {
    expect(extractFacts(glossEnglish('Our IP insurance premium was 80k this year')).facts.ipInsurancePremiumYuan).toBe(80_000);
  });
});

describe('members asking, more of the same told later', () => {
  it('a member, a merchant or a project partner asking for the collective’s award asks for someone else’s', () => {
    expect(extractFacts('来电人所在公司是某联盟的会员单位，联盟在国家局备了案，问会员单位能不能拿').others).toEqual(['ipAllianceFilingLevel']);
    expect(extractFacts('我是园区里的商户，市场新认定省级规范化市场，我能领多少').others).toEqual(['newIpProtectionMarketLevels']);
    expect(extractFacts('师大新承担了市级导航项目，我们公司是协作单位，能拿吗').others).toEqual(['newPatentNavigationProjectLevels']);
  });

  it('one more told with its verb between (又买了一份, 另外…也打了一场) is one more', () => {
    expect(extractFacts('后来又买了一份专利执行险，保费3万', { focus: ['ipInsurancePremiumYuan'] }).additional).toEqual(['ipInsurancePremiumYuan']);
    expect(extractFacts('还有泰国和越南也注册了', { focus: ['singleCountryTrademarkCountries'] }).additional).toEqual(['singleCountryTrademarkCountries']);
    expect(extractFacts('还有，今年新增高价值发明专利12件').additional).toBeUndefined();
    expect(extractFacts('同年还用专利质押贷了300万，加上这笔一共多少', { focus: ['ipPledgeLoans'] }).additional).toEqual(['ipPledgeLoans']);
  });

  it('呢 on 一起算 asks the total', () => {
    expect(extractFacts('又买了一份专利保险，保费2万，两份一起算呢', { focus: ['ipInsurancePremiumYuan'] }).hypothetical).toBe(false);
  });
});

describe('later turns that take back, parts outside, premiums of several policies', () => {
  it('dated before this year, only reviewed this year, is not new', () => {
    expect(extractFacts('其实是2020年评上的，今年只是复审', { focus: ['newIpEnterpriseTitles'] }).facts).toEqual({ newIpEnterpriseTitles: [] });
  });

  it('a first judgment under appeal is no final one; the country told before stands', () => {
    const read = extractFacts('其实只是一审，对方已经上诉了，还没终审', { focus: ['foreignPatentSuitCountry', 'foreignPatentSuitFavourable', 'foreignPatentSuitAgencyFeesYuan'] });
    expect(read.facts).toEqual({ foreignPatentSuitFavourable: false });
  });

  it('after a correction, the figure said with 是 is the total, not the part left out', () => {
    expect(extractFacts('不对 漏了两个 是五项', { focus: ['newIpEarlyWarningProjectsCount'] }).facts.newIpEarlyWarningProjectsCount).toBe(5);
  });

  it('firms named outside Jindong come off the firms told; the sum is then asked', () => {
    const read = extractFacts('我们学院在金东，今年许可给19家企业，其中5家在东阳，成交额700万');
    expect(read.facts).toMatchObject({ organizationType: '高校', locatedInJindong: true, patentTransferLicenseeCount: 14 });
    expect(read.facts.patentTransferValueYuan).toBeUndefined();
    expect(extractFacts('今年转给了16家企业').facts.patentTransferLicenseeCount).toBe(16);
  });

  it('premiums of IP policies named apart add up; another insurance’s, or a bare 保险 before it, does not', () => {
    expect(extractFacts('两份保险：专利执行险保费4万、商标侵权险保费3万').facts.ipInsurancePremiumYuan).toBe(70_000);
    expect(extractFacts('专利执行险保费4万，财产险保费6万').facts.ipInsurancePremiumYuan).toBe(40_000);
    expect(extractFacts('公司的保险：车险2万、知识产权侵权损失险3万').facts.ipInsurancePremiumYuan).toBe(30_000);
  });

  it('一共补多少 closing the clause asks the sum; it tells no stock', () => {
    expect(extractFacts('两件地理标志证明商标注册成功了 一共补多少').facts.giTrademarksCount).toBe(2);
  });
});

describe('figures with separators, glosses said twice, callers and what 还有 states', () => {
  it('every group separator of a figure is dropped before the gloss reads it', () => {
    expect(glossEnglish('attorney fees ¥1,600,000, subsidy?')).toContain('1600000元');
    expect(extractFacts(glossEnglish('在美国起诉专利侵权，终审侵权成立，代理费 ¥1,200,000')).facts.foreignPatentSuitAgencyFeesYuan).toBe(1_200_000);
  });

  it('a word glossed beside its own Chinese is counted once', () => {
    expect(extractFacts(glossEnglish('We won the Zhejiang Provincial IP Award grand prize (大奖) this year')).facts.newZhejiangIpAwards).toEqual(['省知识产权奖大奖']);
  });

  it('a caller relaying who they are, and 金东区某X, name the applicant and its place', () => {
    expect(extractFacts('来电人是金东区某学院科技处的，今年许可给16家企业').facts).toMatchObject({ organizationType: '高校', locatedInJindong: true });
  });

  it('还有X states X; 考核合格 in a money question is told; 两个不同的专利 counts patents, not the grade', () => {
    expect(extractFacts('拿了中国专利银奖 还有中国外观设计专利优秀奖 两个不同的专利 一共多少').facts.newChinaPatentAwards).toEqual(['银奖', '优秀奖']);
    expect(extractFacts('维权站点今年考核合格 给多少').facts.ipRightsStationAssessmentPassed).toBe(true);
  });

  it('多了N with the total asked now adds; 比去年多了 does not', () => {
    const more = extractFacts('后来又有三家区内企业签了许可，成交额多了60万，现在多少', { focus: ['patentTransferLicenseeCount', 'patentTransferValueYuan'] });
    expect(more.derived.additions).toEqual({ patentTransferLicenseeCount: 3, patentTransferValueYuan: 600_000 });
    expect(extractFacts('自主研发有效发明专利12件，比去年多了6件，现在多少').derived.additions).toBeUndefined();
  });

  it('合同总额 is the deal value; 备按 is 备案', () => {
    expect(extractFacts('向区内16家企业转让专利，合同总额900万元').facts.patentTransferValueYuan).toBe(9_000_000);
    expect(extractFacts('我们牵头的联盟在国家知识产权局备按了').facts.ipAllianceFilingLevel).toBe('国家级');
  });
});

describe('figures said not to be, suits parted by a semicolon, parts told later', () => {
  it('是6件不是7件: the figure said not to be the one is no figure', () => {
    expect(extractFacts('说错了，上年末是5件不是8件', { focus: ['selfDevelopedInventionPatentsCount', 'selfDevelopedInventionPatentsLastYearCount'] }).facts).toEqual({ selfDevelopedInventionPatentsLastYearCount: 5 });
  });

  it('a semicolon parts two suits as a full stop does', () => {
    expect(extractFacts('在韩国起诉专利侵权终审胜诉，代理费30万；在国内另一起专利维权也胜诉了').facts).toMatchObject({ foreignPatentSuitCountry: '韩国', foreignPatentSuitFavourable: true, domesticPatentSuitWon: true });
  });

  it('firms of those told before named outside Jindong come off them', () => {
    expect(extractFacts('更正：其中4家其实是东阳的企业').derived.increments).toEqual({ patentTransferLicenseeCount: -4 });
  });

  it('a trademark suit’s damages are no patent suit’s', () => {
    expect(extractFacts('还有一个商标侵权官司也赢了 判赔10万', { focus: ['domesticPatentSuitWon', 'domesticPatentDamagesYuan'] }).facts.domesticPatentDamagesYuan).toBeUndefined();
  });

  it('premiums summed only of the IP policies: 雇主责任险 beside them is another insurance', () => {
    expect(extractFacts('保单：专利执行保险保费5万，雇主责任险3万').facts.ipInsurancePremiumYuan).toBe(50_000);
  });
});

describe('once it comes through, whose it is, and totals of two parties', () => {
  it('等证书下来: the one yes/no of the topic taken as met, for a what-if', () => {
    const read = extractFacts('那等批文下来，按刚才的数能拿多少', { focus: ['newWellKnownTrademark'], asked: 'newWellKnownTrademark' });
    expect([read.facts.newWellKnownTrademark, read.hypothetical]).toEqual([true, true]);
    expect(extractFacts('等了半年，贯标证书批下来了').hypothetical).toBe(false);
  });

  it('the party a money question names with 本身 or 这块 is the applicant of that question', () => {
    expect(extractFacts('那集聚区本身能拿多少').facts.organizationType).toBe('园区');
    expect(extractFacts('园区里的公司还建了市级示范站点，公司这块多少').facts.organizationType).toBe('企业');
  });

  it('园区 is no district level; two parties summed with 呢 ask the total; two kinds are no reply of one', () => {
    const read = extractFacts('园区和公司加起来呢', { focus: ['newTradeSecretStationLevels', 'organizationType'], previous: '商业秘密保护示范站点' });
    expect([read.unlisted, read.hypothetical, read.facts.organizationType]).toEqual([undefined, false, undefined]);
  });
});

describe('parts taken out, stocks, members asking about the collective under discussion', () => {
  it('N件里有M件是实用新型 takes M off the new patents told', () => {
    expect(extractFacts('40件里有5件其实是实用新型', { focus: ['newHighValueInventionPatentsCount'] }).derived.increments).toEqual({ newHighValueInventionPatentsCount: -5 });
  });

  it('现在有N件 is a stock, not this year’s new', () => {
    expect(extractFacts('我们高价值发明专利现在有38件了，奖多少').facts.newHighValueInventionPatentsCount).toBeUndefined();
  });

  it('再加一份 is one more', () => {
    expect(extractFacts('再加一份专利执行险，保费5万', { focus: ['ipInsurancePremiumYuan'] }).additional).toEqual(['ipInsurancePremiumYuan']);
  });

  it('members asking whether they get the collective’s award under discussion are answered for someone else’s', () => {
    const read = extractFacts('协会的会员企业能不能每家也拿一份', { focus: ['clusterRegionalMarkFirstRegistered'] });
    expect([read.others, read.additional]).toEqual([['clusterRegionalMarkFirstRegistered'], undefined]);
  });
});

describe('applications handed in, other patents first, earlier years said inside a question', () => {
  it('申请已经交上去了 is not settled', () => {
    expect(extractFacts('驰名商标认定申请已经交上去了').facts.newWellKnownTrademark).toBeUndefined();
  });

  it('a first patent granted of another kind is no first invention patent', () => {
    expect(extractFacts('以前没有发明专利，去年授权了一件实用新型，今年产品卖了200万').unlisted).toEqual([expect.objectContaining({ field: 'firstInventionPatentSource' })]);
  });

  it('其实是2021年认定的 inside a longer message makes the award named not new', () => {
    const read = extractFacts('他说优势企业其实是2020年认定的，今年只是复核，还能拿吗', { focus: ['newIpEnterpriseTitles', 'newChinaPatentAwards'] });
    expect(read.facts).toEqual({ newIpEnterpriseTitles: [] });
  });

  it('members asked about in the message that tells the collective’s award: not theirs', () => {
    expect(extractFacts('我们市场新认定了省级知识产权保护规范化市场，商户每户能拿多少').others).toEqual(['newIpProtectionMarketLevels']);
  });
});

describe('ratings, roles and repayments told in their own words', () => {
  it('上年度绩效评价良好 past the window of the station’s name is no 优秀', () => {
    expect(extractFacts('我们是省级品牌指导服务站，不是今年新建的，上年度绩效评价良好，能拿5万吗').facts).toMatchObject({ provincialBrandStationNew: false, provincialBrandStationExcellent: false });
  });

  it('他们告我们侵权 makes us the defendant', () => {
    expect(extractFacts('在德国是他们告我们侵权，最后判我们不侵权').facts.foreignPatentSuitFavourable).toBe(true);
  });

  it('a repayment late or on time told of the loan under discussion', () => {
    expect(extractFacts('哦 最后一期晚了半个月才还', { focus: ['ipPledgeLoans'] }).derived.untypedPledgeLoans).toEqual([{ repaidOnTime: false }]);
    expect(extractFacts('商标质押300万，一年，准时还的').facts.ipPledgeLoans).toEqual([expect.objectContaining({ repaidOnTime: true })]);
  });
});

describe('an award by its own name, a grade alone in focus, whose the award turns out to be', () => {
  it('the art.9 award named by its own words makes plain sales its product’s', () => {
    expect(extractFacts('回到赶超工程那个，产品销售其实是97万', { focus: ['newHighValueInventionPatentsCount'] }).facts).toEqual({ firstInventionPatentProductSalesYuan: 970_000 });
  });

  it('大奖 alone while the provincial award is the topic is its grand prize', () => {
    expect(extractFacts('要是大奖呢', { focus: ['newZhejiangIpAwards'] }).facts.newZhejiangIpAwards).toEqual(['省知识产权奖大奖']);
  });

  it('a reply that the award went to another party makes it someone else’s', () => {
    expect(extractFacts('原来奖是颁给合作方的，专利权人是他们', { focus: ['newChinaPatentAwards'] }).others).toEqual(['newChinaPatentAwards']);
  });
});

describe('the rate’s term, a unit named by another place, a title’s kind told alone', () => {
  it('一年期LPR is the rate’s term, not the loan’s period', () => {
    expect(extractFacts('专利权质押贷款300万元，按上年末一年期LPR 3.1%算').facts.ipPledgeLoans?.[0].interestMonths).toBeUndefined();
  });

  it('a message opening with a unit of another district is that unit’s place', () => {
    expect(extractFacts('东阳的一家研究院向金东区16家企业许可了专利，能奖吗').facts.locatedInJindong).toBe(false);
  });

  it('我们公司自己能拿吗 asks for the applicant itself', () => {
    expect(extractFacts('我们是某联盟的会员单位，联盟在国家局备了案，我们公司自己能拿吗').others).toEqual(['ipAllianceFilingLevel']);
  });

  it('a reply naming only the title’s kind takes the level told before', () => {
    const read = extractFacts('是示范企业', { focus: ['newIpEnterpriseTitles'], previous: '今年新被认定为省级知识产权企业' });
    expect(read.facts.newIpEnterpriseTitles).toEqual(['省级知识产权示范企业']);
  });
});

describe('designations, fees restated, registered places', () => {
  it('a Madrid filing’s designated countries are no single-country registrations, however long the list', () => {
    expect(extractFacts('马德里国际注册指定了美国、日本、韩国、澳大利亚、英国5个国家，注册费2.4万').facts.singleCountryTrademarkCountries).toBeUndefined();
  });

  it('a lone sum after the one regional registration told is its fee, not a Madrid fee', () => {
    const read = extractFacts('更正一下，注册费实际是8,200元', { focus: ['madridTrademarkFeesYuan', 'regionalTrademarkRegistrations'], previous: '在欧盟知识产权局注册了欧盟商标，费用1.2万元' });
    expect(read.facts).toEqual({ regionalTrademarkRegistrations: [{ office: '欧盟', feesYuan: 8200 }] });
  });

  it('漏说了 adds', () => {
    expect(extractFacts('漏说了，越南也是单独注册的', { focus: ['singleCountryTrademarkCountries'] }).additional).toEqual(['singleCountryTrademarkCountries']);
  });

  it('registered elsewhere, with only a rented site in Jindong, is outside Jindong', () => {
    expect(extractFacts('我们公司注册地在兰溪，只是在金东租了个仓库').facts.locatedInJindong).toBe(false);
  });
});

describe('marks registered by others, countries added after an office, one of several pending', () => {
  it('a mark a distributor registered in its own name, or a parent’s mark used under licence, is someone else’s', () => {
    expect(extractFacts('越南的经销商用他们自己公司的名义把我们的商标在越南注册了，我们能申请吗').others).toEqual(['singleCountryTrademarkCountries']);
  });

  it('countries registered one by one, told while another registration abroad is discussed', () => {
    expect(extractFacts('另外在瑞士、挪威单独注册了', { focus: ['regionalTrademarkRegistrations'] }).facts.singleCountryTrademarkCountries).toBe(2);
  });

  it('其实第二件还在受理: one fewer of the count told before', () => {
    expect(extractFacts('其实第二件还在受理，没注册下来', { focus: ['giTrademarksCount'] }).derived.increments).toEqual({ giTrademarksCount: -1 });
  });
});

describe('several loans of one right listed one by one', () => {
  it('一笔X…，一笔Y… after the right named: a loan each', () => {
    const loans = extractFacts('专利权质押贷款两笔：一笔400万一年期，一笔500万一年期，都按期还了').facts.ipPledgeLoans;
    expect(loans?.map((l) => l.loanPrincipalYuan)).toEqual([4_000_000, 5_000_000]);
  });
});

describe('an agency’s grants beside its filings, a pledged part told in English', () => {
  it('代理专利申请N件，授权M件: M is the agency’s grants', () => {
    expect(extractFacts('代理机构在金东运营满一年，代理专利申请90件，授权46件，其中发明11件').facts.agencyPatentGrantsCount).toBe(46);
  });

  it('after the filings broken down by kind, the grants told next are still the agency’s', () => {
    const read = extractFacts('分所开了三年，代理申请了150件，其中发明申请40件，授权的有70件（发明授权9件）').facts;
    expect([read.agencyPatentGrantsCount, read.agencyInventionPatentGrantsCount]).toEqual([70, 9]);
  });

  it('X of it secured by a trademark pledge and Y by a guarantee company: X is the pledged part', () => {
    const loans = extractFacts(glossEnglish('In 2025 we took a RMB 8,000,000 loan, 12 months, repaid on schedule: ¥5,000,000 of it secured by a trademark pledge and ¥3,000,000 by a guarantee company.')).facts.ipPledgeLoans;
    expect(loans).toEqual([expect.objectContaining({ rightType: '商标权', ipPledgedPrincipalYuan: 5_000_000 })]);
  });
});

describe('English: categories of an award, years in a row, a unit opening the message, license receivables', () => {
  it('2nd prize in the trademark category of the Zhejiang IP Award', () => {
    expect(extractFacts(glossEnglish('Our trademark won 2nd prize in the trademark category of the Zhejiang IP Award.')).facts.newZhejiangIpAwards).toEqual(['门类奖二等奖']);
  });

  it('passed the annual assessment for three consecutive years; a 3-year total asks no station count', () => {
    const read = extractFacts(glossEnglish('Our rights protection station passed the annual assessment for three consecutive years.'));
    expect([read.facts.ipRightsStationAssessmentPassed, read.facts.ipRightsStationYearsCount]).toEqual([true, 3]);
    const focus = ['ipRightsStationAssessmentPassed', 'ipRightsStationsPassedCount', 'ipRightsStationYearsCount'] as ProfileKey[];
    expect(extractFacts(glossEnglish('What is the 4-year total?'), { focus }).facts.ipRightsStationsPassedCount).toBeUndefined();
  });

  it('A research institute located in Jindong…: the applicant, and no count of one', () => {
    const read = extractFacts(glossEnglish('A research institute located in Jindong licensed patents to 16 Jindong companies.'));
    expect([read.facts.organizationType, read.facts.patentTransferLicenseeCount]).toEqual(['科研机构', 16]);
  });

  it('patent license receivables are an IP asset; the alliance filed with the Zhejiang provincial IP office', () => {
    expect(extractFacts(glossEnglish('Publicly issued ABS, underlying assets are our patent license receivables, issuance size RMB 50 million.')).facts.ipSecuritizationIssueYuan).toBe(50_000_000);
    expect(extractFacts(glossEnglish('Our alliance was 备案 with the Zhejiang provincial IP office.')).facts.ipAllianceFilingLevel).toBe('省级');
  });
});

describe('the whole year for all loans, an office denied, a unit named first, damages in English', () => {
  it('都是2024年全年 按期还款: the period and the repayment for every loan told', () => {
    const loans = extractFacts('专利质押8000万 商标质押300万 都是2024年全年 按期还款').facts.ipPledgeLoans;
    expect(loans?.map((l) => [l.interestMonths, l.repaidOnTime])).toEqual([[12, true], [12, true]]);
  });

  it('不是走欧盟局 是分别在…单独注册的: single-country marks', () => {
    expect(extractFacts('不是走欧盟局 是分别在日本韩国单独注册的', { focus: ['regionalTrademarkRegistrations'] }).facts.singleCountryTrademarkCountries).toBe(2);
  });

  it('金东的大学 今年…: the unit named first, a space before what it did', () => {
    const read = extractFacts('金东的学院 今年许可给16家金东企业');
    expect([read.facts.organizationType, read.facts.locatedInJindong]).toEqual(['高校', true]);
  });

  it('English: damages awarded without “us”; both repaid', () => {
    expect(extractFacts(glossEnglish('The final judgment awarded RMB 300,000 in damages.')).facts.domesticPatentDamagesYuan).toBe(300_000);
  });
});

describe('more not done yet, a bought patent of another kind, an older title asked about', () => {
  it('还有18件申请了还没授权的，能算进去吗: not granted, so pending (还没授权 is no grant)', () => {
    expect(extractFacts('还有18件申请了还没授权的，能算进去吗', { focus: ['newHighValueInventionPatentsCount'] }).pending).toEqual(['newHighValueInventionPatentsCount']);
  });

  it('要是买的是实用新型呢: the patent bought is no invention patent', () => {
    expect(extractFacts('要是买的是外观设计呢', { focus: ['firstInventionPatentSource'] }).unlisted).toEqual([expect.objectContaining({ field: 'firstInventionPatentSource' })]);
  });

  it('那2021年认定的另一个驰名商标呢: not new this year', () => {
    expect(extractFacts('那我们2020年认定的另一个驰名商标呢', { focus: ['newWellKnownTrademark'] }).facts.newWellKnownTrademark).toBe(false);
  });
});

describe('rough figures restated, sums written out, applications', () => {
  it('注册费8k多 具体8600: the exact figure, not both', () => {
    expect(extractFacts('向欧盟知识产权局注册商标，注册费9k多，具体9300').facts.regionalTrademarkRegistrations).toEqual([{ office: '欧盟', feesYuan: 9300 }]);
  });

  it('20+60+100 is a sum written out, no count', () => {
    expect(extractFacts('三档能加起来吗 20+60+100', { focus: ['newHighValueInventionPatentsCount'] }).facts).toEqual({});
  });

  it('申请量两百件 is applications: the grants after it are the count', () => {
    const read = extractFacts('申请量一百五十件 授权的只有三十件 发明授权八件', { focus: ['agencyPatentGrantsCount', 'agencyInventionPatentGrantsCount'] });
    expect(read.facts).toEqual({ agencyPatentGrantsCount: 30, agencyInventionPatentGrantsCount: 8 });
  });
});

describe('hotline paraphrase and spaced-out statements', () => {
  it('来电人说他们代理所在婺城区设了办事处: the caller’s unit is outside Jindong', () => {
    expect(extractFacts('来电人说他们事务所在兰溪设了办事处，运作两年了').facts.locatedInJindong).toBe(false);
  });

  it('来电人是个人发明人: no unit', () => {
    expect(extractFacts('来电人是个人发明人，专利官司终审赢了，判赔10万').facts.organizationType).toBe('其他');
  });

  it('topic words in several spaced parts before the statement belong to it', () => {
    const read = extractFacts('品牌指导服务站 省级的 不是新建的 去年绩效评价良好 5w有吗');
    expect([read.facts.provincialBrandStationNew, read.facts.provincialBrandStationExcellent]).toEqual([false, false]);
  });
});

describe('cases counted together, things had together in English', () => {
  it('那X的一起呢…两起一共多少: this case besides the one before', () => {
    const read = extractFacts('那韩国的一起呢，也是终审侵权成立，代理费50万，两起一共多少', { focus: ['foreignPatentSuitAgencyFeesYuan'] });
    expect(read.additional).toContain('foreignPatentSuitAgencyFeesYuan');
  });

  it('X and Y in English are both had', () => {
    const read = extractFacts(glossEnglish('We got a green product certification and a Zhejiang Made international mutual recognition certificate.'));
    expect([read.facts.greenProductCertified, read.facts.zhejiangMadeCertified]).toEqual([true, true]);
  });
});

describe('members asking for a share, firms registered elsewhere', () => {
  it.each([
    ['我们是联盟的成员企业，联盟在国家局备案了，成员是不是每家都能拿', 'ipAllianceFilingLevel'],
    ['市场评上省级知识产权保护规范化市场了，我们商户有份吗', 'newIpProtectionMarketLevels'],
  ])('%s: the collective’s award, asked for by a member', (text, field) => {
    expect(extractFacts(text).others).toEqual([field]);
  });

  it('其中N家其实注册在婺城区: those firms are not Jindong’s', () => {
    const read = extractFacts('向金东区20家企业许可了专利，其中3家其实注册在义乌');
    expect(read.facts.patentTransferLicenseeCount).toBe(17);
  });
});

describe('a thing not done yet, asked to be paid now', () => {
  it.each([
    ['地理标志集体商标 已受理 还没核准注册 能拿10万吗', 'giTrademarksCount'],
    ['维权站点考核材料交了，结果还没出，3万先算我们的吧', 'ipRightsStationAssessmentPassed'],
  ])('%s: not met now', (text, field) => {
    expect(extractFacts(text).pending).toEqual([field]);
  });
});

describe('the figure denied, who speaks, when a branch was set up, a fee in yuan after 折', () => {
  it('不是8件 是12件: of two figures told before, the one denied is corrected', () => {
    const focus = ['agencyPatentGrantsCount', 'agencyInventionPatentGrantsCount'] as ProfileKey[];
    const read = extractFacts('不是9件 是11件', { focus, previous: '代理机构在金东运作满一年，代理授权专利70件，其中发明9件' });
    expect(read.facts).toEqual({ agencyInventionPatentGrantsCount: 11 });
  });

  it('我是金东区一所学院的: the applicant is in Jindong', () => {
    expect(extractFacts('我是金东区一所学院的，今年专利许可给区内15家企业').facts.locatedInJindong).toBe(true);
  });

  it('设了办事处 满一年了: the months since it was set up', () => {
    expect(extractFacts('事务所在金东设了办事处 满两年了 代理授权专利60件').facts.agencyOperatingMonths).toBe(24);
  });

  it('代理费折人民币80万: the fee in yuan', () => {
    expect(extractFacts('在韩国起诉侵权 终审胜诉 代理费折人民币60万').facts.foreignPatentSuitAgencyFeesYuan).toBe(600_000);
  });
});

describe('two-digit years, an appeal decided, now-questions, one more thing not counted', () => {
  it('24年用专利质押贷了… is the year 2024, not a span of 24 years', () => {
    const loan = extractFacts('24年用商标质押贷了300w 期限6个月 按期还清').facts.ipPledgeLoans?.[0];
    expect(loan).toMatchObject({ rightType: '商标权', loanPrincipalYuan: 3_000_000, interestMonths: 6 });
  });

  it('对方上诉，二审改判赔30万，现在呢: decided, won, and no what-if', () => {
    const read = extractFacts('对方上诉了，二审改判赔40万，现在呢', { focus: ['domesticPatentSuitWon', 'domesticPatentDamagesYuan'] });
    expect([read.facts.domesticPatentSuitWon, read.facts.domesticPatentDamagesYuan, read.hypothetical]).toEqual([true, 400_000, false]);
  });

  it('再加个产品责任险2w: a premium of insurance not counted adds nothing', () => {
    const read = extractFacts('再加个产品责任险2w呢', { focus: ['ipInsurancePremiumYuan'] });
    expect([read.facts.ipInsurancePremiumYuan, read.derived.increments?.ipInsurancePremiumYuan]).toEqual([undefined, undefined]);
  });

  it('a bare yes or no is read as such', () => {
    expect([bareYesNo('是的'), bareYesNo('没有按时还'), bareYesNo('三百万')]).toEqual([true, false, undefined]);
  });
});

describe('a figure that may be another one’s, asked and confirmed', () => {
  const story = '之前一件发明专利都没有，去年第一件发明授权了，今年卖了260万';

  it('sales not said to be the patent product’s are a candidate, not the fact', () => {
    const read = extractFacts(story);
    expect([read.facts.firstInventionPatentProductSalesYuan, read.candidates?.firstInventionPatentProductSalesYuan]).toEqual([undefined, 2_600_000]);
  });

  it('the product’s sales, said as such, are the fact', () => {
    expect(extractFacts('之前没有发明专利，去年首件发明授权，今年靠它卖了260万').facts.firstInventionPatentProductSalesYuan).toBe(2_600_000);
  });

  it('a yes to the question confirms the candidate; a yes answers nothing else in focus', () => {
    const focus = ['firstInventionPatentProductSalesYuan', 'hadInventionPatentBefore'] as ProfileKey[];
    const yes = extractFacts('是的', { focus, asked: 'firstInventionPatentProductSalesYuan', previous: story });
    expect(yes.facts).toEqual({ firstInventionPatentProductSalesYuan: 2_600_000 });
  });

  it('once under discussion, a restated figure is the figure', () => {
    expect(extractFacts('那要是只卖了90万呢', { focus: ['firstInventionPatentProductSalesYuan'] }).facts.firstInventionPatentProductSalesYuan).toBe(900_000);
  });
});

describe('WeChat shorthand, a document number, a share of sales, English restatements', () => {
  it('正常还的 is repaid; 300w then a space then 12个月', () => {
    const loan = extractFacts('专利质押贷款200w 6个月 正常还的').facts.ipPledgeLoans?.[0];
    expect(loan).toMatchObject({ loanPrincipalYuan: 2_000_000, interestMonths: 6, repaidOnTime: true });
  });

  it('金委科领〔2022〕1号 is a document’s number, no rate or count', () => {
    expect(extractFacts('市里按金委科领〔2022〕1号给过了', { focus: ['lprOneYearPercent', 'ipPledgeLoans'] }).facts).toEqual({});
  });

  it('年销售N，其中专利产品M: the product share', () => {
    expect(extractFacts('年销售2000万，其中专利产品500万').facts.patentProductSalesPercent).toBe(25);
  });

  it('a station’s failed assessment before a space and the money asked', () => {
    expect(extractFacts('维权站点今年考核没通过 3w还有吗').facts.ipRightsStationAssessmentPassed).toBe(false);
  });

  it('English: a correction of the loan’s figures; the LPR of a year’s end; damages awarded; a grade after a dash', () => {
    const corrected = extractFacts(glossEnglish('Correction: the loan was RMB 6 million and the term was 9 months.'), { focus: ['ipPledgeLoans'] });
    expect(corrected.derived.untypedPledgeLoans).toEqual([expect.objectContaining({ loanPrincipalYuan: 6_000_000, interestMonths: 9 })]);
    expect(extractFacts(glossEnglish('The one-year LPR at end-2024 was 3.1%.')).facts.lprOneYearPercent).toBe(3.1);
    expect(extractFacts(glossEnglish('The final judgment awarded us RMB 400k in damages.')).facts.domesticPatentDamagesYuan).toBe(400_000);
    expect(extractFacts(glossEnglish('We won the China Patent Award (Gold) this year.')).facts.newChinaPatentAwards).toEqual(['金奖']);
  });
});

describe('a sum hoped for is no fact', () => {
  it('发了2亿的ABS，能拿300万吗: the issue size is the 2亿, not the sum hoped for', () => {
    expect(extractFacts('公司以专利为基础资产公开发行了2亿的ABS，能拿300万吗').facts.ipSecuritizationIssueYuan).toBe(200_000_000);
  });
});

describe('awards applied for, won years back, or recognised again', () => {
  it('报的是X，最后评了Y: only Y is won; 报了X alone is not won yet', () => {
    expect(extractFacts('中国专利奖我们申报的是金奖，结果评了优秀奖').facts.newChinaPatentAwards).toEqual(['优秀奖']);
    expect(extractFacts('浙江省知识产权奖专利奖我们报了二等奖').facts.newZhejiangIpAwards).toBeUndefined();
  });

  it('a grade dated years back in a list of this year’s is not newly won', () => {
    const read = extractFacts('今年拿了中国专利银奖，另外还有一个中国专利金奖是2019年拿的');
    expect(read.facts.newChinaPatentAwards).toEqual(['银奖']);
  });
});

describe('parts of a count told in the same message', () => {
  it.each([
    ['今年新增高价值发明专利20件，其中5件还在实审', 15],
    ['高价值发明专利新增了16件 不过有3件还没授权', 13],
    ['新增高价值发明专利40件，其中6件是杭州分公司的', 34],
    ['新增高价值发明专利40件，其中金东总部31件，义乌工厂9件', 31],
    ['新增高价值发明专利40件，义乌子公司12件', 28],
  ])('%s → %i', (text, count) => {
    expect(extractFacts(text).facts.newHighValueInventionPatentsCount).toBe(count);
  });
});

describe('the word a yes needs, denied; a count of the thing held; a figure glued to its cue', () => {
  it('浙江制造认证（不是国际互认的）: not the certificate the award pays for', () => {
    expect(extractFacts('有品字标的浙江制造认证，但不是国际互认的').facts.zhejiangMadeCertified).toBe(false);
  });

  it('两张浙江制造国际互认证书 in a question: the certificates are had', () => {
    expect(extractFacts('公司有两张浙江制造国际互认证书 补多少').facts.zhejiangMadeCertified).toBe(true);
  });

  it('one award’s figure, then another’s glued after its cue, spaces for commas', () => {
    expect(extractFacts('新承担了市级专利导航项目1个 还有省级预警分析项目3项').facts.newIpEarlyWarningProjectsCount).toBe(3);
  });

  it('an IP policy, then another insurance’s premium in its own space-separated part: that one is not paid', () => {
    expect(extractFacts('买了知识产权保险 保费6w 还有车险保费5w').facts.ipInsurancePremiumYuan).not.toBe(50_000);
  });
});

describe('spaces typed for commas, sums asked with 一起', () => {
  it('驰名商标 今年认定的 奖多少: the topic before the statement is what it states', () => {
    const read = extractFacts('绿色产品认证 去年底拿到的 补多少');
    expect([read.facts.greenProductCertified, read.hypothetical]).toEqual([true, false]);
  });

  it('两项一起多少 with two awards discussed counts the awards, no reply to a count', () => {
    const read = extractFacts('两项一起多少', { focus: ['selfDevelopedInventionPatentsCount'], awardsDiscussed: 2 });
    expect(read.facts.selfDevelopedInventionPatentsCount).toBeUndefined();
  });
});

describe('one more thing told, then asked about with 呢', () => {
  it('还有一起…，X这起呢: the case told is a fact, not a what-if', () => {
    const read = extractFacts('还有一起在日本的，也是我们起诉，终审侵权成立，代理费50万，日本这起呢', { focus: ['foreignPatentSuitCountry'] });
    expect([read.hypothetical, read.facts.foreignPatentSuitAgencyFeesYuan]).toEqual([false, 500_000]);
  });

  it('另外还接了一个…这个项目呢: a fact too; 那省级的呢 stays a what-if', () => {
    expect(extractFacts('另外还接了一个市级的预警分析项目，那这个项目呢').hypothetical).toBe(false);
    expect(extractFacts('那省级的呢', { focus: ['newPatentNavigationProjectLevels'] }).hypothetical).toBe(true);
  });
});

describe('counts with a word between, a part that did not pass, typed award names', () => {
  it('N个知识产权维权站点都合格: N stations passed', () => {
    expect(extractFacts('区里有两个知识产权维权站点，考核都合格').facts.ipRightsStationsPassedCount).toBe(2);
  });

  it('其中N个没合格 / 其中N件被驳回了: that many fewer of the count told', () => {
    const station = extractFacts('其中一个没通过', { focus: ['ipRightsStationAssessmentPassed', 'ipRightsStationsPassedCount'] });
    expect(station.derived.increments?.ipRightsStationsPassedCount).toBe(-1);
    const patents = extractFacts('当中有2件被驳回了', { focus: ['newHighValueInventionPatentsCount'] });
    expect(patents.derived.increments?.newHighValueInventionPatentsCount).toBe(-2);
  });

  it('将 typed for 奖 after an award’s words, not in 将来', () => {
    expect(extractFacts('拿了中国专利金将').facts.newChinaPatentAwards).toEqual(['金奖']);
    expect(normalizeMessage('专利将来再说')).toBe('专利将来再说');
  });
});

describe('grants after applications, more later in the same year', () => {
  it('申请了N件…授权了M件: M is the count of new grants', () => {
    expect(extractFacts('今年高价值发明专利申请了28件，目前授权了11件').facts.newHighValueInventionPatentsCount).toBe(11);
  });

  it('下半年又授权了N件: an addition to the count told before; 今年又新增N件 alone is that count', () => {
    const later = extractFacts('年底又授权了9件高价值发明专利', { focus: ['newHighValueInventionPatentsCount'] });
    expect([later.facts.newHighValueInventionPatentsCount, later.derived.additions?.newHighValueInventionPatentsCount]).toEqual([undefined, 9]);
    expect(extractFacts('今年又新增了高价值发明专利12件').facts.newHighValueInventionPatentsCount).toBe(12);
  });
});

describe('several of a thing listed one figure after another', () => {
  it('保费分别A、B、C: the premiums of the policies listed add up', () => {
    expect(extractFacts('买了三份知识产权保险，保费分别是2万、3万和4万').facts.ipInsurancePremiumYuan).toBe(90_000);
  });

  it('N笔 after one right, then N principals each with its period: N loans', () => {
    const loans = extractFacts('去年两笔商标权质押贷款，500万贷了12个月，300万贷了3个月，都按时还了').facts.ipPledgeLoans;
    expect(loans?.map((l) => [l.rightType, l.loanPrincipalYuan, l.interestMonths, l.repaidOnTime])).toEqual([
      ['商标权', 5_000_000, 12, true],
      ['商标权', 3_000_000, 3, true],
    ]);
  });

  it('a count of loans with a different number of figures is not split by guess', () => {
    const loans = extractFacts('两笔专利质押贷款，合计900万，一年期，按期还了').facts.ipPledgeLoans;
    expect(loans?.map((l) => l.loanPrincipalYuan)).toEqual([9_000_000]);
  });
});

describe('a pledged right with other collateral, adverbs before the pledge', () => {
  it('商标权另外单独质押了一笔: a trademark loan told as another one', () => {
    const read = extractFacts('商标专用权另外单独质押了一笔300万，半年期，按时还了', { focus: ['ipPledgeLoans'] });
    expect([read.facts.ipPledgeLoans?.[0]?.rightType, read.facts.ipPledgeLoans?.[0]?.interestMonths, read.additional]).toEqual(['商标权', 6, ['ipPledgeLoans']]);
  });

  it('专利权和厂房一起抵押, the right valued at a part: a patent loan, the part pledged', () => {
    const loan = extractFacts('专利权连同设备一起抵押借了900万，专利权评估作价250万，一年期按期还了').facts.ipPledgeLoans?.[0];
    expect(loan).toMatchObject({ rightType: '专利权', loanPrincipalYuan: 9_000_000, ipPledgedPrincipalYuan: 2_500_000 });
  });

  it('the valuation of the right is no assessment of a station', () => {
    expect(extractFacts('专利权评估作价只占300万', { focus: ['ipPledgeLoans'] }).mentions).not.toContain('ipRightsStationAssessmentPassed');
  });
});

describe('a second right pledged too, a pending title told with 不过', () => {
  it('商标专用权也质押了一笔: a loan of that right, not the one known restated; 这笔呢 is no what-if', () => {
    const read = extractFacts('商标专用权也质押了一笔800万，期限6个月，也还清了，这笔呢', { focus: ['ipPledgeLoans'] });
    expect([read.facts.ipPledgeLoans?.[0]?.rightType, read.hypothetical, read.additional]).toEqual(['商标权', false, ['ipPledgeLoans']]);
  });

  it('不过…还在公示期 takes the title under discussion back: not met yet', () => {
    expect(extractFacts('不过省级示范那个还在公示期', { focus: ['newIpEnterpriseTitles'] }).pending).toEqual(['newIpEnterpriseTitles']);
  });
});

describe('single-country registrations told without 商标, Madrid designations of an office', () => {
  it('the countries named in the clause after a single-country registration count', () => {
    expect(extractFacts('商标在单一国家注册了，越南和泰国两个').facts.singleCountryTrademarkCountries).toBe(2);
  });

  it('单一国家注册 names the award; countries submitted and registered in the next clause count', () => {
    expect(extractFacts('单一国家注册 日本 韩国 能补多少').facts.singleCountryTrademarkCountries).toBe(2);
    expect(extractFacts('我们分别向越南、泰国的商标主管机关直接提交申请，都已获准注册').facts.singleCountryTrademarkCountries).toBe(2);
  });

  it('a Madrid filing designating the EU is a Madrid fee, not an EU filing', () => {
    expect(extractFacts('马德里申请指定了欧盟和英国，注册费一共2.5万元').facts).toEqual({ madridTrademarkFeesYuan: 25_000 });
  });
});
