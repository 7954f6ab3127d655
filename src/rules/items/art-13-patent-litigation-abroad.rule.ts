import { capAt, decide, percentOf } from '../combinators';
import { check, isTrue, positive } from '../conditions';
import { classifyJurisdiction, Jurisdiction } from '../countries';
import { defineRule } from '../define-rule';
import { formatYuan } from '../money';
import { fact } from '../profile.schema';
import { ART13 } from './art-13.params';

function jurisdictionDetail(j: Jurisdiction): string {
  if (j.group === 'domestic') return `诉讼地“${j.name}”属于国内（含港澳台），应适用国内专利维权补助`;
  if (j.group === 'us-japan-eu') return `诉讼地“${j.name}”属于美国、日本、欧盟国家，补助上限30万元`;
  return `诉讼地“${j.name}”不属于美国、日本、欧盟国家，按其他国家计，补助上限15万元${j.note ? `（${j.note}）` : ''}`;
}

export const patentLitigationAbroad = defineRule(['foreignPatentSuitCountry', 'foreignPatentSuitFavourable', 'foreignPatentSuitAgencyFeesYuan'], {
  id: 'patent-litigation-abroad',
  applicants: { kinds: ['企业'], clauseId: 'art.13', quote: '鼓励企业积极开展专利维权' },
  title: '国外专利维权补助',
  clauseId: 'art.13',
  params: [ART13.foreignRate, ART13.foreignCapUsJapanEu, ART13.foreignCapOther],
  interpretations: ['art13-abroad-cap-per-case'],
  assumptions: [
    '适用于在国外提起专利侵权诉讼最终判定侵权成立，或在国外应诉最终判定侵权不成立的企业；按实际支付的维权代理费的25%计算，不足1元部分舍去。',
    '“欧盟国家”指欧盟27个成员国（英国已退出欧盟，按其他国家计），欧盟层面的诉讼（如统一专利法院）按欧盟计；港澳台属于国内。',
    '按单起案件测算，上限按该案诉讼地确定；同一企业同年多起案件的上限是否合并，原文未明确。',
  ],
  evaluate(f) {
    const country = fact(f, 'foreignPatentSuitCountry');
    const j = classifyJurisdiction(country.value ?? '');
    return decide(
      [
        check({ clauseId: 'art.13', label: '诉讼地在国外', input: country, ok: j.group !== 'domestic', detail: jurisdictionDetail(j) }),
        isTrue({
          clauseId: 'art.13',
          label: '国外诉讼最终胜诉（起诉判定侵权成立或应诉判定侵权不成立）',
          input: fact(f, 'foreignPatentSuitFavourable'),
          yes: '国外专利诉讼最终判定对企业有利（起诉侵权成立或应诉侵权不成立）',
          no: '国外专利诉讼未获有利的最终判决',
        }),
        positive({ clauseId: 'art.13', label: '维权代理费', subject: '维权代理费', input: fact(f, 'foreignPatentSuitAgencyFeesYuan'), format: formatYuan }),
      ],
      () =>
        capAt(
          percentOf(f.foreignPatentSuitAgencyFeesYuan as number, '维权代理费', ART13.foreignRate),
          j.group === 'us-japan-eu' ? ART13.foreignCapUsJapanEu : ART13.foreignCapOther,
          j.group === 'us-japan-eu' ? '美国、日本、欧盟国家' : '其他国家',
        ),
    );
  },
});
