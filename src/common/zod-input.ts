import { z } from 'zod';
import { DomainError, DomainErrorDetail } from './domain-error';

// zod ships a Simplified Chinese locale; every message a user can see is Chinese.
z.config(z.locales.zhCN());

/**
 * Parses untrusted input with a schema; failures become one VALIDATION DomainError whose
 * message names each offending field in Chinese.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what = '请求参数'): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details: DomainErrorDetail[] = result.error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.map(String).join('.') : undefined,
    message: issue.message,
  }));
  const summary = details.map((d) => (d.field ? `${d.field}：${d.message}` : d.message)).join('；');
  throw DomainError.validation(`${what}无效：${summary}`, details);
}
