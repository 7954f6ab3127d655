import { z } from 'zod';
import { type Level, LEVEL_SOURCE, levelOf } from '../../rules/lexicon/levels';
import { profileShape, type ProfileKey } from '../../rules/profile.schema';

/** A field's options (its enum literals) and whether several may be given; undefined for other fields. */
interface Choice {
  options: readonly string[];
  many: boolean;
  /** Per option, the two-character pieces no other option has: 大奖 for 省知识产权奖大奖, 二等 for 门类奖二等奖. */
  marks: readonly (readonly string[])[];
}

const CHOICES = new Map<ProfileKey, Choice | undefined>();

function bigrams(s: string): string[] {
  return [...s].slice(0, -1).map((c, i) => c + [...s][i + 1]);
}

function choiceOf(field: ProfileKey): Choice | undefined {
  if (CHOICES.has(field)) return CHOICES.get(field);
  const json = z.toJSONSchema(profileShape[field], { unrepresentable: 'any', io: 'input' }) as { enum?: string[]; items?: { enum?: string[] } };
  const options = json.enum ?? json.items?.enum;
  let choice: Choice | undefined;
  if (options?.length) {
    const marks = options.map((o) => bigrams(o).filter((b) => !options.some((other) => other !== o && other.includes(b))));
    choice = { options, many: !json.enum, marks };
  }
  CHOICES.set(field, choice);
  return choice;
}

/** A choice field's options, as its schema lists them (empty for other fields). */
export function optionsOf(field: ProfileKey): readonly string[] {
  return choiceOf(field)?.options ?? [];
}

const LEADING_LEVEL = new RegExp(`^(?:${LEVEL_SOURCE})`);

/** The options of a choice field that name this level first (国家商业秘密保护示范基地 is 国家级): the schema decides, no table. */
export function optionsAtLevel(field: ProfileKey, level: Level): string[] {
  return optionsOf(field).filter((o) => {
    const m = LEADING_LEVEL.exec(o);
    return m !== null && levelOf(m[0]) === level;
  });
}

/** Longest reply read this way: a short answer to the question, not a story. */
const REPLY_CHARS = 24;
const DENIAL = /不是|没|未|无/;

/**
 * A free-form reply to a question about a choice (大奖, 门类奖，专利奖二等, 银奖和优秀奖): the options
 * whose own distinctive words it contains, generated from the field's enum — no table of spoken forms.
 * One option for a single choice; one or more for a list. Undefined when it names none, or is ambiguous.
 */
export function choiceReply(text: string, field: ProfileKey): string | string[] | undefined {
  const choice = choiceOf(field);
  if (!choice || text.length > REPLY_CHARS || DENIAL.test(text)) return undefined;
  const named = choice.options.filter((_, i) => choice.marks[i].some((m) => text.includes(m)));
  if (named.length === 0) return undefined;
  if (choice.many) return named;
  return named.length === 1 ? named[0] : undefined;
}
