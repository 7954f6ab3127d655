/**
 * Readings of wording that admits more than one, written down once: the reading the rules use, the other
 * one, and why. Where the two give different amounts, the calculation carries the other amount too
 * (`alternatives`) and the answer says so in one line. docs/interpretations.md is generated from this list
 * (`npm run docs:interpretations`; a test keeps the file in step).
 */
export interface Interpretation {
  id: string;
  clauseId: string;
  /** The words read, verbatim from the clause (a test checks). */
  wording: string;
  /** The reading the rules use. */
  reading: string;
  /** The other reading. */
  alternative: string;
  /** Said in answers before the other amount, e.g. 如主管部门按同一年度只奖最高一项执行 (only where amounts differ). */
  alternativeLine?: string;
  why: string;
}

export const INTERPRETATIONS: readonly Interpretation[] = [
  {
    id: 'district-applicants',
    clauseId: 'title',
    wording: '金华市金东区人民政府关于促进知识产权高质量发展的若干政策意见',
    reading: '各项奖补的对象是金东区内的单位：未说明所在地时按金东区内测算并写明；说明在金东区外的，不符合。',
    alternative: '条文多数未写“金东区内”，可理解为不限所在地。',
    why: '本政策由金东区人民政府制定，奖补资金由区财政安排；第8、14条明确写“金东区内”，其余条款的对象按同一政策范围理解。',
  },
  {
    id: 'art3-titles-same-year',
    clauseId: 'art.3',
    wording: '每家分别奖励50万元、40万元、30万元',
    reading: '同一企业同一年度新认定几项称号（如国家级优势企业和市级示范企业），按原文字面每项分别奖励后相加。',
    alternative: '同一年度只按最高一项奖励。',
    alternativeLine: '如主管部门按同一年度只奖最高一项执行',
    why: '原文对每项称号分别规定金额，没有“同一年度只奖一项”或“就高不重复”的限制；这一限制是否执行，以主管部门解释为准。',
  },
  {
    id: 'art6-navigation-levels',
    clauseId: 'art.6',
    wording: '对新承担区级专利导航项目的，给予8万元/家的补助',
    reading: '省级、市级一款（10万元/家）与区级一款（8万元/家）分别补助：同一单位同年新承担省级（或市级）和区级项目的，10万元与8万元相加；同一款内的省级、市级按“/家”只补一次。',
    alternative: '同一单位同年只按最高一档补助一次。',
    alternativeLine: '如主管部门按同一年度只补最高一档执行',
    why: '两款各自规定“/家”的补助，没有写不得兼得。',
  },
  {
    id: 'levels-same-year',
    clauseId: 'art.10',
    wording: '每家分别给予一次性奖励10万元、8万元',
    reading: '同一对象同一年度在两个层级都新认定（新建）的（规范化市场、商业秘密保护示范站点或示范基地（区）、服务业集聚发展示范区），按原文字面各层级分别奖励后相加。',
    alternative: '同一年度只按最高一级奖励。',
    alternativeLine: '如主管部门按同一年度只奖最高一级执行',
    why: '第10、12、15条对各层级分别规定金额，没有“只奖最高一级”的限制；同一对象一年内两级同时新认定较少见，是否兼得以主管部门解释为准。',
  },
  {
    id: 'art16.1-regional-cap-per-applicant',
    clauseId: 'art.16.1',
    wording: '在欧盟（通过单一国家注册方式提交的）、非洲地区工业产权组织和非洲知识产权组织等注册的单位，注册费给予100%补助奖励，最高不超过1万元',
    reading: '“最高不超过1万元”按每个单位计：在几个地区组织注册的，注册费合计后封顶1万元。',
    alternative: '按每个地区组织分别封顶1万元后相加。',
    alternativeLine: '如主管部门按每个地区组织分别封顶执行',
    why: '句子的主语是“注册的单位”，上限紧跟其后，没有写“每个组织”；与马德里一句（每个单位最高3万元）结构相同。',
  },
  {
    id: 'art13-abroad-cap-per-case',
    clauseId: 'art.13',
    wording: '按其维权代理费的25%予以补助，美国、日本、欧盟国家最高不超过30万元，其他国家最高不超过15万元',
    reading: '上限按单起案件确定，上限高低看该案的诉讼地。',
    alternative: '同一企业同一年度多起案件的补助合计封顶（30万元或15万元）。',
    why: '原文按诉讼所在国家区分上限，针对的是一起诉讼；未写“每年”。多起案件时两种理解金额不同，本助手逐案测算并提示。',
  },
  {
    id: 'art4.1-subsidy-year',
    clauseId: 'art.4.1',
    wording: '不高于上年末一年期贷款LPR利率80%的贴息补助，单个企业每种权项质押每年最高补助30万元',
    reading:
      '贴息按年度计：贴息年度是贷款利息实际支付的年度（2024年内支付的利息为2024年度，即使次年才申请）；“上年末”指贴息年度的上一年末（2024年度取2023年末有效的一年期LPR）；跨年的贷款按各年度内的计息期分别计算，每种权项每年30万元的上限也按贴息年度计。',
    alternative: '“上年”按提出申请的年度理解：次年申请上一年度的贴息时，取贴息年度当年年末有效的一年期LPR。',
    alternativeLine: '如主管部门按申请当年的“上年末”（即贴息年度年末）LPR执行',
    why: '原文写“上年末”和“每年”，未写以哪一年为准。补助的是当年支付的利息，以利息支付年度的上一年末为准，与“每年最高补助”的年度一致；贴息多在次年申报，“上年”也可能按申报年度理解，两者相差一次年度的LPR调整。',
  },
];

export function interpretation(id: string): Interpretation {
  const found = INTERPRETATIONS.find((i) => i.id === id);
  if (!found) throw new Error(`未登记的原文理解：${id}`);
  return found;
}
