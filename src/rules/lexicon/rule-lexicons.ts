import { ART1_LEXICONS } from '../items/art-01.lexicon';
import { ART2_LEXICONS } from '../items/art-02.lexicon';
import { ART3_LEXICONS } from '../items/art-03.lexicon';
import { ART4_LEXICONS } from '../items/art-04.lexicon';
import { ART5_LEXICONS } from '../items/art-05.lexicon';
import { ART6_LEXICONS } from '../items/art-06.lexicon';
import { ART7_LEXICONS } from '../items/art-07.lexicon';
import { ART8_LEXICONS } from '../items/art-08.lexicon';
import { ART9_LEXICONS } from '../items/art-09.lexicon';
import { ART10_LEXICONS } from '../items/art-10.lexicon';
import { ART11_LEXICONS } from '../items/art-11.lexicon';
import { ART12_LEXICONS } from '../items/art-12.lexicon';
import { ART13_LEXICONS } from '../items/art-13.lexicon';
import { ART14_LEXICONS } from '../items/art-14.lexicon';
import { ART15_LEXICONS } from '../items/art-15.lexicon';
import { ART16_LEXICONS } from '../items/art-16.lexicon';
import type { RuleLexicon } from './lexicon.types';

/** Every rule's words, in policy order (src/rules/items/art-NN.lexicon.ts). */
export const RULE_LEXICONS: readonly RuleLexicon[] = [
  ...ART1_LEXICONS,
  ...ART2_LEXICONS,
  ...ART3_LEXICONS,
  ...ART4_LEXICONS,
  ...ART5_LEXICONS,
  ...ART6_LEXICONS,
  ...ART7_LEXICONS,
  ...ART8_LEXICONS,
  ...ART9_LEXICONS,
  ...ART10_LEXICONS,
  ...ART11_LEXICONS,
  ...ART12_LEXICONS,
  ...ART13_LEXICONS,
  ...ART14_LEXICONS,
  ...ART15_LEXICONS,
  ...ART16_LEXICONS,
];
