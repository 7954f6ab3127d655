import { z } from 'zod';

/** The body of every error response (the domain error filter writes it), for the API description. */
export const errorResponse = z.strictObject({
  error: z.strictObject({
    code: z.string().describe('错误码，如 VALIDATION、NOT_FOUND、CLAUSE_NOT_FOUND、RULE_NOT_FOUND、RATE_LIMITED、TIMEOUT、UNAVAILABLE、UNAUTHORIZED、PAYLOAD_TOO_LARGE、INTERNAL'),
    message: z.string().describe('中文说明，可直接展示给用户'),
    details: z
      .array(z.strictObject({ field: z.string().optional().describe('出错的字段路径，如 q、facts.annualSalesYuan'), message: z.string() }))
      .optional()
      .describe('参数错误时逐项说明'),
  }),
}).meta({ id: 'Error' });
