/**
 * Misspellings users make (pinyin input picks the wrong character) and short names of the policy's things
 * (知产, 国优企业), each mapped to the full word by the shared normaliser (src/chat/nlu/fact-text.ts) before
 * any reader runs: one place for every word's typos and short names, so neither the fact cues nor the
 * topic words list them.
 */
export const TYPOS: readonly (readonly [RegExp, string])[] = [
  [/质[压抻]/g, '质押'],
  [/帖息|贴[西溪悉]/g, '贴息'],
  // 中国专利将银将: 将 for 奖 after an award's words (not 将来, 将要).
  [/(?<=专利|[金银]|优秀|大|门类|商标|一等|二等|三等)将(?![来要近会])/g, '奖'],
  [/基[低底抵](?!线)/g, '基地'],
  [/(?<=专利奖|中国专利)[游有优][秀绣]奖|游秀奖/g, '优秀奖'],
  [/维权[战栈]点/g, '维权站点'],
  [/预[井景](?=分析|项目)/g, '预警'],
  [/品牌知道/g, '品牌指导'],
  [/专利密级/g, '专利密集'],
  [/[惯灌]标|贯彪/g, '贯标'],
  [/[秘蜜]集型/g, '密集型'],
  [/[弛池]名|驰[明铭]/g, '驰名'],
  [/注测/g, '注册'],
  [/地里标志|地理标识/g, '地理标志'],
  [/地标商标/g, '地理标志商标'],
  [/高价[植直置]/g, '高价值'],
  [/专[力理]/g, '专利'],
  [/商表/g, '商标'],
  [/优[事式]企业/g, '优势企业'],
  [/(?<=规范化)事场|交易事场/g, '市场'],
  [/事物所/g, '事务所'],
  [/办[室是]处/g, '办事处'],
  [/运做/g, '运作'],
  // A verb split by 了 (备了案): the words readers know.
  [/备了案/g, '备案了'],
  [/知识产[全拳]/g, '知识产权'],
  [/代里/g, '代理'],
  [/马得里|马德理/g, '马德里'],
  [/证卷化|正券化/g, '证券化'],
  [/判陪/g, '判赔'],
  [/维权战/g, '维权站'],
  [/浙江智造/g, '浙江制造'],
  [/互任/g, '互认'],
  [/认正/g, '认证'],
  [/培训律/g, '培训率'],
  [/销量额/g, '销售额'],
  [/考合|烤核/g, '考核'],
  [/备按/g, '备案'],
  [/知产/g, '知识产权'],
  // The titles of art.3 as the trade shortens them: 国优 / 国示 / 省示范 企业.
  [/国优(?=企业)/g, '国家知识产权优势'],
  [/国示(?:范)?(?=企业)/g, '国家知识产权示范'],
  [/商业(?:密秘|秘蜜|蜜秘|密蜜|蜜密|秘秘)|商[密秘](?=站|保护|示范)/g, '商业秘密'],
  // The standard's number stands for the standard itself: GB/T 29490-2013 is 企业知识产权管理规范.
  [/GB\s*\/?\s*T\s*29490(?:\s*[-—]\s*20\d\d)?|29490(?:\s*[-—]\s*20\d\d)?/gi, '知识产权管理规范'],
];

