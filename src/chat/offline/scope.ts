import { APPLICANT_WORD_SOURCE } from '../../rules/lexicon/applicant-kinds';
import { RULE_LEXICONS } from '../../rules/lexicon/rule-lexicons';
/**
 * Deterministic reading of what kind of message this is, before any policy content is looked at.
 * Data tables, so that the hotline team can extend them without touching the engine.
 */

export const GREETING = /^(你好|您好|hi|hello|在吗|在不在|喂|哈喽|嗨|早上好|下午好|晚上好|谢谢|多谢|感谢|好的|ok|嗯)[!！。.~～,，？?\s]*$/i;

export const HELP = /(你|您)(能|可以|会)(做|干|帮|回答)(什么|啥|哪些)|有什么功能|怎么用你|使用说明/;

/** Attempts to change the assistant's instructions or role. They change nothing; the turn is answered as usual. */
export const INJECTION = new RegExp(
  [
    '忽略(之前|以上|上面|前面|所有)?的?(指令|指示|规则|设定|提示)',
    '无视(之前|以上|所有)',
    '(系统|system)\\s*(提示|prompt|消息|message)',
    '你现在(是|扮演|作为)',
    '扮演',
    '角色扮演',
    '开发者模式',
    'developer mode',
    'ignore (all |the )?(previous|above|prior)',
    'ignore (all )?(your|the|these) (rules|instructions|guidelines)',
    'from now on',
    'disregard (all |the )?(previous|above|prior)',
    'you are now',
    'jailbreak',
    '\\[system\\]',
    '<\\|?(system|im_start)',
    '政策(已经)?(改|修改|调整|更新)了',
    '(已经|已)(改|调|提高|提|涨)(成|到|为)',
    '(领导|上级|局长|主任)(说|讲|同意|批准)',
    // 你刚才算错了，应该是20万 / 文件里写的是100万: a figure claimed against the computation.
    '(你|刚才|上面)[^，。]{0,4}算错了',
    '(文件|原文|政策)(里|上)?(写|规定)的?是[0-9一二两三四五六七八九十百]+万',
    '(我记得|你按)[^，。]{0,6}[0-9一二两三四五六七八九十百]+万(?:给我算|算|吧)?',
  ].join('|'),
  'i',
);

/** Subjects outside this policy: answered in one sentence, never from its clauses. */
export const OUT_OF_SCOPE_TOPICS: { topic: string; pattern: RegExp }[] = [
  { topic: '高新技术企业认定', pattern: /高新技术企业|高企(认定|申报)?|科技型中小企业/ },
  { topic: '税收优惠', pattern: /加计扣除|税收|减税|退税|所得税|增值税|个税|税率/ },
  { topic: '社保、公积金与用工', pattern: /社保|公积金|养老保险|医保|工伤|劳动合同|招聘|工资/ },
  { topic: '人才政策', pattern: /人才(引进|补贴|公寓)|落户(政策|条件)|购房补贴|安家(补贴|费)|生活补贴|租房补贴|博士后|(博士|硕士|研究生|毕业生)[^，。]{0,8}(补贴|安家|落户)/ },
  { topic: '工商与资质办理', pattern: /营业执照|工商注册|注销公司|变更法人|资质证书|许可证办理/ },
  { topic: '专利申请与审查实务', pattern: /怎么(写|撰写)(专利|权利要求)|权利要求书|(写|撰写|起草).{0,8}(专利申请|交底书|说明书)|专利(申请)?(流程|费用|年费|审查周期)|答复审查意见/ },
  { topic: '其他地区的政策', pattern: /(杭州|宁波|温州|绍兴|嘉兴|湖州|台州|丽水|衢州|舟山|义乌|婺城|兰溪|东阳|永康|武义|浦江|磐安|滨江|余杭|上海|北京|深圳|苏州|广州)[^，。,]{0,8}(的)?(专利|知识产权)?(资助|奖补|补贴|奖励)?政策/ },
  { topic: '', pattern: /天气|写.{0,12}诗|作(一)?首诗|诗歌|讲(个)?笑话|唱歌|股票|彩票|算命|星座|菜谱|翻译(一下)?|写(代码|程序)|python|javascript|java\b|sql\b|编程/i },
];

