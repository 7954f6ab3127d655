/**
 * One-year loan prime rate (一年期贷款市场报价利率, LPR) at each year end: the December figure published by
 * 全国银行间同业拆借中心 on behalf of the People's Bank of China. art.4.1 subsidises interest at up to 80 % of
 * "上年末一年期贷款LPR". Only values that were checked against a published report are listed; for a year
 * missing here the rule asks the user for the rate rather than guessing. The user may always override.
 */
export interface LprYearEnd {
  /** The year whose end the value belongs to. */
  year: number;
  /** Publication date of the December quotation. */
  publishedOn: string;
  /** Basis points: 345 = 3.45 %. */
  oneYearBp: number;
  source: string;
}

export const LPR_PUBLISHER = '全国银行间同业拆借中心（受权公布贷款市场报价利率）';

export const LPR_ONE_YEAR_YEAR_END: readonly LprYearEnd[] = [
  {
    year: 2021,
    publishedOn: '2021-12-20',
    oneYearBp: 380,
    source: '新华社 2021-12-20：1年期LPR为3.8%，较上月下调5个基点（news.cn/english/2021-12/20/c_1310383854.htm）',
  },
  {
    year: 2022,
    publishedOn: '2022-12-20',
    oneYearBp: 365,
    source: '新华社 2022-12-20：1年期LPR为3.65%，与上月持平（en.people.cn/n3/2022/1220/c90000-10186030.html）',
  },
  {
    year: 2023,
    publishedOn: '2023-12-20',
    oneYearBp: 345,
    source: 'dpa-AFX 2023-12-20：1年期LPR维持3.45%（finanznachrichten.de，2023-12）',
  },
  {
    year: 2024,
    publishedOn: '2024-12-20',
    oneYearBp: 310,
    source: '新华社：2024年三次下调LPR，1年期由3.45%降至3.1%；2025-05-20 由3.1%下调至3.0%（spglobal.com 2025-05）',
  },
  {
    year: 2025,
    publishedOn: '2025-12-22',
    oneYearBp: 300,
    source: '新华社 2025-12-22：1年期LPR为3%，与上月持平（en.people.cn/n3/2025/1222/c90000-20405231.html）',
  },
];

export function lprAtYearEnd(year: number): LprYearEnd | undefined {
  return LPR_ONE_YEAR_YEAR_END.find((e) => e.year === year);
}
