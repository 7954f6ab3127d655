import { z } from 'zod';

const text = (what: string) => z.string({ error: `缺少 ${what}` });
const digits = (what: string) => z.string({ error: `缺少 ${what}` }).regex(/^\d{1,20}$/, { error: `${what} 应为数字` });

const common = {
  ToUserName: text('ToUserName').min(1).max(64).describe('公众号原始 ID（gh_…）'),
  FromUserName: text('FromUserName').min(1).max(128).describe('发送者的 openid'),
  CreateTime: digits('CreateTime').describe('消息创建时间（秒）'),
};

/** A text message from a follower. */
export const textMessageSchema = z.object({
  ...common,
  MsgType: z.literal('text'),
  Content: z.string().max(20_000, { error: '消息内容过长' }).default('').describe('文本内容'),
  MsgId: digits('MsgId').describe('消息编号，重试时不变'),
});

/** Events (subscribe, menu clicks …); deduplicated by sender + CreateTime. */
export const eventMessageSchema = z.object({
  ...common,
  MsgType: z.literal('event'),
  Event: text('Event').min(1).max(64).describe('事件类型，如 subscribe、CLICK'),
  EventKey: z.string().max(256).optional().describe('菜单 key 或二维码参数'),
});

/** Images, voice, video, location, links … — all answered with the same polite note. */
export const otherMessageSchema = z.object({
  ...common,
  MsgType: z.string().min(1).max(32).describe('消息类型'),
  MsgId: digits('MsgId').optional(),
});

export type TextMessage = z.output<typeof textMessageSchema>;
export type EventMessage = z.output<typeof eventMessageSchema>;
export type OtherMessage = z.output<typeof otherMessageSchema>;
export type WeChatMessage =
  | ({ kind: 'text' } & TextMessage)
  | ({ kind: 'event' } & EventMessage)
  | ({ kind: 'other' } & OtherMessage);

/** Classifies the parsed fields; undefined when they are not a WeChat message at all. */
export function readWeChatMessage(fields: Record<string, string>): WeChatMessage | undefined {
  if (fields.MsgType === 'text') {
    const r = textMessageSchema.safeParse(fields);
    return r.success ? { kind: 'text', ...r.data } : undefined;
  }
  if (fields.MsgType === 'event') {
    const r = eventMessageSchema.safeParse(fields);
    return r.success ? { kind: 'event', ...r.data } : undefined;
  }
  const r = otherMessageSchema.safeParse(fields);
  return r.success ? { kind: 'other', ...r.data } : undefined;
}
