/**
 * The one error type the domain throws. Channels map `code` to their transport
 * (HTTP status, WeChat text); the message is always Chinese and safe to show a user.
 */
export const DOMAIN_ERROR_CODES = {
  VALIDATION: 'VALIDATION',
  NOT_FOUND: 'NOT_FOUND',
  CLAUSE_NOT_FOUND: 'CLAUSE_NOT_FOUND',
  RULE_NOT_FOUND: 'RULE_NOT_FOUND',
  UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL: 'INTERNAL',
  /** Too many requests from one address or WeChat user; the message says to wait. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The request took longer than REQUEST_TIMEOUT_MS. */
  TIMEOUT: 'TIMEOUT',
  /** A protected endpoint (e.g. /metrics with METRICS_TOKEN) without the right token. */
  UNAUTHORIZED: 'UNAUTHORIZED',
} as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[keyof typeof DOMAIN_ERROR_CODES];

export interface DomainErrorDetail {
  /** Dotted path of the offending field, e.g. `q` or `facts.salesYuan`. */
  field?: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: DomainErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static validation(message: string, details: DomainErrorDetail[] = []): DomainError {
    return new DomainError(DOMAIN_ERROR_CODES.VALIDATION, message, details);
  }
}
