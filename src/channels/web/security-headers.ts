/**
 * Response headers for the pages. Scripts and styles come only from this server (no inline code, no
 * CDN); the public page may be framed by the portals listed in WEB_FRAME_ANCESTORS, the console never.
 */
const BASE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
];

export function publicPageHeaders(frameAncestors: string): Record<string, string> {
  return {
    'content-security-policy': [...BASE_POLICY, `frame-ancestors ${frameAncestors}`].join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  };
}

export function consolePageHeaders(): Record<string, string> {
  return {
    'content-security-policy': [...BASE_POLICY, "frame-ancestors 'none'"].join('; '),
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}

/** The API documentation page: no script at all, its one inline style allowed by hash. */
export function docsPageHeaders(styleHash: string): Record<string, string> {
  return {
    'content-security-policy': ["default-src 'none'", `style-src ${styleHash}`, "img-src 'self' data:", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"].join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}
