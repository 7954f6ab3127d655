import type { Profile } from '../../rules/profile.schema';
import { feeYuan, type Assignment } from './fact-assign';
import { SUIT_WORDS } from './fact-cues';
import { countryName, FOREIGN_COUNTRY_RE, isSingleCountry, OFFICE_OR_REGION, TRADEMARK_OFFICES } from './fact-lexicon';
import { pickValue } from './fact-numbers';
import { clauseIndex, clauseSays, matchAll, Message, sentenceSays } from './fact-text';

const TRADEMARK_WORDS = /商标|注册/;
const MADRID = /马德里/;
/** Madrid told as the route, not denied (没走马德里, not via Madrid). */
const MADRID_TOLD = /(?<!(?:没有?|不是|未|非|不|没)(?:走|通过|经)?[^，。；]{0,6})马德里/;
import { finding, type Anchor, type Extraction, type Num } from './fact-types';

/**
 * Trademarks abroad (art.16.1) other than Madrid fees, which are a plain numeric cue:
 * - registrations with a regional office (欧盟 / ARIPO / OAPI), each with the fee paid — one entry per
 *   office with its fees summed, and only with a fee, since the entry needs one;
 * - single-country registrations counted from the countries the user lists (在美国、日本、韩国分别注册了商标)
 *   when no number of countries is said.
 */

type Office = NonNullable<Profile['regionalTrademarkRegistrations']>[number]['office'];

const OFFICES: [RegExp, Office][] = Object.entries(TRADEMARK_OFFICES.forms).map(([office, words]) => [new RegExp(words, 'gi'), office as Office]);

export interface TrademarkPlan {
  anchors: Anchor[];
  finish(assignment: Assignment, nums: readonly Num[], singleCountrySet: boolean): Extraction & { consumed: Num[] };
}

