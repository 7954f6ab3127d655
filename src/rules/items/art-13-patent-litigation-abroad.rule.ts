import { capAt, decide, percentOf } from '../combinators';
import { check, isTrue, Known, positive } from '../conditions';
import { classifyJurisdiction, Jurisdiction } from '../countries';
import { defineRule } from '../define-rule';
import { formatYuan } from '../money';
import { fact } from '../profile.schema';
import { Cond } from '../rule';
import { ART13 } from './art-13.params';

// Functions, not constants: the caps are read in the policy version of the calculation.
const HIGHER = () => `美国、日本、欧盟国家最高${formatYuan(ART13.foreignCapUsJapanEu.value)}`;
const LOWER = () => `其他国家最高${formatYuan(ART13.foreignCapOther.value)}`;

function jurisdictionDetail(j: Jurisdiction): string {
  // 美国加州 → 美国: the country it was recognised as, beside the words given.
  const where = `诉讼地“${j.said}”${j.name !== j.said ? `（${j.name}）` : ''}`;
  if (j.group === 'domestic') return `${where}属于国内（含港澳台），应适用国内专利维权补助`;
  if (j.group === 'us-japan-eu') return `${where}属于美国、日本、欧盟国家，补助上限${formatYuan(ART13.foreignCapUsJapanEu.value)}`;
  return `${where}不属于美国、日本、欧盟国家，按其他国家计，补助上限${formatYuan(ART13.foreignCapOther.value)}${j.note ? `（${j.note}）` : ''}`;
}

const PLACE_LABEL = '诉讼地在国外';

/**
 * The place of the suit as a condition. A place the lexicon cannot put in one group (not recognised,
 * 欧洲, places in different groups) leaves the condition open and asks for the country: the cap is never
 * taken as the lower one by default.
 */
function placeCondition(country: Known<string>): Cond {
  if (country.value === undefined) return check({ clauseId: 'art.13', label: PLACE_LABEL, input: country, ok: false, detail: '' });
  const j = classifyJurisdiction(country.value);
  if (j.group !== 'unknown') return check({ clauseId: 'art.13', label: PLACE_LABEL, input: country, ok: j.group !== 'domestic', detail: jurisdictionDetail(j) });
  return {
    clauseId: 'art.13',
    label: PLACE_LABEL,
    outcome: undefined,
    value: country.value,
    detail: `诉讼地“${j.said}”${j.why}，无法确定适用哪一档上限（${HIGHER()}，${LOWER()}）`,
    needs: [
      {
        fact: 'foreignPatentSuitCountry',
        question: `诉讼地“${j.said}”${j.why}，案件具体是在哪个国家审理的？（${HIGHER()}，${LOWER()}）`,
      },
    ],
    paramIds: [ART13.foreignCapUsJapanEu.id, ART13.foreignCapOther.id],
  };
}

export const patentLitigationAbroad = defineRule(['foreignPatentSuitCountry', 'foreignPatentSuitFavourable', 'foreignPatentSuitAgencyFeesYuan'], {
  id: 'patent-litigation-abroad',
  separateCases: true,
  applicants: { kinds: ['企业'], clauseId: 'art.13', quote: '鼓励企业积极开展专利维权' },
  title: '国外专利维权补助',
  clauseId: 'art.13',
  params: [ART13.foreignRate, ART13.foreignCapUsJapanEu, ART13.foreignCapOther],
  interpretations: ['art13-abroad-cap-per-case'],
  assumptions: [
    '适用于在国外提起专利侵权诉讼最终判定侵权成立，或在国外应诉最终判定侵权不成立的企业；按实际支付的维权代理费的25%计算，不足1元部分舍去。',
    '“欧盟国家”指欧盟27个成员国（英国已退出欧盟，按其他国家计），欧盟层面的诉讼（如统一专利法院）按欧盟计；港澳台属于国内。',
    '诉讼地按国家认定：州、省、城市、法院名（如美国加州、德国慕尼黑、东京地方法院）按其所在国家计，繁体、英文名称同样识别；无法确定属于哪个国家的地名（如未收录的地名、“欧洲”“北美”等可能跨上限档次的说法），不按较低的上限推定，而是先询问具体国家，问清前不给出金额。',
    '按单起案件测算，上限按该案诉讼地确定；同一企业同年多起案件的上限是否合并，原文未明确。',
  ],
  evaluate(f) {
    const country = fact(f, 'foreignPatentSuitCountry');
    const j = classifyJurisdiction(country.value ?? '');
    return decide(
      [
        placeCondition(country),
        isTrue({
          clauseId: 'art.13',
          label: '国外诉讼最终胜诉（起诉判定侵权成立或应诉判定侵权不成立）',
          input: fact(f, 'foreignPatentSuitFavourable'),
          yes: '国外专利诉讼最终判定对企业有利（起诉侵权成立或应诉侵权不成立）',
          no: '国外专利诉讼未获有利的最终判决',
        }),
        positive({ clauseId: 'art.13', label: '维权代理费', subject: '维权代理费', input: fact(f, 'foreignPatentSuitAgencyFeesYuan'), format: formatYuan }),
      ],
      // Only the two foreign groups get here: a domestic place fails above, an unknown one asks.
      () =>
        capAt(
          percentOf(f.foreignPatentSuitAgencyFeesYuan as number, '维权代理费', ART13.foreignRate),
          j.group === 'us-japan-eu' ? ART13.foreignCapUsJapanEu : ART13.foreignCapOther,
          j.group === 'us-japan-eu' ? '美国、日本、欧盟国家' : '其他国家',
        ),
    );
  },
});
