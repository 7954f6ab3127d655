/**
 * Words of the policy's domain that the clause search is given from outside (the rules' lexicons, wired
 * at the application's root), merged with the retrieval's own general words. Without one, the search
 * uses its general words only.
 */
export abstract class DomainVocabulary {
  abstract readonly terms: readonly string[];
  abstract readonly synonyms: readonly (readonly string[])[];
  abstract readonly expansions: Readonly<Record<string, readonly string[]>>;
}
