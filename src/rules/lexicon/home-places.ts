/**
 * Where an applicant is, at home: the policy is 金东区's, so an applicant elsewhere in Jinhua or in another
 * city is not covered. Regex sources, quantifiers bounded; the chat's siting reader is built from them.
 */

/** Jinhua's other districts and counties, and its development zone (金华开发区 is not part of 金东). */
export const JINHUA_OTHER_PLACES = '婺城|兰溪|义乌|东阳|永康|浦江|武义|磐安|金华(?:经济技术|经济|市)?开发区';

/** The city said before one of its districts (金华市婺城区). */
export const JINHUA_CITY = '金华市?';

/** Other cities an applicant says it is from (我们是杭州的一所高校): none of them is in 金东. */
export const OTHER_CITIES = '杭州|宁波|温州|嘉兴|湖州|绍兴|衢州|舟山|台州|丽水|上海|北京|深圳|广州|苏州|南京|合肥|南昌|福州|武汉|成都|重庆|天津|西安';

/** The same places in English (pinyin), for questions typed in English: the Chinese the readers know. */
export const HOME_PLACES_ENGLISH: readonly (readonly [string, string])[] = [
  ['wucheng(?: district)?', '婺城区'],
  ['lanxi', '兰溪'],
  ['yiwu', '义乌'],
  ['dongyang', '东阳'],
  ['yongkang', '永康'],
  ['pujiang', '浦江'],
  ['wuyi(?: county)?', '武义'],
  ["pan'?an(?: county)?", '磐安'],
  ['jinhua (?:economic(?: and technological)? )?development zone', '金华开发区'],
  ['hangzhou', '杭州'],
  ['ningbo', '宁波'],
  ['wenzhou', '温州'],
  ['shaoxing', '绍兴'],
  ['shanghai', '上海'],
];
