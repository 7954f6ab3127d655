import { decide, fixed } from '../combinators';
import { check, isFalse, moreThan } from '../conditions';
import { defineRule } from '../define-rule';
import { formatYuan } from '../money';
import { fact } from '../profile.schema';
import { ART9 } from './art-09.params';

export const firstInventionPatent = defineRule(['hadInventionPatentBefore', 'firstInventionPatentSource', 'firstInventionPatentProductSalesYuan'], {
  id: 'first-invention-patent',
  oneOff: { clauseId: 'art.9', quote: '一次性资助2万元' },
  applicants: { kinds: ['企业'], clauseId: 'art.9', quote: '对未覆盖发明专利的企业' },
  title: '企业技术创新赶超（首件发明专利产业化）资助',
  clauseId: 'art.9',
  params: Object.values(ART9),
  assumptions: [
    '“超过100万”不含本数：年度销售额恰好100万元不符合。原文“100万”按100万元理解。',
    '“未覆盖发明专利的企业”指此前未拥有发明专利的企业；首件发明专利须是首次向高校、科研机构购买的，或企业自身新增授权的；销售额按该专利授权（购买）次年用于生产的产品计算。',
  ],
  evaluate(f) {
    const source = fact(f, 'firstInventionPatentSource');
    const okSource = source.value === '向高校或科研机构购买' || source.value === '自身新增授权';
    return decide(
      [
        isFalse({
          clauseId: 'art.9',
          label: '未覆盖发明专利的企业',
          input: fact(f, 'hadInventionPatentBefore'),
          yes: '企业此前已拥有发明专利，不属于“未覆盖发明专利的企业”',
          no: '企业此前未覆盖发明专利',
        }),
        check({
          clauseId: 'art.9',
          label: '首次向高校、科研机构购买或自身新增发明专利授权',
          input: source,
          ok: okSource,
          detail: okSource ? `首件发明专利来源：${source.value}` : '首件发明专利不是向高校、科研机构购买或自身新增授权取得',
        }),
        moreThan({
          label: '授权次年用于生产产品年度销售额超过100万元',
          subject: '产品年度销售额',
          input: fact(f, 'firstInventionPatentProductSalesYuan'),
          threshold: ART9.minSales,
          format: formatYuan,
        }),
      ],
      () => fixed(ART9.award, '一次性资助'),
    );
  },
});
