/** Client errors that a retry cannot fix (bad request, bad key, unknown model …). */
const NO_RETRY = new Set([400, 401, 402, 403, 404, 405, 406, 407, 409, 413, 422]);

function statusOf(error: unknown): number | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as { status?: unknown; response?: { status?: unknown } };
  if (typeof e.status === 'number') return e.status;
  return typeof e.response?.status === 'number' ? e.response.status : undefined;
}

function isAbort(error: unknown): boolean {
  const e = error as { name?: string; message?: string };
  return e?.name === 'AbortError' || /^(Cancel|AbortError)/.test(e?.message ?? '');
}

/**
 * Which failed model calls LangChain should retry (with its exponential back-off): 429 and 5xx and
 * network errors, whether or not the server sent Retry-After. LangChain's default gives up on a 429
 * without that header, which compatible servers (vLLM, Ollama, gateways) rarely send. An exhausted quota
 * and client errors stop at once; the turn then falls back to the offline engine. Throwing stops.
 */
export function retryModelErrors(error: unknown): void {
  if (isAbort(error)) throw error;
  const status = statusOf(error);
  if (status !== undefined && NO_RETRY.has(status)) throw error;
  const code = (error as { code?: unknown; error?: { code?: unknown } })?.code ?? (error as { error?: { code?: unknown } })?.error?.code;
  if (code === 'insufficient_quota') throw error;
}
