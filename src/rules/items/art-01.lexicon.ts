import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.1's awards: what says a message is about each. */
export const ART1_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'patent-intensive-enterprise',
    topic: ['专利密集', '密集型企业'],
    retrieval: { terms: ['专利密集型企业', '专利密集型', '贯标', '贯标认证', '培训率'], synonyms: [['专利密集型', '专利密集', '专利密集型企业'], ['培训', '培训率', '宣传培训']], expansions: { '贯标': ['企业知识产权管理规范', '国家标准认证'] } },
  },
];
