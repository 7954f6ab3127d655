import type { Clause } from '../corpus/clause';
import type { PolicyDocument } from '../corpus/corpus.service';
import { isDay } from '../corpus/document-meta.schema';
import { BASE_POLICY_VERSION, inVersion, PolicyVersionInfo, ResolvedVersion, VersionedValue } from './policy-version';
import { Param, ParamUnit } from './rule';

const FIGURE = /(\d+(?:\.\d+)?)(万元|万|元|%|件|家)/g;

/** The figures of a quote in a parameter's unit: 12万元 → 120000 for yuan, 20% → 20 for percent, 满一年 → 12 months. */
export function figureValues(quote: string, unit: ParamUnit): number[] {
  if (unit === 'months') return /满一年/.test(quote) ? [12] : [];
  return [...quote.matchAll(FIGURE)]
    .filter((m) => (unit === 'percent' ? m[2] === '%' : unit === 'count' ? m[2] === '件' || m[2] === '家' : ['万元', '万', '元'].includes(m[2])))
    .map((m) => (m[2] === '万元' || m[2] === '万' ? Number(m[1]) * 10000 : Number(m[1])));
}

/** One side of a change: the figure, the words and the clause of one version. */
export interface ParamState {
  value: number;
  quote: string;
  /** The corpus clause holding the quote (GET /api/clauses/:clauseId); a later version's carries its clauseIdPrefix. */
  clauseId: string;
  version: string;
}

/** A parameter whose figure, words or clause differ between two versions. */
export interface ParamChange {
  id: string;
  label: string;
  unit: ParamUnit;
  /** The clause in the policy's own numbering (the later side's), e.g. `art.1.1`. */
  clauseId: string;
  /** Rules that use the parameter. */
  ruleIds: string[];
  from: ParamState;
  to: ParamState;
}

/** A parameter together with the rules that use it. */
export interface RuleParam {
  param: Param;
  ruleIds: string[];
}

function versionInfo(doc: PolicyDocument, find: (id: string) => Clause | undefined): PolicyVersionInfo {
  const { meta } = doc;
  const v = meta.version!;
  const titleClause = find(`${meta.clauseIdPrefix}${meta.structure.titleId}`);
  const titleCitation =
    v.id === BASE_POLICY_VERSION.id && titleClause?.text.includes(BASE_POLICY_VERSION.titleCitation.quote)
      ? BASE_POLICY_VERSION.titleCitation
      : { clauseId: titleClause?.id ?? `${meta.clauseIdPrefix}${meta.structure.titleId}`, quote: titleClause?.text ?? meta.title };
  return { id: v.id, title: meta.title, shortTitle: meta.shortTitle, status: meta.status, effective: v.effective, titleCitation };
}

/**
 * The versions of the policy, oldest first, each with every parameter's figure. The first is the draft,
 * whose figures are the code's; each later one is a document of the corpus that names the one it replaces,
 * with the parameters it changes in `<id>.params.json`. A parameter it does not list keeps the previous
 * figure, and its words must still stand in the later text (they are cited from there): a figure changed
 * in the text but not listed is refused at start-up rather than cited from the older text.
 */
export class PolicyVersions {
  private constructor(
    readonly chain: readonly ResolvedVersion[],
    private readonly params: readonly RuleParam[],
  ) {}

