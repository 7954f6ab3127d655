/**
 * Where a foreign patent suit was decided, for art.13's two caps: 美国、日本、欧盟国家 (30万元) or 其他国家
 * (15万元). 港澳台 count as 国内 under the same item. The EU list is the 27 member states since the United
 * Kingdom left on 2020-01-31.
 */
export const EU_MEMBER_STATES = [
  '奥地利', '比利时', '保加利亚', '克罗地亚', '塞浦路斯', '捷克', '丹麦', '爱沙尼亚', '芬兰',
  '法国', '德国', '希腊', '匈牙利', '爱尔兰', '意大利', '拉脱维亚', '立陶宛', '卢森堡',
  '马耳他', '荷兰', '波兰', '葡萄牙', '罗马尼亚', '斯洛伐克', '斯洛文尼亚', '西班牙', '瑞典',
] as const;

const EU_ENGLISH: Record<string, (typeof EU_MEMBER_STATES)[number]> = {
  austria: '奥地利', belgium: '比利时', bulgaria: '保加利亚', croatia: '克罗地亚', cyprus: '塞浦路斯',
  czechia: '捷克', czechrepublic: '捷克', denmark: '丹麦', estonia: '爱沙尼亚', finland: '芬兰',
  france: '法国', germany: '德国', greece: '希腊', hungary: '匈牙利', ireland: '爱尔兰', italy: '意大利',
  latvia: '拉脱维亚', lithuania: '立陶宛', luxembourg: '卢森堡', malta: '马耳他', netherlands: '荷兰',
  holland: '荷兰', poland: '波兰', portugal: '葡萄牙', romania: '罗马尼亚', slovakia: '斯洛伐克',
  slovenia: '斯洛文尼亚', spain: '西班牙', sweden: '瑞典',
};

const ALIASES: Record<string, string> = {
  美利坚合众国: '美国', usa: '美国', us: '美国', unitedstates: '美国', unitedstatesofamerica: '美国', america: '美国',
  japan: '日本', jp: '日本',
  欧洲联盟: '欧盟', eu: '欧盟', europeanunion: '欧盟', 欧洲统一专利法院: '欧盟', upc: '欧盟', unifiedpatentcourt: '欧盟',
  捷克共和国: '捷克', 德意志联邦共和国: '德国', 法兰西共和国: '法国', 意大利共和国: '意大利', 西班牙王国: '西班牙', 荷兰王国: '荷兰',
  中华人民共和国: '中国', 中国大陆: '中国', china: '中国', prc: '中国',
  中国香港: '香港', hongkong: '香港', 香港特别行政区: '香港',
  中国澳门: '澳门', macau: '澳门', macao: '澳门', 澳门特别行政区: '澳门',
  中国台湾: '台湾', taiwan: '台湾', 台湾地区: '台湾',
  uk: '英国', unitedkingdom: '英国', britain: '英国', greatbritain: '英国', 大不列颠及北爱尔兰联合王国: '英国',
};

const DOMESTIC = new Set(['中国', '香港', '澳门', '台湾']);
const HIGHER_CAP = new Set<string>(['美国', '日本', '欧盟', ...EU_MEMBER_STATES]);

export type JurisdictionGroup = 'us-japan-eu' | 'domestic' | 'other';

export interface Jurisdiction {
  group: JurisdictionGroup;
  /** The Chinese name it was recognised as, or the input trimmed. */
  name: string;
  note?: string;
}

function key(raw: string): string {
  return raw.trim().toLowerCase().replace(/^the\s+/, '').replace(/[\s.·'’()（）-]/g, '');
}

export function classifyJurisdiction(raw: string): Jurisdiction {
  const k = key(raw);
  const name = ALIASES[k] ?? EU_ENGLISH[k] ?? raw.trim();
  if (DOMESTIC.has(name)) return { group: 'domestic', name };
  if (HIGHER_CAP.has(name)) return { group: 'us-japan-eu', name };
  if (name === '英国') return { group: 'other', name, note: '英国已于2020年1月31日退出欧盟，不属于欧盟国家' };
  return { group: 'other', name };
}
