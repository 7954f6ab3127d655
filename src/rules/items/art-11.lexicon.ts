import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.11's awards: what says a message is about each. */
export const ART11_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'ip-rights-station',
    counts: { ipRightsStationsPassedCount: ['个', '家'], ipRightsStationYearsCount: ['年'] },
    topic: ['维权(站|点|工作站|服务站)'],
    retrieval: { terms: ['维权站点', '维权援助'], expansions: { '维权点': ['维权站点'], '维权站': ['维权站点'] } },
    english: [
      ['(?:annual )?(?:assessment|evaluation|review) (?:was )?passed|passed (?:the )?(?:[a-z]+\'s )?(?:annual )?(?:assessment|evaluation|review)', '考核合格'],
      // for two consecutive years: the years passed, as the Chinese readers count them.
      ['for ([0-9]+) consecutive years|([0-9]+) (?:consecutive )?years in a row', '连续$1$2年'],
      ['failed (?:the )?(?:annual )?(?:assessment|evaluation|review)', '考核不合格'],
      ['(?:ip )?rights[- ]protection (?:service )?stations?|(?:ip )?protection stations?', '维权站点'],
      ['assessment', '考核'],
      ['passed', '合格'],
    ],
  },
];
