import { SetMetadata } from '@nestjs/common';
import type { z } from 'zod';

export const API_DOC = 'jdip:api-doc';

/** Groups of the API description, in the order the docs page shows them. */
export const API_TAGS = ['对话', '条款', '测算', '反馈与记录', '坐席', '运行状态', '接口说明', '页面', '微信公众号'] as const;
export type ApiTag = (typeof API_TAGS)[number];

export interface ApiResponseDoc {
  description: string;
  /** Media type of the body; JSON when omitted. */
  contentType?: string;
  /** The body's shape, for JSON responses. */
  schema?: z.ZodType;
}

/**
 * What a route takes and gives, beside its handler. The input schemas are the very zod schemas the handler
 * validates with; `GET /api/openapi.json` is generated from these and from the routes Nest registered.
 */
export interface RouteDoc {
  tag: ApiTag;
  /** One line, Chinese. */
  summary: string;
  description?: string;
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  /** Media type of the request body; JSON when omitted. */
  bodyType?: string;
  responses: Record<number, ApiResponseDoc>;
  /** Who may call it: staff (console session or token) or a metrics scraper (when METRICS_TOKEN is set). */
  auth?: 'console' | 'metrics';
}

export const ApiDoc = (doc: RouteDoc) => SetMetadata(API_DOC, doc);