/** `marksInFocus`: the conversation is about registrations abroad, so 在泰国越南各注册了一个 needs no 商标. */
export function planTrademarks(msg: Message, marksInFocus = false): TrademarkPlan {
  const text = msg.text;
  // An office counts where trademarks are registered, not where a suit is fought or Madrid designates it.
  const offices = OFFICES.flatMap(([re, office]) => matchAll(text, re).map((m) => ({ ...m, office })))
    .filter((o) => sentenceSays(msg, o.start, TRADEMARK_WORDS) && !clauseSays(msg, o.start, MADRID_TOLD) && !sentenceSays(msg, o.start, SUIT_WORDS))
    .sort((a, b) => a.start - b.start);
  const anchors: Anchor[] = offices.map((o, i) => ({ start: o.start, end: o.end, target: `slot:office:${i}`, kind: 'yuan' }));

  return {
    anchors,
    finish(assignment, nums, singleCountrySet) {
      const findings: Extraction['findings'] = [];
      const mentions: Extraction['mentions'] = [];
      const entries: { office: Office; feesYuan: number }[] = [];
      const consumed: Num[] = [];
      let approximate = false;
      offices.forEach((o, i) => {
        // 在OAPI注册了商标，费用1万: the fee may follow in the next clause of the sentence.
        const fee = assignment.byAnchor.get(anchors[i]) ?? feeInNextClause(msg, o.start, nums, assignment.used);
        // 向欧盟知识产权局申请了欧盟商标，注册费8000元: one fee named twice is paid once.
        if (fee && consumed.includes(fee)) return;
        if (!fee) {
          if (!offices.some((p, k) => k !== i && p.office === o.office && Math.abs(p.start - o.start) < 30)) {
            mentions.push({ field: 'regionalTrademarkRegistrations', at: o.start });
          }
          return;
        }
        consumed.push(fee);
        approximate ||= fee.approximate;
        // One entry per office with the fees summed, as the field asks (每个地区组织只填一项，注册费合计).
        const same = entries.find((e) => e.office === o.office);
        if (same) same.feesYuan += pickValue(fee, true);
        else entries.push({ office: o.office, feesYuan: pickValue(fee, true) });
      });
      if (entries.length > 0) {
        findings.push(finding('regionalTrademarkRegistrations', entries, offices[0].start, { approximate, figure: true }));
      }

      if (!singleCountrySet) {
        for (const [k, c] of msg.clauses.entries()) {
          // 商标在单一国家注册了，日本和韩国两个: the countries may follow the registration in the next clause.
          const prev = k > 0 && msg.clauses[k - 1].sentence === c.sentence ? text.slice(msg.clauses[k - 1].start, msg.clauses[k - 1].end) : '';
          const told = /(?:单一国家|商标)[^，。；]{0,8}注册/.test(prev) && !MADRID.test(prev) && !OFFICE_OR_REGION.test(prev);
          const part = (told ? prev : '') + text.slice(c.start, c.end);
          // 商标 in the clause, or said elsewhere in the message of a clause that registers country by country.
          const aboutMarks = /商标|单一国家/.test(part) || marksInFocus || (/单独|逐(?:一|个)国家|分别/.test(part) && /商标|马德里/.test(text));
          // 分别向越南、泰国…的商标主管机关提交申请，都已获准注册: the registration may be told in the next clause.
          const registered =
            /注册/.test(part) ||
            (/申请|提交/.test(part) && /注册/.test(text.slice(c.end, text.indexOf('。', c.end) < 0 ? text.length : text.indexOf('。', c.end)))) ||
            // 那如果再加一个巴西呢: one more country of the registrations under discussion.
            (marksInFocus && /再加|加上|还有|另外/.test(part));
          // 不是走欧盟局，是分别在德国…注册的: an office denied is not where the marks were filed.
          const office = part.replace(OFFICE_DENIED, '');
          if (!aboutMarks || !registered || MADRID.test(part) || OFFICE_OR_REGION.test(office) || SUIT_WORDS.test(part)) continue;
          const countries = new Set(matchAll(part, FOREIGN_COUNTRY_RE).filter((m) => isSingleCountry(m.m[0])).map((m) => countryName(m.m[0])));
          if (countries.size > 0) {
            findings.push(finding('singleCountryTrademarkCountries', countries.size, c.start, { figure: true }));
            break;
          }
        }
      }
      return { findings, mentions, consumed };
    },
  };
}

const PAID = /费|花了|交了|缴了|付了/;
/** 不是走欧盟局: an office said not to be the way the marks went. */
const OFFICE_DENIED = new RegExp(`(?:不是|没有?|并非|不)(?:走|通过|向|在)?[^，。；\\s]{0,3}(?:${OFFICE_OR_REGION.source})[^，。；\\s]{0,4}`, 'gi');

/** The office's fee said apart from it: later in its own clause (欧盟注册了一个（注册费7000）) or in one of the next two. */
function feeInNextClause(msg: Message, pos: number, nums: readonly Num[], used: ReadonlySet<Num>): Num | undefined {
  const ci = clauseIndex(msg, pos);
  const own = msg.clauses[ci];
  const inOwn = nums.filter((n) => n.start > pos && n.end <= own.end && feeYuan(n) && !used.has(n) && PAID.test(msg.text.slice(pos, n.start)));
  if (inOwn.length === 1) return inOwn[0];
  // The next clause, or the one after it when the next tells no figure (没走马德里，注册费9800元).
  for (let k = ci + 1; k <= ci + 2; k++) {
    const next = msg.clauses[k];
    if (!next || next.sentence !== own.sentence) return undefined;
    const inNext = nums.filter((n) => n.start >= next.start && n.end <= next.end);
    if (!PAID.test(msg.text.slice(next.start, next.end))) {
      if (inNext.length > 0) return undefined;
      continue;
    }
    const free = inNext.filter((n) => feeYuan(n) && !used.has(n));
    return free.length === 1 ? free[0] : undefined;
  }
  return undefined;
}