  static build(documents: readonly PolicyDocument[], find: (id: string) => Clause | undefined, params: readonly RuleParam[]): PolicyVersions {
    const versioned = documents.filter((d) => d.meta.version);
    const baseDoc = versioned.find((d) => d.meta.version!.id === BASE_POLICY_VERSION.id);
    if (!baseDoc) {
      if (versioned.length) {
        throw new Error(
          `语料中有政策版本（${versioned.map((d) => d.meta.version!.id).join('、')}），但没有第一个版本 ${BASE_POLICY_VERSION.id}（其参数写在代码中）；后续版本须沿 supersedes 接到它`,
        );
      }
      return new PolicyVersions([{ version: BASE_POLICY_VERSION, values: new Map() }], params);
    }
    if (baseDoc.meta.version!.supersedes !== null) {
      throw new Error(`版本 ${BASE_POLICY_VERSION.id} 的参数写在代码中，它是第一个版本，supersedes 应为 null`);
    }
    const base: ResolvedVersion = { version: versionInfo(baseDoc, find), values: new Map() };
    const chain: ResolvedVersion[] = [base];
    const codeValues = inVersion(base, () =>
      new Map(params.map(({ param: p }) => [p.id, { value: p.value, quote: p.quote, clauseId: p.clauseId, policyClauseId: p.clauseId, version: base.version }])),
    );
    let previous: ReadonlyMap<string, VersionedValue> = codeValues;
    for (let doc = next(baseDoc); doc; doc = next(doc)) {
      const version = versionInfo(doc, find);
      const prefix = doc.meta.clauseIdPrefix;
      const file = `${version.id}.params.json`;
      const known = new Set(params.map((p) => p.param.id));
      for (const listed of doc.params) {
        if (!known.has(listed.id)) throw new Error(`${file}：未知的参数 ${listed.id}（GET /api/rules 的 parameters 列出全部参数编号）`);
      }
      const values = new Map<string, VersionedValue>();
      for (const { param: p } of params) {
        const listed = doc.params.find((x) => x.id === p.id);
        if (listed) {
          if (!figureValues(listed.quote, p.unit).includes(listed.value)) {
            throw new Error(`${file}：参数 ${p.id}（${p.label}）的值 ${listed.value} 与原文“${listed.quote}”中的数字不符（单位 ${p.unit}：元、整数百分比、件数或月数）`);
          }
          values.set(p.id, { value: listed.value, quote: listed.quote, clauseId: listed.corpusClauseId, policyClauseId: listed.clauseId, version });
          continue;
        }
        const before = previous.get(p.id)!;
        const clause = find(`${prefix}${before.policyClauseId}`);
        if (!clause || clause.docId !== doc.meta.id || !clause.text.includes(before.quote)) {
          throw new Error(
            `政策版本 ${version.id}（${doc.meta.file}）的条款 ${before.policyClauseId} 中找不到参数 ${p.id}（${p.label}）沿用的原文“${before.quote}”：` +
              `该版本若改了这个数字或措辞，请在 ${file} 中写出它的新值、原文和条款`,
          );
        }
        values.set(p.id, { ...before, clauseId: clause.id, version });
      }
      chain.push({ version, values });
      previous = values;
    }
    return new PolicyVersions(chain, params);

    function next(doc: PolicyDocument): PolicyDocument | undefined {
      return versioned.find((d) => d.meta.version!.supersedes === doc.meta.version!.id);
    }
  }

  list(): PolicyVersionInfo[] {
    return this.chain.map((v) => v.version);
  }

  /** The version in force on `day` (YYYY-MM-DD): the latest whose implementation date has come, else the first. */
  at(day: string): ResolvedVersion {
    for (let i = this.chain.length - 1; i > 0; i--) {
      const from = this.chain[i].version.effective.from;
      if (from && from <= day) return this.chain[i];
    }
    return this.chain[0];
  }

  find(id: string): ResolvedVersion | undefined {
    return this.chain.find((v) => v.version.id === id);
  }

  /** A version id, or a date meaning the version in force on it. */
  resolve(ref: string): ResolvedVersion | undefined {
    return isDay(ref) ? this.at(ref) : this.find(ref);
  }

  /** Every parameter whose figure, words or clause differ between `a` and `b`, in rule order. */
  changes(a: ResolvedVersion, b: ResolvedVersion): ParamChange[] {
    const state = (r: ResolvedVersion, p: Param): ParamState & { policyClauseId: string } =>
      inVersion(r, () => {
        const own = r.values.get(p.id);
        return { value: p.value, quote: p.quote, clauseId: p.clauseId, version: p.document, policyClauseId: own?.policyClauseId ?? p.clauseId };
      });
    const out: ParamChange[] = [];
    for (const { param: p, ruleIds } of this.params) {
      const { policyClauseId: fromClause, ...from } = state(a, p);
      const { policyClauseId: toClause, ...to } = state(b, p);
      if (from.value === to.value && from.quote === to.quote && fromClause === toClause) continue;
      out.push({ id: p.id, label: p.label, unit: p.unit, clauseId: toClause, ruleIds, from, to });
    }
    return out;
  }
}
