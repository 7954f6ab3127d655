import { RULE_LEXICONS } from '../../rules/lexicon/rule-lexicons';
import { normalizeMessage } from '../nlu/fact-text';

/**
 * Which award a message is about, generated from each rule's own words (src/rules/items/art-NN.lexicon.ts).
 * A message may name several; a follow-up may name none (the engine then keeps the topic of the
 * conversation).
 */
export const RULE_CUES: Readonly<Record<string, RegExp>> = Object.fromEntries(RULE_LEXICONS.map((l) => [l.ruleId, new RegExp(l.topic.join('|'))]));

/**
 * Rules whose cue matches. When one rule's cue is the more specific form of another's (domestic vs
 * abroad litigation both mention 官司), the abroad cue wins for a message naming a foreign country.
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
