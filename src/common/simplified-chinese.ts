import { SIMPLIFIED, TRADITIONAL } from './traditional-chars.data';

const TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map([...TRADITIONAL].map((t, i) => [t, SIMPLIFIED[i]]));
const ANY_TRADITIONAL = new RegExp(`[${TRADITIONAL}]`, 'g');

/**
 * Traditional characters in simplified form (專利權 → 专利权, 臺灣 → 台湾), one character at a time, so
 * every reader — the fact extractor, topic detection, retrieval — sees the words its lexicons use.
 * Characters simplified text also uses are left alone; linear in the text's length.
 */
export function toSimplified(text: string): string {
  return text.replace(ANY_TRADITIONAL, (c) => TO_SIMPLIFIED.get(c) ?? c);
}
