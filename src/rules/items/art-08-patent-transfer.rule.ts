import { capAt, decide, percentOf } from '../combinators';
import { atLeast, check, isTrue, positive } from '../conditions';
import { defineRule } from '../define-rule';
import { formatYuan } from '../money';
import { fact } from '../profile.schema';
import { ART8 } from './art-08.params';

export const patentTransfer = defineRule(['organizationType', 'locatedInJindong', 'patentTransferLicenseeCount', 'patentTransferValueYuan'], {
  id: 'patent-transfer',
  applicants: { kinds: ['高校', '科研机构'], clauseId: 'art.8', quote: '金东区内的高校、科研机构向金东区企业进行专利转让或者许可的' },
  title: '高校、科研机构专利转移转化奖励',
  clauseId: 'art.8',
  params: Object.values(ART8),
  assumptions: [
    '“15家（含）以上”含15家，按当年向金东区企业转让或许可专利的企业累计家数计（同一企业多次只计一家）。',
    '奖励按当年实际成交金额合计的5%计算，不足1元部分舍去，每家高校、科研机构每年最高50万元。',
  ],
  evaluate(f) {
    const type = fact(f, 'organizationType');
    const academic = type.value === '高校' || type.value === '科研机构';
    return decide(
      [
        check({
          clauseId: 'art.8',
          label: '申报单位为高校或科研机构',
          input: type,
          ok: academic,
          detail: academic ? `申报单位为${type.value}` : `申报单位为${type.value}，本条只奖励高校、科研机构`,
        }),
        isTrue({ clauseId: 'art.8', label: '位于金东区内', input: fact(f, 'locatedInJindong'), yes: '申报单位在金东区内', no: '申报单位不在金东区内' }),
        atLeast({
          label: '年度累计向金东区企业转让或许可达15家（含）以上',
          subject: '当年累计受让（被许可）的金东区企业',
          input: fact(f, 'patentTransferLicenseeCount'),
          threshold: ART8.minLicensees,
          format: (n) => `${n}家`,
        }),
        positive({ clauseId: 'art.8', label: '实际成交金额', subject: '实际成交金额', input: fact(f, 'patentTransferValueYuan'), format: formatYuan }),
      ],
      () => capAt(percentOf(f.patentTransferValueYuan as number, '实际成交金额', ART8.rate), ART8.cap, '每家高校、科研机构每年'),
    );
  },
});
