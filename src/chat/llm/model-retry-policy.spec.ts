import { retryModelErrors } from './model-retry-policy';

describe('retryModelErrors', () => {
  it.each([429, 500, 502, 503, 504])('retries HTTP %i', (status) => {
    expect(() => retryModelErrors(Object.assign(new Error('x'), { status }))).not.toThrow();
  });

  it('retries network errors without a status', () => {
    expect(() => retryModelErrors(Object.assign(new Error('fetch failed'), { code: 'ECONNRESET' }))).not.toThrow();
  });

  it.each([400, 401, 404, 422])('stops at once on HTTP %i', (status) => {
    expect(() => retryModelErrors(Object.assign(new Error('x'), { status }))).toThrow();
  });

  it('stops on an exhausted quota and on an abort', () => {
    expect(() => retryModelErrors(Object.assign(new Error('quota'), { status: 429, code: 'insufficient_quota' }))).toThrow();
    expect(() => retryModelErrors(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toThrow();
  });
});
