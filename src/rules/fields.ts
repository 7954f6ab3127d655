import { z } from 'zod';
import { hasAtMostTwoDecimals } from './money';

/**
 * Field builders for the enterprise profile. Every message is Chinese and says what is expected, so
 * a 400 names the field and the fix (`facts.annualSalesYuan：不能为负数`).
 */

/** Ten trillion yuan: far above any real figure, far below where integer arithmetic would be at risk. */
const MAX_YUAN = 10_000_000_000_000;
const MAX_COUNT = 1_000_000;

export function yuanField(description: string, min = 0) {
  return z
    .number({ error: '应为数字（单位：元）' })
    .int({ error: '应为整数（单位：元）' })
    .min(min, { error: min > 0 ? `应不少于${min}元` : '不能为负数' })
    .max(MAX_YUAN, { error: '金额过大，请核对单位（元）' })
    .describe(description);
}

export function countField(description: string, unitWord = '件') {
  return z
    .number({ error: `应为数字（单位：${unitWord}）` })
    .int({ error: `应为整数（单位：${unitWord}）` })
    .min(0, { error: '不能为负数' })
    .max(MAX_COUNT, { error: '数量过大，请核对' })
    .describe(description);
}

/** A share in percent (20 means 20 %), 0–100, at most two decimals. */
export function percentField(description: string) {
  return z
    .number({ error: '应为数字（百分比，如 20 表示 20%）' })
    .min(0, { error: '不能为负数' })
    .max(100, { error: '不能超过100（百分比）' })
    .refine(hasAtMostTwoDecimals, { error: '最多保留两位小数' })
    .describe(description);
}

export function flagField(description: string) {
  return z.boolean({ error: '应为 true（是）或 false（否）' }).describe(description);
}

export function integerField(description: string, min: number, max: number, unitWord: string) {
  return z
    .number({ error: `应为数字（单位：${unitWord}）` })
    .int({ error: `应为整数（单位：${unitWord}）` })
    .min(min, { error: `应在${min}到${max}之间` })
    .max(max, { error: `应在${min}到${max}之间` })
    .describe(description);
}

/** One of the listed Chinese literals; the message lists them all. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `只能是：${values.join('、')}` });
}

export function choiceField<const T extends readonly [string, ...string[]]>(values: T, description: string) {
  return oneOf(values).describe(description);
}

/** Several options at once (the levels newly recognised this year); `[]` means none. */
export function choicesField<const T extends readonly [string, ...string[]]>(values: T, description: string) {
  return z
    .array(oneOf(values), { error: '应为数组（没有则填 []）' })
    .refine((v) => new Set(v).size === v.length, { error: '选项不能重复' })
    .describe(description);
}

/** One entry per item obtained (the same award twice for two patents is two entries); `[]` means none. */
export function listField<const T extends readonly [string, ...string[]]>(values: T, description: string, maxItems = 100) {
  return z
    .array(oneOf(values), { error: '应为数组（没有则填 []）' })
    .max(maxItems, { error: `最多${maxItems}项` })
    .describe(description);
}

export function textField(description: string, maxLength = 50) {
  return z
    .string({ error: '应为文字' })
    .trim()
    .min(1, { error: '不能为空' })
    .max(maxLength, { error: `不超过${maxLength}个字符` })
    .describe(description);
}
