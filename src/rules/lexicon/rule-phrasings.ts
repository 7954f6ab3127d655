import { ART1_PHRASINGS } from '../items/art-01.phrasings';
import { ART2_PHRASINGS } from '../items/art-02.phrasings';
import { ART3_PHRASINGS } from '../items/art-03.phrasings';
import { ART4_PHRASINGS } from '../items/art-04.phrasings';
import { ART5_PHRASINGS } from '../items/art-05.phrasings';
import { ART6_PHRASINGS } from '../items/art-06.phrasings';
import { ART7_PHRASINGS } from '../items/art-07.phrasings';
import { ART8_PHRASINGS } from '../items/art-08.phrasings';
import { ART9_PHRASINGS } from '../items/art-09.phrasings';
import { ART10_PHRASINGS } from '../items/art-10.phrasings';
import { ART11_PHRASINGS } from '../items/art-11.phrasings';
import { ART12_PHRASINGS } from '../items/art-12.phrasings';
import { ART13_PHRASINGS } from '../items/art-13.phrasings';
import { ART14_PHRASINGS } from '../items/art-14.phrasings';
import { ART15_PHRASINGS } from '../items/art-15.phrasings';
import { ART16_PHRASINGS } from '../items/art-16.phrasings';
import type { RulePhrasings } from './lexicon.types';

/** Every rule's phrasings, in policy order (src/rules/items/art-NN.phrasings.ts). */
export const RULE_PHRASINGS: readonly RulePhrasings[] = [
  ...ART1_PHRASINGS,
  ...ART2_PHRASINGS,
  ...ART3_PHRASINGS,
  ...ART4_PHRASINGS,
  ...ART5_PHRASINGS,
  ...ART6_PHRASINGS,
  ...ART7_PHRASINGS,
  ...ART8_PHRASINGS,
  ...ART9_PHRASINGS,
  ...ART10_PHRASINGS,
  ...ART11_PHRASINGS,
  ...ART12_PHRASINGS,
  ...ART13_PHRASINGS,
  ...ART14_PHRASINGS,
  ...ART15_PHRASINGS,
  ...ART16_PHRASINGS,
];
