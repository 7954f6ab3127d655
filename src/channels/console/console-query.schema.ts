import { z } from 'zod';
import { dayOf, daysBefore, isCalendarDay } from '../../records/day-key';

const day = (what: string) =>
  z
    .string({ error: `${what}应为日期` })
    .refine(isCalendarDay, { error: `${what}应为 YYYY-MM-DD 格式的日期，如 2024-05-01` });

const intParam = (min: number, max: number, fallback: number, what: string) =>
  z.coerce
    .number({ error: `${what}应为 ${min}–${max} 之间的整数` })
    .int({ error: `${what}应为 ${min}–${max} 之间的整数` })
    .min(min, { error: `${what}应为 ${min}–${max} 之间的整数` })
    .max(max, { error: `${what}应为 ${min}–${max} 之间的整数` })
    .default(fallback);

/** `GET /api/console/gaps` */
export const gapsQuerySchema = z.object({
  limit: intParam(1, 200, 50, '条数 limit').describe('最多返回多少条，默认 50'),
  days: intParam(1, 3650, 30, '天数 days').describe('查看最近多少天，默认 30'),
});

export const EXPORT_DEFAULT_DAYS = 30;

/** `GET /api/console/export.csv`; without dates, the last 30 days (Beijing time). */
export const exportQuerySchema = z
  .object({
    kind: z.enum(['turns', 'feedback'], { error: '导出类型 kind 只能是 turns（问答记录）或 feedback（用户评价）' }).describe('导出类型：turns 问答记录，feedback 用户评价'),
    from: day('开始日期 from').optional().describe('开始日期（含），YYYY-MM-DD，北京时间'),
    to: day('结束日期 to').optional().describe('结束日期（含），YYYY-MM-DD，北京时间'),
  })
  .transform((q) => {
    const to = q.to ?? dayOf(new Date());
    return { kind: q.kind, to, from: q.from ?? daysBefore(to, EXPORT_DEFAULT_DAYS - 1) };
  })
  .refine((q) => q.from <= q.to, { error: '开始日期 from 不能晚于结束日期 to', path: ['from'] });
