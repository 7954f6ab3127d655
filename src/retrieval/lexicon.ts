/**
 * The clause search's general words: the policy's frame (有效期, 叠加, 奖补 …) and its non-award sections
 * (目标, 组织保障). The words of each award live beside its rule (src/rules/items/art-NN.lexicon.ts) and
 * reach the search through the DomainVocabulary port.
 */

/** Words jieba must keep whole (its general dictionary splits them). */
export const DOMAIN_WORDS: string[] = [
  '知识产权', '外观设计专利', '实用新型', '亩均效益', '就高不就低', '亩均', '征求意见稿', '有效期', '领导小组', '经费投入',
];

/**
 * Equivalence groups: every word of a group is indexed and queried as its first word,
 * so a colloquial word finds the clause's formal one (and vice versa).
 */
export const SYNONYM_GROUPS: string[][] = [
  ['奖补', '钱', '补贴', '奖励', '资助', '补助', '奖金', '扶持', '补', '奖', '补多少', '奖多少', '奖励金'],
  ['销售收入', '销售额', '营收', '营业收入', '收入', '产值', '卖了', '销售'],
  ['有效期', '多久', '几年', '期限'],
  ['叠加', '同时享受', '重复享受', '兼得', '一起拿', '都拿', '叠加享受', '重复拿', '同时拿'],
];

/**
 * One-way expansions: when a query contains the key, the listed terms are added to it.
 * Keys are plain substrings of the question, so they work whatever jieba does with them.
 */
export const QUERY_EXPANSIONS: Record<string, string[]> = {
  '什么时候': ['实施', '有效期'],
  '生效': ['实施', '有效期'],
  '过期': ['有效期'],
  '目标': ['总体目标'],
  '2025': ['总体目标', '到2025年'],
  '25年': ['总体目标', '到2025年'],
  '目的': ['深入贯彻', '特制订本意见'],
  '为啥出': ['深入贯彻', '特制订本意见'],
  '全称': ['政策意见', '征求意见稿'],
  '举报': ['举报投诉', '答复办理率'],
  '谁负责': ['领导小组', '组织领导'],
  '牵头': ['领导小组', '组织领导'],
  '钱从哪': ['经费投入', '资金保障'],
  '资金保障': ['经费投入'],
  '宣传': ['营造良好氛围', '知识产权文化'],
  '氛围': ['营造良好氛围'],
  '标题': ['政策意见', '征求意见稿'],
  '文件名': ['政策意见', '征求意见稿'],
  '草稿': ['征求意见稿'],
  '正式': ['征求意见稿'],
};

/** Function words and question words that carry no retrieval signal. */
export const STOPWORDS = new Set<string>([
  '的', '了', '吗', '呢', '啊', '吧', '呀', '么', '嘛', '哦', '是', '有', '在', '和', '与', '及', '或', '就', '都',
  '也', '还', '又', '把', '被', '给', '对', '向', '从', '到', '这', '那', '这个', '那个', '哪', '哪个', '哪些',
  '我', '我们', '我司', '咱们', '你', '你们', '您', '他们', '它', '请问', '一下', '怎么', '怎样', '如何', '什么',
  '多少', '几', '能', '能够', '可以', '可', '会', '要', '想', '需要', '应该', '是否', '有没有', '没有', '不', '吗？',
  '个', '件', '家', '年', '元', '万', '万元', '今年', '去年', '现在', '如果', '那么', '然后', '因为', '所以',
  '一个', '一些', '之', '其', '等', '该', '并', '且', '但', '而', '已', '已经', '拿', '申请', '申报', '政策',
]);
