/**
 * One-year loan prime rate (一年期贷款市场报价利率, LPR) in force at each year end. art.4.1 subsidises interest at
 * up to 80 % of "上年末一年期贷款LPR". The LPR is quoted monthly (on the 20th, or the next working day) and is
 * published by 全国银行间同业拆借中心 on the authority of 中国人民银行; a quotation stays in force until the next
 * one, so the figure in force at a year end is that of the December announcement.
 *
 * Data, one entry per year end, each citing its primary announcement (date and figure), never secondary
 * news. A year missing here is not guessed: the rule asks the user for the rate. The user may always give
 * the rate (lprOneYearPercent) instead.
 */
export interface LprYearEnd {
  /** The year whose end the value belongs to. */
  year: number;
  /** Date of the December announcement (the quotation in force on 31 December). */
  publishedOn: string;
  /** Basis points: 345 = 3.45 %. */
  oneYearBp: number;
  /** The announcement, as published (title, date and the one-year figure). */
  source: string;
  /** Set where the figure could not be checked against the announcement's text when it was written down. */
  caveat?: string;
}

export const LPR_PUBLISHER = '全国银行间同业拆借中心（受中国人民银行授权公布贷款市场报价利率）';

/** Where the announcements are published. */
export const LPR_SOURCE_SITES = '中国人民银行网站（pbc.gov.cn）“贷款市场报价利率”公告、中国货币网（chinamoney.com.cn）LPR栏目';

const announcement = (date: string, oneYear: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `全国银行间同业拆借中心 ${y}年${m}月${d}日 贷款市场报价利率（LPR）公告：1年期LPR为${oneYear}（中国人民银行授权公布，在下一次发布LPR之前有效）`;
};

export const LPR_ONE_YEAR_YEAR_END: readonly LprYearEnd[] = [
  // 2019-11-20 lowered to 4.15%; 2019-12-20 unchanged.
  { year: 2019, publishedOn: '2019-12-20', oneYearBp: 415, source: announcement('2019-12-20', '4.15%') },
  // 2020-04-20 lowered to 3.85%, unchanged to the end of the year; 2020-12-20 was a Sunday.
  { year: 2020, publishedOn: '2020-12-21', oneYearBp: 385, source: announcement('2020-12-21', '3.85%') },
  // 2021-12-20 lowered from 3.85% to 3.8%.
  { year: 2021, publishedOn: '2021-12-20', oneYearBp: 380, source: announcement('2021-12-20', '3.8%') },
  // 2022-08-22 lowered to 3.65%; 2022-12-20 unchanged.
  { year: 2022, publishedOn: '2022-12-20', oneYearBp: 365, source: announcement('2022-12-20', '3.65%') },
  // 2023-08-21 lowered to 3.45%; 2023-12-20 unchanged.
  { year: 2023, publishedOn: '2023-12-20', oneYearBp: 345, source: announcement('2023-12-20', '3.45%') },
  // 2024-07-22 lowered to 3.35%, 2024-10-21 to 3.1%; 2024-12-20 unchanged.
  { year: 2024, publishedOn: '2024-12-20', oneYearBp: 310, source: announcement('2024-12-20', '3.1%') },
  // 2025-05-20 lowered to 3%; 2025-12-20 was a Saturday.
  {
    year: 2025,
    publishedOn: '2025-12-22',
    oneYearBp: 300,
    source: announcement('2025-12-22', '3%'),
    caveat: '2025年12月公告的原文在编写时未能逐字核对（2025年5月20日下调至3%后据知未再调整），请以该公告为准',
  },
];

export function lprAtYearEnd(year: number): LprYearEnd | undefined {
  return LPR_ONE_YEAR_YEAR_END.find((e) => e.year === year);
}
