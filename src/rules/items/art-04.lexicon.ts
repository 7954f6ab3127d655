import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.4's awards: what says a message is about each. */
export const ART4_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'ip-pledge-loan-interest',
    numbers: [
      { field: 'lprOneYearPercent', kind: 'rate', caseless: true, words: '(?:上年末)?(?:的)?(?:一年期)?(?:贷款市场报价利率|LPR)(?:利率)?(?:是|为|按|按照|取)?' },
      { field: 'sink', kind: 'rate', words: '(?:年|贷款|实际|执行)?利率(?:是|为)?|年化|上浮|下浮' },
      { field: 'pledgeLoanSubsidyYear', kind: 'year', dir: 'backward', silent: true, words: '度?(?:的)?(?:贷款)?(?:利息|贴息)' },
      { field: 'pledgeLoanSubsidyYear', kind: 'year', dir: 'forward', silent: true, words: '(?:贴息|利息(?:所属)?)(?:的)?年度(?:是|为)?' },
      // 2024年度：专利权质押…, 按2024年度申请贴息: in a message about pledge loans a 年度 is the subsidy year.
      { field: 'pledgeLoanSubsidyYear', kind: 'year', dir: 'backward', silent: true, only: ['loan'], words: '(?<=年)度(?!以前|之前)' },
    ],
    topic: ['质押', '抵押', '贴息', '贷款利息', 'LPR', 'lpr', '银行贷款'],
    retrieval: { terms: ['质押贷款', '质押融资', '贴息补助', '商标权', '专利权', '商标专用权'], synonyms: [['贴息', '利息补贴', '利息', '贴息补助', '息'], ['质押', '抵押', '押', '质押融资', '抵押贷款', '质押贷款']], expansions: { '贷款': ['质押贷款'], '利息': ['贴息', '质押贷款'], lpr: ['贴息', '质押贷款'] } },
    english: [
      ['(?:loan|pledge) (?:secured|backed) by (?:our )?patents?', '专利权质押贷款'],
      // ¥6,000,000 of it secured by a trademark pledge and ¥3,000,000 by a guarantee company: the pledged part.
      ['([0-9.]+万?元) of (?:it|which|the loan) (?:is |was )?(?:secured|backed) by (?:a |the |our )?trademark (?:right )?pledge', '，其中商标权质押部分为$1，'],
      ['([0-9.]+万?元) of (?:it|which|the loan) (?:is |was )?(?:secured|backed) by (?:a |the |our )?patent (?:right )?pledge', '，其中专利权质押部分为$1，'],
      ['(?:and )?([0-9.]+万?元) (?:by|through|via) (?:a |the )?(?:guarantee|guarantor|mortgage|collateral)(?: company)?', '另有保证担保$1'],
      // Amounts are already in Chinese order here (RMB 35 million → 3500万元).
      ['borrowed ([0-9.]+万?元) (?:against|on|secured by) (?:our )?patents?', '专利权质押贷款$1'],
      ['borrowed ([0-9.]+万?元) (?:against|on|secured by) (?:our )?trademarks?', '商标权质押贷款$1'],
      ['(?:repaid|paid back) on schedule', '按期还款'],
      ['(?:loan|pledge) (?:secured|backed) by (?:our )?trademarks?', '商标权质押贷款'],
      ['interest rate', '利率'],
      // The 1-year LPR at end-2023 was 3.45%: the rate of that year's end, said before the figure.
      ['(?:the )?(?:1|one)[- ]year lpr (?:at|as of|for) (?:the )?end[- ](?:of )?\\d{4} (?:was|is|of)', '一年期LPR是'],
      ['(?:the )?(?:1|one)[- ]year lpr', '一年期LPR'],
      ['patent (?:right )?pledge(?:d)?(?: loans?)?', '专利权质押贷款'],
      ['trademark (?:right )?pledge(?:d)?(?: loans?)?', '商标权质押贷款'],
      ['(?:ip|patent)[- ](?:backed |pledge )loans?', '专利权质押贷款'],
      ['pledge(?:d)? loans?', '质押贷款'],
      ['one[- ]year (?:term|loan)|1[- ]year (?:term|loan)', '一年期'],
      ['(?:repaid|paid back|paid off|repaid in full) on time|no overdue', '按期还款'],
      ['overdue|late repayment', '逾期'],
      ['interest subsid(?:y|ies)', '贴息'],
      ['year[- ]end', '年末'],
      ['interest paid', '支付的利息'],
      // the loan was RMB 8 million, and the term was 6 months: a loan's figures restated.
      ['\\bthe loan(?: amount)?\\b', '贷款'],
      ['\\b(?:the )?(?:loan )?(?:term|tenor)\\b', '期限'],
    ],
    // Loans secured by other things are not IP pledge loans; with an IP pledge beside them the IP part counts.
    lookAlikes: [{ words: '(?:厂房|房产|房屋|土地|设备|应收账款|存货|股权|仓单)(?:抵押|质押)', field: 'ipPledgeLoans', what: '以厂房、房产、应收账款等非知识产权抵（质）押的贷款' }],
  },
  {
    ruleId: 'ip-insurance',
    // 侵权责任险, 执行险: the short names of the same insurance.
    numbers: [
      {
        field: 'ipInsurancePremiumYuan',
        kind: 'yuan',
        deniedIsZero: true,
        // 专利执行险保费6万、侵权损失险保费9万: the year's premiums of policies named apart add up.
        sums: true,
        words:
          '(?:知识产权|专利|商标)?(?:执行|侵权|被侵权|海外侵权|综合)?(?:责任|损失)?(?:保险|(?<=执行|侵权|责任|损失|专利|知识产权)险)(?:的)?(?:保费|保险费|费用)?(?:花了|交了|缴了|是|为)?|保费|保险费',
      },
    ],
    topic: ['保险', '保费', '投保', '侵权险'],
    retrieval: { terms: ['知识产权保险', '年度保费'], synonyms: [['保险', '保费', '投保', '年度保费', '险']] },
    english: [
      ['(?:patent|ip|intellectual property) (?:infringement )?(?:liability )?insurance(?: policy)?', '知识产权保险'],
      ['property insurance|fire insurance|liability insurance|vehicle insurance|car insurance', '财产险'],
      ['(?:ip|intellectual property|patent) insurance', '知识产权保险'],
      ['insurance premiums?', '保险保费'],
      ['premiums?', '保费'],
    ],
    // 企业财产险, 车险, 社保: insurance, but not of intellectual property (专利执行险, 侵权责任险 are).
    lookAlikes: [
      {
        // Unless an IP insurance is told too (a question 能按知识产权保险补吗 tells none): 财产一切险 is still 财产险.
        words:
          '^(?![^]*(?:(?<!按|按照|当作|当成|算)(?:知识产权|专利|商标)[^，。；、和及与]{0,8}?险|(?:侵权|执行)(?:责任)?险))[^]*(?:财产|车|人身|意外|健康|寿|养老|医疗|工伤|货运|货物|雇主|安全生产|产品|公众|环境|污染|运输|工程|信用|董监高|职业)[^，。；、和及与]{0,4}?(?:责任)?(?:保)?险|社保',
        field: 'ipInsurancePremiumYuan',
        what: '非知识产权类保险',
        replaces: true,
        when: '险|保费|社保',
      },
    ],
  },
  {
    ruleId: 'ip-securitization',
    // Public issues only: a private placement (私募, 非公开, 定向发行) takes its figures away.
    numbers: [
      {
        field: 'ipSecuritizationIssueYuan',
        kind: 'yuan',
        deniedIsZero: true,
        caseless: true,
        not: ['privateIssue'],
        words:
          '(?:的)?(?:知识产权|专利)?(?:ABS|资产证券化(?:产品)?|证券化(?:产品)?)(?:的)?(?:发行规模|规模|金额)?(?:是|为|达到?了?)?|(?<!非)公开发行(?:了)?(?:的)?(?:规模|金额|总额)?(?:是|为|达到?了?)?|发行(?:规模|总额|金额|额)(?:是|为|达到?了?)?',
      },
      { field: 'ipSecuritizationIssueYuan', kind: 'yuan', only: ['securitization'], not: ['privateIssue'], words: '(?:发行)?(?:规模|总额)(?:是|为|有|达到?了?)?' },
      {
        field: 'sink',
        kind: 'yuan',
        caseless: true,
        only: ['privateIssue'],
        words: '(?:的)?(?:知识产权|专利)?(?:ABS|资产证券化(?:产品)?|证券化(?:产品)?)(?:的)?(?:发行规模|规模|金额)?|(?:私募|非公开|定向)(?:发行)?(?:的)?(?:规模|金额)?|(?:发行)?规模',
      },
    ],
    topic: ['证券化', 'ABS', 'abs'],
    retrieval: { terms: ['资产证券化'], synonyms: [['资产证券化', '证券化', 'abs', '发债', '发行']] },
    english: [
      ['asset[- ]backed securit(?:y|ies)|\\babs\\b', 'ABS'],
      ['securiti[sz]ation', '证券化'],
      ['public(?:ly)? (?:issued|issue|offering|offered)', '公开发行'],
      ['private(?:ly)? (?:placed|placement|issued|issue)|non[- ]public', '非公开定向发行'],
      ['issu(?:e|ance) size|issued amount|size of the issue', '发行规模'],
      ['underlying assets? (?:are|is|were)', '基础资产为'],
      ['(?:patent )?licen[cs]e fees', '专利许可费'],
      // patent license receivables: the license fees, an IP-based asset.
      ['(?:patent )?licen[cs]e (?:fee )?receivables', '专利许可费收益权'],
      ['accounts receivable|receivables', '应收账款'],
    ],
    // Securities backed by other assets, or not issued publicly, are not what art.4.3 pays.
    lookAlikes: [
      { words: '应收账款|租赁(?:债权|资产)|信贷资产|供应链(?:金融)?|不动产|收费权|房地产', field: 'ipSecuritizationIssueYuan', what: '以非知识产权资产为基础资产的证券化产品', replaces: true },
      { words: '非公开(?:定向)?发行|私募|定向发行', field: 'ipSecuritizationIssueYuan', what: '非公开发行的证券化产品', replaces: true },
      // One of several originators in a pooled issue: the text pays the issuing enterprise on the whole issue size.
      { words: '入池', field: 'ipSecuritizationIssueYuan', what: '多家企业入池发行时单个入池企业的份额（原文按发行企业和发行规模计，未规定入池企业如何计算）', replaces: true, sentence: true },
    ],
  },
];
