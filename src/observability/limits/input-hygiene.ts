import type { NextFunction, Request, Response } from 'express';
import { parse } from 'node:querystring';
import { stripInvisible } from '../../common/text-sanitize';

const MAX_DEPTH = 64;

/**
 * Every string in a parsed JSON body or a query string, with invisible characters (zero-width, bidi
 * controls, Unicode tag characters, control characters) removed — before any controller or log reads it.
 * Object keys are cleaned too. Deeper than MAX_DEPTH is left for the schema to reject.
 */
export function stripInvisibleDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return stripInvisible(value);
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = stripInvisibleDeep(value[i], depth + 1);
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[stripInvisible(k)] = stripInvisibleDeep(v, depth + 1);
  return out;
}

/** Express 5's `simple` query parser, cleaned. */
export function cleanQueryParser(query: string): Record<string, unknown> {
  return stripInvisibleDeep({ ...parse(query) }) as Record<string, unknown>;
}

export function cleanJsonBody(req: Request, _res: Response, next: NextFunction): void {
  if (req.body !== null && typeof req.body === 'object' && req.is('json')) req.body = stripInvisibleDeep(req.body);
  next();
}
