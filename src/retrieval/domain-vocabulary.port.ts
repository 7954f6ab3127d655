/**
 * Words of the policy's domain that the clause search is given from outside (the rules' lexicons, wired
 * at the application's root), merged with the retrieval's own general words. Without one, the search
 * uses its general words only.
 */
export abstract class DomainVocabulary {
  abstract readonly terms: readonly string[];
  abstract readonly synonyms: readonly (readonly string[])[];
  abstract readonly expansions: Readonly<Record<string, readonly string[]>>;
  /** Misspellings and short names rewritten in a question before it is searched (质压 → 质押, 商密站 → 商业秘密站). */
  abstract readonly corrections: readonly (readonly [RegExp, string])[];
}