/** Questions the policy itself does not answer: say so and point to the department, never guess. */
export const POLICY_SILENT_TOPICS: { topic: string; pattern: RegExp; say: string; clauseIds: string[] }[] = [
  {
    topic: '高价值发明专利的认定标准',
    // 高价值专利奖励怎么算 / 奖励标准: how the award is computed, which the policy does say.
    pattern: /高价值(?:(?!奖|补|资助|钱|多少)[^，。？?]){0,12}(定义|标准|认定|界定|怎么算|如何算|算不算|什么意思|指什么|是什么|哪些|口径)|(什么|哪些|哪种|哪类|哪样|怎样|怎么|如何).{0,6}(算|是|认定|界定|定义).{0,4}高价值/,
    say: '本政策没有规定“高价值发明专利”的认定标准或口径',
    clauseIds: ['art.2'],
  },
  {
    topic: '申报部门、渠道与材料',
    pattern: /(去哪|到哪|哪里|哪个部门|什么部门|找谁|向谁|哪个单位|在哪).{0,8}(申报|申请|办理|提交|受理|领|兑现)|申报(材料|流程|入口|系统|网址|表格)|受理(部门|窗口)|(准备|提交|带|交)(哪些|什么)材料|(哪个|什么)窗口|怎么(申报|申请|办理)/,
    say: '本政策没有规定受理部门、申报渠道和申报材料',
    clauseIds: [],
  },
  {
    topic: '申报时间与资金拨付时间',
    pattern: /(截止|什么时候|何时|几月|哪天|多久).{0,8}(申报|申请|截止|兑现|到账|发放|拨付|打款|受理|开放|开始接受)|申报(时间|期限|截止)|(钱|资金|奖金|补助)(什么时候|多久|何时)到账/,
    say: '本政策没有规定申报时间、截止日期或资金拨付时间',
    clauseIds: [],
  },
  {
    topic: '实施日期',
    // 正式文件出了没有, 能按这个算吗: whether the draft has been issued, which the draft cannot say.
    pattern: /(哪年|哪月|哪天|具体(日期|时间)|什么时候|何时)(开始)?(实施|施行|生效|执行)|实施(日期|时间)|(还|是否|是不是|现在)(还)?(有效|作数|管用)|(过期|失效)了?(吗|没)|有效期(到|至|是)|(到|至)(哪年|什么时候|何时)(截[至止]|结束|为止|有效)|哪年(截[至止]|结束|到期)|正式(文件|文本|版本?|稿|政策)[^。？?]{0,4}(出|发|印发|发布|出台|下来)|(印发|发布|出台)了?(吗|没)|能按(这个|这份|草稿|征求意见稿)[^。？?]{0,4}(算|执行|申报)/,
    say: '本政策（征求意见稿）的实施日期尚未确定，原文写作“本意见自2023年 月 日起实施，有效期3年”，何时实施、现在是否有效，以正式印发的文件为准',
    clauseIds: ['final.validity'],
  },
  {
    topic: '亩均效益差别化的具体比例',
    pattern: /亩均.{0,24}(几折|多少|比例|怎么(算|打折|调整)|差多少|系数)|打几折/,
    say: '本政策只规定奖补“按金东区亩均效益综合评价结果运用有关政策执行差别化配置”，没有规定各评价等级对应的具体调整比例',
    clauseIds: ['final.stacking'],
  },
  {
    topic: '考核、评价或认定的具体标准',
    pattern: /(考核|评价|评审|认定|评定|评选|评比)[^，。？?]{0,4}(标准|指标|办法|细则|条件是什么)|考(哪些|什么)(指标|内容)|(谁|哪个部门|哪个单位)(来|负责)?(考核|评价|评审|认定|评定)|(由|是)(谁|哪个部门)(来)?(考核|评价|评审|认定|评定)|(怎么|如何|怎样)(才能)?(评上|评得上|被认定|认定上|选上)/,
    say: '本政策没有规定相关考核、评价或认定的具体标准、指标和由哪个部门组织实施',
    clauseIds: [],
  },
  {
    topic: '注册地与经营地不一致时的属地',
    pattern: /注册(?:在|地(?:在|是)?)[^，。？?]{1,12}[，,][^。？?]{0,12}(?:工厂|厂区|厂房|生产|经营|办公|实际经营)(?:地)?(?:在|是)|(?:工厂|生产|经营|办公)(?:地)?(?:在|是)[^，。？?]{1,12}[，,][^。？?]{0,12}注册(?:在|地)/,
    say: '本政策没有规定注册地与生产经营地不在同一区域时如何认定属地（原文只写“金东区内”的单位）',
    clauseIds: [],
  },
  {
    topic: '概念的界定',
    pattern: /(受让|购买|买来|转让|收购)(过来|来)?的.{0,12}(算不算|能不能算|算吗|是否算)|什么(样的|才)算|怎么界定/,
    say: '本政策没有对这一概念作进一步界定',
    clauseIds: [],
  },
  {
    topic: '奖补资金的拨付对象',
    pattern: new RegExp(`(奖补|资金|奖金|补助|补贴|奖励|钱|万)[^。？?]{0,10}(给|发给|拨给|归)(谁|哪个单位)|是给.{0,12}(${APPLICANT_WORD_SOURCE}|单位|机构|个人).{0,6}还是|(打|发|拨|转)到.{0,12}(账户|账号|卡).{0,4}还是`),
    say: '本政策没有规定该项奖补资金具体拨付给哪一主体',
    clauseIds: [],
  },
  {
    topic: '贷款市场报价利率（LPR）的数值',
    pattern: /LPR(?:是|为)?(?:多少|几)|LPR[^。？?]{0,6}(去哪|哪里|怎么|在哪)(?:儿|里)?(?:查|看|找)|(?:去哪|哪里|怎么)(?:查|看)[^。？?]{0,8}LPR/i,
    say: '本政策只写明贴息“不高于上年末一年期贷款LPR利率80%”，没有写出LPR的具体数值或查询方式；LPR以中国人民银行授权全国银行间同业拆借中心公布的为准',
    clauseIds: ['art.4.1'],
  },
];

export const DEPARTMENT_HINT = '建议咨询金东区市场监督管理局（知识产权主管部门），以其正式通知为准';

/** Words that show a message is about this policy at all: general ones, and every award's topic words (its lexicon). */
export const DOMAIN_CUE = new RegExp(
  [
    '专利|商标|知识产权|版权|著作权|地理标志|地标|驰名|马德里|贯标|质押|贴息|证券化|联盟|导航|预警|维权|侵权|商业秘密|奖补|补贴|补助|资助|奖励|政策|意见|征求意见|有效期|叠加|亩均|绿色产品|浙江制造|品字标|示范企业|优势企业',
    ...RULE_LEXICONS.flatMap((l) => l.topic),
  ].join('|'),
);

export function outOfScopeTopic(text: string): string | undefined {
  return OUT_OF_SCOPE_TOPICS.find((t) => t.pattern.test(text))?.topic;
}

export function policySilentTopic(text: string) {
  return POLICY_SILENT_TOPICS.find((t) => t.pattern.test(text));
}
