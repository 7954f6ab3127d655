import type { PolicyStatus } from '../corpus/document-meta.schema';
import type { Param } from './rule';

/** When a version applies: `YYYY-MM-DD`, null where the text leaves the date blank. */
export interface EffectivePeriod {
  from: string | null;
  to: string | null;
}

/** One version of the policy (a document of the corpus with a `version` in its metadata). */
export interface PolicyVersionInfo {
  id: string;
  title: string;
  shortTitle: string;
  status: PolicyStatus;
  effective: EffectivePeriod;
  /** The version's title line, quoted by the caveat that names its status. */
  titleCitation: { clauseId: string; quote: string };
}

/** A parameter's figure in one version: the words of that version's text and the clause that holds them. */
export interface VersionedValue {
  value: number;
  quote: string;
  /** The corpus clause holding the quote (the document's clauseIdPrefix + the policy's clause id). */
  clauseId: string;
  /** The clause in the policy's own numbering, e.g. `art.1.1`. */
  policyClauseId: string;
  version: PolicyVersionInfo;
}

/** A version with every parameter's figure in it; the first version lists none (its figures are the code's). */
export interface ResolvedVersion {
  version: PolicyVersionInfo;
  values: ReadonlyMap<string, VersionedValue>;
}

/**
 * The first version, whose figures are the code's (src/rules/items/art-NN.params.ts): the draft for comment.
 * Its implementation date is blank in the text (「本意见自2023年 月 日起实施，有效期3年」), so both dates are
 * null. The corpus metadata says the same (a test keeps them equal); this copy serves code that runs
 * without a corpus (unit tests of rules).
 */
export const BASE_POLICY_VERSION: PolicyVersionInfo = {
  id: 'jindong-ip-2023-draft',
  title: '金华市金东区人民政府关于促进知识产权高质量发展的若干政策意见（征求意见稿）',
  shortTitle: '金东区知识产权高质量发展政策意见（征求意见稿）',
  status: '征求意见稿',
  effective: { from: null, to: null },
  titleCitation: { clauseId: 'title', quote: '关于促进知识产权高质量发展的若干政策意见（征求意见稿）' },
};

const BASE: ResolvedVersion = { version: BASE_POLICY_VERSION, values: new Map() };

/*
 * Which version parameters read. Rules read `ARTn.x.value` synchronously inside `evaluate`, so the version
 * is set around a synchronous evaluation (inVersion) like a context; elsewhere — catalogues, the chat's
 * checks — parameters read the version in force today, as the running RulesService says (setDefaultVersion),
 * and without one the first version.
 */
let active: ResolvedVersion | undefined;
/** Set by each running RulesService; the latest one set and not yet undone applies. */
const defaults: Array<() => ResolvedVersion> = [];

function current(): ResolvedVersion {
  return active ?? defaults[defaults.length - 1]?.() ?? BASE;
}

/** Runs `fn` (synchronous) with every parameter reading `version`. */
export function inVersion<T>(version: ResolvedVersion, fn: () => T): T {
  const previous = active;
  active = version;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

/** The version parameters read now. */
export function activeVersion(): PolicyVersionInfo {
  return current().version;
}

/** What parameters read outside inVersion; returns a function that undoes it (the one set before applies again). */
export function setDefaultVersion(resolve: () => ResolvedVersion): () => void {
  const entry = () => resolve();
  defaults.push(entry);
  return () => {
    const at = defaults.indexOf(entry);
    if (at >= 0) defaults.splice(at, 1);
  };
}

/**
 * A parameter whose figure, quote, clause and document are read from the active version, falling back to
 * the code's figure. Getters are own and enumerable, so JSON and `{ ...p }` see the resolved values.
 */
export function versionedParam(base: Omit<Param, 'document' | 'effective'>): Param {
  const { id } = base;
  const own = () => {
    const v = current();
    return { v, value: v.values.get(id) };
  };
  return {
    id,
    get value() {
      return own().value?.value ?? base.value;
    },
    unit: base.unit,
    role: base.role,
    get clauseId() {
      return own().value?.clauseId ?? base.clauseId;
    },
    get quote() {
      return own().value?.quote ?? base.quote;
    },
    label: base.label,
    // A later version lists every parameter (re-cited in its own text); the first lists none.
    get document() {
      const { v, value } = own();
      return (value?.version ?? v.version).id;
    },
    get effective() {
      const { v, value } = own();
      return (value?.version ?? v.version).effective;
    },
  };
}
