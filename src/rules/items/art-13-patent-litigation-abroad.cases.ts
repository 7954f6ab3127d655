import { RuleCases } from '../testing/rule-case';
import { patentLitigationAbroad } from './art-13-patent-litigation-abroad.rule';

const suit = (country: string, fees: number) => ({ foreignPatentSuitCountry: country, foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: fees });

/** The question asked for a place that cannot be put in one group. */
const ASKS = '具体是在哪个国家审理的';

export const ART13_ABROAD_CASES: RuleCases = {
  rule: patentLitigationAbroad,
  cases: [
    // 美国、日本、欧盟国家: 25% of the agency fees, at most 30万.
    // 40万 × 25% = 10万
    { name: '美国 代理费40万元', facts: suit('美国', 400_000), status: 'eligible', amountYuan: 100000 },
    // 1 199 996 × 25% = 299 999 < 30万
    { name: '美国 刚低于30万元', facts: suit('美国', 1_199_996), status: 'eligible', amountYuan: 299999 },
    // 120万 × 25% = 30万 = cap
    { name: '日本 恰好30万元', facts: suit('日本', 1_200_000), status: 'eligible', amountYuan: 300000 },
    // 1 200 004 × 25% = 300 001 → 30万
    { name: '德国（欧盟成员国）刚超过30万元', facts: suit('德国', 1_200_004), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    // 1 199 999 × 25% = 299 999.75 → 299 999 (the fraction of a yuan dropped)
    { name: '美国 不足1元部分舍去', facts: suit('美国', 1_199_999), status: 'eligible', amountYuan: 299999 },
    // 1 元 × 25% = 0.25 → 0: nothing to pay
    { name: '代理费1元 测算为0', facts: suit('美国', 1), status: 'ineligible', amountYuan: 0 },
    // Each way of writing the place; all 30万 group. 200万 × 25% = 50万 → 30万.
    { name: '繁体 美國', facts: suit('美國', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000], mentions: ['属于美国、日本、欧盟国家'] },
    { name: '繁体 日本國', facts: suit('日本國', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    { name: '繁体 義大利（台湾译名）', facts: suit('義大利', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    { name: '繁体 德國', facts: suit('德國', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    { name: '英文 USA', facts: suit('USA', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    { name: '英文 U.S.', facts: suit('U.S.', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    { name: '英文 United States', facts: suit('the United States', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    // 40万 × 25% = 10万 < 30万
    { name: '英文 Japan', facts: suit('Japan', 400_000), status: 'eligible', amountYuan: 100000 },
    { name: '英文 Germany', facts: suit('Germany', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    { name: '州名 美国加州', facts: suit('美国加州', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000], mentions: ['诉讼地“美国加州”（美国）属于美国、日本、欧盟国家'] },
    { name: '法院名 加州北区法院', facts: suit('加州北区法院', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    { name: '法院辖区 德克萨斯东区', facts: suit('德克萨斯东区', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    { name: '英文法院 Eastern District of Texas', facts: suit('Eastern District of Texas', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    { name: '城市 德国慕尼黑', facts: suit('德国慕尼黑', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    { name: '城市 杜塞尔多夫', facts: suit('杜塞尔多夫', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    { name: '法院名 东京地方法院', facts: suit('东京地方法院', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    { name: '城市 大阪', facts: suit('大阪', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    { name: '欧盟成员国 波兰', facts: suit('波兰', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    { name: '欧盟层面诉讼', facts: suit('欧盟', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    { name: '欧盟层面法院 统一专利法院', facts: suit('统一专利法院', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    { name: '欧盟层面法院 UPC', facts: suit('UPC', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    // 其他国家: at most 15万.
    // 599 996 × 25% = 149 999 < 15万
    { name: '韩国 刚低于15万元', facts: suit('韩国', 599_996), status: 'eligible', amountYuan: 149999 },
    // 60万 × 25% = 15万 = cap
    { name: '韩国 恰好15万元', facts: suit('韩国', 600_000), status: 'eligible', amountYuan: 150000 },
    // 600 004 × 25% = 150 001 → 15万
    { name: '泰国 刚超过15万元', facts: suit('泰国', 600_004), status: 'eligible', amountYuan: 150000, capsYuan: [150000] },
    // 120万 × 25% = 30万 → other-country cap 15万
    { name: '韩国 超过15万元', facts: suit('韩国', 1_200_000), status: 'eligible', amountYuan: 150000, capsYuan: [150000], mentions: ['不属于美国、日本、欧盟国家'] },
    { name: '繁体 韓國', facts: suit('韓國', 1_200_000), status: 'eligible', amountYuan: 150000, capsYuan: [150000] },
    { name: '英文 Singapore', facts: suit('Singapore', 1_200_000), status: 'eligible', amountYuan: 150000, capsYuan: [150000] },
    { name: '城市 孟买', facts: suit('孟买', 1_200_000), status: 'eligible', amountYuan: 150000, capsYuan: [150000] },
    { name: '英国按其他国家', facts: suit('英国', 1_200_000), status: 'eligible', amountYuan: 150000, capsYuan: [150000], mentions: ['英国已于2020年1月31日退出欧盟'] },
    { name: '英文 UK', facts: suit('UK', 1_200_000), status: 'eligible', amountYuan: 150000, capsYuan: [150000], mentions: ['退出欧盟'] },
    { name: '城市 伦敦', facts: suit('伦敦', 1_200_000), status: 'eligible', amountYuan: 150000, capsYuan: [150000], mentions: ['退出欧盟'] },
    { name: '瑞士不是欧盟成员国', facts: suit('瑞士', 1_200_000), status: 'eligible', amountYuan: 150000, capsYuan: [150000], mentions: ['瑞士不是欧盟成员国'] },
    // A place the lexicon cannot put in one group: asked, no amount, never the lower cap.
    { name: '未收录的地名 先问国家', facts: suit('卡林加地区', 1_200_000), status: 'needs-info', amountYuan: 0, needs: ['foreignPatentSuitCountry'], mentions: ['无法确定适用哪一档上限'] },
    { name: '欧洲 可能是欧盟或非欧盟国家', facts: suit('欧洲', 1_200_000), status: 'needs-info', amountYuan: 0, needs: ['foreignPatentSuitCountry'], mentions: [ASKS] },
    { name: '德州 可能是美国得克萨斯或山东德州', facts: suit('德州', 1_200_000), status: 'needs-info', amountYuan: 0, needs: ['foreignPatentSuitCountry'], mentions: ['山东德州'] },
    { name: '两个上限不同的国家 先问', facts: suit('美国和韩国', 1_200_000), status: 'needs-info', amountYuan: 0, needs: ['foreignPatentSuitCountry'], mentions: ['各自适用的补助上限不同'] },
    // Still ineligible whatever the place when the outcome is not favourable.
    { name: '未收录的地名 但败诉', facts: { ...suit('卡林加地区', 400_000), foreignPatentSuitFavourable: false }, status: 'ineligible', amountYuan: 0 },
    { name: '香港属于国内', facts: suit('香港', 400_000), status: 'ineligible', amountYuan: 0, mentions: ['属于国内（含港澳台）'] },
    { name: '台灣（繁体）属于国内', facts: suit('臺灣', 400_000), status: 'ineligible', amountYuan: 0, mentions: ['属于国内（含港澳台）'] },
    { name: '未获有利判决', facts: { ...suit('美国', 400_000), foreignPatentSuitFavourable: false }, status: 'ineligible', amountYuan: 0 },
    { name: '国家未知', facts: { foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 400_000 }, status: 'needs-info', amountYuan: 0, needs: ['foreignPatentSuitCountry'] },
  ],
};
