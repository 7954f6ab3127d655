import { ABROAD_WORDS } from '../countries';
import { APPLICANT_KIND_WORDS } from './applicant-kinds';
import { LEVEL_EXPANSIONS } from './levels';
import type { RetrievalWords } from './lexicon.types';
import { RULE_LEXICONS } from './rule-lexicons';
import { TYPOS } from './typos';

/** Kinds of applicant the policy's clauses name (高校、科研机构、代理机构): searched by any of their words. */
const CLAUSE_KINDS = ['高校', '科研机构', '代理机构'];

/**
 * The clause search's domain words, generated from the rules' lexicons and the shared ones (kinds of
 * applicant, countries, levels); src/retrieval adds its general words (奖补, 有效期, 叠加 …) to them.
 */
export const RULES_VOCABULARY: Required<RetrievalWords> & { corrections: typeof TYPOS } = {
  terms: RULE_LEXICONS.flatMap((l) => l.retrieval?.terms ?? []),
  synonyms: [
    ...RULE_LEXICONS.flatMap((l) => l.retrieval?.synonyms ?? []),
    ...APPLICANT_KIND_WORDS.filter((k) => CLAUSE_KINDS.includes(k.kind)).map((k) => [k.kind, ...k.words.filter((w) => w !== k.kind)]),
    ABROAD_WORDS,
  ],
  expansions: Object.assign({}, LEVEL_EXPANSIONS, ...RULE_LEXICONS.map((l) => l.retrieval?.expansions ?? {})),
  // The same typos the chat's normaliser corrects: a misspelt question finds its clause too.
  corrections: TYPOS,
};
