import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseInput } from '../../common/zod-input';

const MENU_KEY = /^[A-Za-z0-9_-]{1,64}$/;

/** A menu CLICK answers with fixed text, or asks the assistant a question on the follower's behalf. */
const menuItemSchema = z.union(
  [
    z.object({ answer: z.string().trim().min(1).max(600).describe('固定答复（纯文本，不超过 600 字）') }).strict(),
    z.object({ prompt: z.string().trim().min(1).max(500).describe('代用户向助手提出的问题') }).strict(),
  ],
  { error: '每个菜单项应为 {"answer": "固定答复（1–600 字）"} 或 {"prompt": "代用户提出的问题（1–500 字）"} 之一' },
);

export const wechatMenuSchema = z
  .object({
    welcome: z.string().trim().min(1).max(600).optional().describe('关注后的欢迎语'),
    items: z.record(z.string(), menuItemSchema).describe('菜单 key → 答复'),
  })
  .strict()
  .superRefine((menu, ctx) => {
    // Checked here rather than in z.record, whose key errors carry no message of ours.
    for (const key of Object.keys(menu.items)) {
      if (!MENU_KEY.test(key)) {
        ctx.addIssue({ code: 'custom', path: ['items', key], message: '菜单 key 只能含字母、数字、_ 和 -，最长 64 字符（须与公众号后台的菜单 key 一致）' });
      }
    }
  });

export type WeChatMenuItem = z.output<typeof menuItemSchema>;
export type WeChatMenu = { welcome: string; items: Record<string, WeChatMenuItem> };

export const EXAMPLE_QUESTIONS = [
  '今年新增高价值发明专利35件，能奖励多少？',
  '专利权质押贷款的贴息怎么算？',
  '获得国家级驰名商标有什么奖励？',
  '这个政策的有效期是多久？',
];

const WELCOME = [
  '感谢关注！我是金东区知识产权政策咨询助手，按《金东区知识产权高质量发展政策意见（征求意见稿）》原文答复，并按条款测算奖补金额。',
  '直接发文字提问即可，例如：',
  ...EXAMPLE_QUESTIONS.map((q) => `· ${q}`),
  '提示：本政策为征求意见稿，答复仅供参考，以正式印发的文件和主管部门解释为准。',
].join('\n');

/**
 * The menu built into the service; keys match the CLICK buttons configured in the Official Account
 * backend (菜单 → 点击事件). No award amount is written here: questions about money go to the assistant,
 * whose figures come from the rules module.
 */
export const DEFAULT_MENU: WeChatMenu = {
  welcome: WELCOME,
  items: {
    POLICY_OVERVIEW: { prompt: '这个政策主要支持哪些方面？' },
    POLICY_VALIDITY: { prompt: '这个政策的有效期是多久？' },
    CALC_HELP: {
      answer: [
        '测算奖补时，请把情况一次说清楚，例如：',
        '· 今年新增高价值发明专利35件，能奖励多少？',
        '· 我们有一笔专利权质押贷款，本金500万元，利息20万元，按期还清了，能贴息多少？',
        '金额由规则按条款原文计算，并附条款依据。',
      ].join('\n'),
    },
    ASK_HOWTO: { answer: ['直接发送文字问题即可，我会引用政策原文回答。例如：', ...EXAMPLE_QUESTIONS.map((q) => `· ${q}`)].join('\n') },
  },
};

/** The built-in menu, or the JSON file named by WECHAT_MENU_FILE (its items replace the built-in ones). */
export function loadWeChatMenu(file?: string): WeChatMenu {
  if (!file) return DEFAULT_MENU;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`公众号菜单文件 WECHAT_MENU_FILE（${file}）无法读取或不是合法的 JSON：${(e as Error).message}`);
  }
  let menu: z.output<typeof wechatMenuSchema>;
  try {
    menu = parseInput(wechatMenuSchema, json, '菜单');
  } catch (e) {
    throw new Error(`公众号菜单文件 WECHAT_MENU_FILE（${file}）格式错误：${(e as Error).message}`);
  }
  return { welcome: menu.welcome ?? DEFAULT_MENU.welcome, items: menu.items };
}
