import { decide, fixed } from '../combinators';
import { atLeast, isTrue } from '../conditions';
import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART14 } from './art-14.params';

export const ipAgencySettlement = defineRule(['locatedInJindong', 'agencyOperatingMonths', 'agencyPatentGrantsCount', 'agencyInventionPatentGrantsCount'], {
  id: 'ip-agency-settlement',
  oneOff: { clauseId: 'art.14', quote: '给予一次性5万元的落户奖励经费' },
  applicants: { kinds: ['代理机构', '企业'], clauseId: 'art.14', quote: '在金东区内依法设立代理机构或分支机构（办事处）' },
  title: '知识产权代理机构落户奖励',
  clauseId: 'art.14',
  params: Object.values(ART14),
  assumptions: [
    '“满一年”按在金东区运作满12个月（含）计；“50件以上”“10件以上”含本数。',
    '代理专利授权总量按该机构（分支机构）累计代理授权量计；落户奖励一次性发放。',
  ],
  evaluate: (f) =>
    decide(
      [
        isTrue({
          clauseId: 'art.14',
          label: '在金东区内依法设立代理机构或分支机构（办事处）',
          input: fact(f, 'locatedInJindong'),
          yes: '代理机构（分支机构）在金东区内依法设立',
          no: '代理机构（分支机构）不在金东区内设立',
        }),
        atLeast({ label: '运作满一年', subject: '在金东区运作', input: fact(f, 'agencyOperatingMonths'), threshold: ART14.minMonths, format: (n) => `${n}个月` }),
        atLeast({ label: '代理专利授权总量达到50件以上', subject: '代理专利授权总量', input: fact(f, 'agencyPatentGrantsCount'), threshold: ART14.minGrants, format: (n) => `${n}件` }),
        atLeast({
          label: '其中发明专利10件以上',
          subject: '其中发明专利',
          input: fact(f, 'agencyInventionPatentGrantsCount'),
          threshold: ART14.minInventionGrants,
          format: (n) => `${n}件`,
        }),
      ],
      () => fixed(ART14.award, '一次性落户奖励'),
    ),
});
