import { RULE_CUES } from '../nlu/fact-lexicon';
import { normalizeMessage } from '../nlu/fact-text';

/**
 * Which awards a message is about, from each rule's own words (RULE_CUES): a message may name several, a
 * follow-up none (the engine then keeps the topic of the conversation). When one rule's cue is the more
 * specific form of another's (domestic vs abroad litigation both mention 官司), the abroad cue wins for a
 * message naming a foreign country.
 */
export function detectRuleTopics(message: string): string[] {
  // The shared normaliser first: full-width forms, blank runs and typos are handled once, for every reader.
  const text = normalizeMessage(message);
  const found = Object.entries(RULE_CUES)
    .filter(([, cue]) => cue.test(text))
    .map(([id]) => id);
  const abroad = found.includes('patent-litigation-abroad');
  const domesticExplicit = /国内|港澳台|香港|澳门|台湾/.test(text);
  return found.filter((id) => !(id === 'patent-litigation-domestic' && abroad && !domesticExplicit));
}
