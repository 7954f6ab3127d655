import { createHash, randomInt } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';

/** Helpers for the WeChat end-to-end tests: what WeChat's servers send, built independently of src/. */

export const TOKEN = 'jindong-wechat-test-token';
export const APP_ID = 'wx-test-app';
export const ACCOUNT = 'gh_jindong_ip';

export const nowSeconds = () => Math.floor(Date.now() / 1000);

export function sha1Sorted(...parts: string[]): string {
  return createHash('sha1').update([...parts].sort().join('')).digest('hex');
}

/** The query WeChat adds to the server URL: signature over token, timestamp and nonce. */
export function signedQuery(options: { token?: string; timestamp?: number; nonce?: string } = {}): Record<string, string> {
  const timestamp = String(options.timestamp ?? nowSeconds());
  const nonce = options.nonce ?? String(randomInt(1e8, 2e9));
  return { signature: sha1Sorted(options.token ?? TOKEN, timestamp, nonce), timestamp, nonce };
}

/** CDATA the way WeChat writes it: a "]]>" inside the text is split across two sections. */
const cdata = (s: string) => `<![CDATA[${s.split(']]>').join(']]]]><![CDATA[>')}]]>`;

let nextMsgId = 7_300_000_000_000_000_000n;
export const newMsgId = () => String(nextMsgId++);

export function textMessage(o: { content: string; from?: string; msgId?: string; createTime?: number }): string {
  return (
    `<xml><ToUserName>${cdata(ACCOUNT)}</ToUserName><FromUserName>${cdata(o.from ?? 'oFollower_0001')}</FromUserName>` +
    `<CreateTime>${o.createTime ?? nowSeconds()}</CreateTime><MsgType>${cdata('text')}</MsgType>` +
    `<Content>${cdata(o.content)}</Content><MsgId>${o.msgId ?? newMsgId()}</MsgId></xml>`
  );
}

export function eventMessage(o: { event: string; key?: string; from?: string; createTime?: number }): string {
  return (
    `<xml><ToUserName>${cdata(ACCOUNT)}</ToUserName><FromUserName>${cdata(o.from ?? 'oFollower_0001')}</FromUserName>` +
    `<CreateTime>${o.createTime ?? nowSeconds()}</CreateTime><MsgType>${cdata('event')}</MsgType>` +
    `<Event>${cdata(o.event)}</Event>${o.key === undefined ? '' : `<EventKey>${cdata(o.key)}</EventKey>`}</xml>`
  );
}

export function imageMessage(o: { from?: string; msgId?: string } = {}): string {
  return (
    `<xml><ToUserName>${cdata(ACCOUNT)}</ToUserName><FromUserName>${cdata(o.from ?? 'oFollower_0001')}</FromUserName>` +
    `<CreateTime>${nowSeconds()}</CreateTime><MsgType>${cdata('image')}</MsgType><PicUrl>${cdata('http://mmbiz/x.jpg')}</PicUrl>` +
    `<MediaId>${cdata('media-1')}</MediaId><MsgId>${o.msgId ?? newMsgId()}</MsgId></xml>`
  );
}

const replyParser = new XMLParser({ parseTagValue: false, ignoreAttributes: true, processEntities: false });

/** The top level of a reply `<xml>`; throws when the reply is not exactly one `<xml>` element. */
export function readReply(body: string): Record<string, string> {
  const doc = replyParser.parse(body) as { xml?: Record<string, string> };
  if (!doc.xml || Object.keys(doc).length !== 1) throw new Error(`not a WeChat reply: ${body}`);
  return doc.xml;
}
