import { Writable } from 'node:stream';
import { acceptedRequestId, requestContext } from './request-context';
import { createRootLogger, defaultLogLevel, textPreview } from './root-logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _e, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, stream };
}

describe('root logger', () => {
  it('writes JSON with a level label and masks phone and ID numbers in messages', () => {
    const { lines, stream } = capture();
    createRootLogger('info', stream).warn('用户留下电话13812345678和身份证330102199001011234');
    expect(lines[0]).toMatchObject({ level: 'warn', service: 'jindong-ip-assistant' });
    expect(lines[0].msg).toContain('138****5678');
    expect(JSON.stringify(lines)).not.toMatch(/13812345678|330102199001011234/);
  });

  it('adds the id of the request being served', () => {
    const { lines, stream } = capture();
    const logger = createRootLogger('info', stream);
    requestContext.run({ requestId: 'r-1' }, () => logger.info('inside'));
    logger.info('outside');
    expect(lines.map((l) => l.reqId)).toEqual(['r-1', undefined]);
  });

  it('hides authorization headers', () => {
    const { lines, stream } = capture();
    createRootLogger('info', stream).info({ req: { headers: { authorization: 'Bearer secret' } } }, 'x');
    expect(JSON.stringify(lines)).not.toContain('secret');
  });

  it('is silent in tests unless LOG_LEVEL says otherwise', () => {
    expect(defaultLogLevel(undefined, { NODE_ENV: 'test' })).toBe('silent');
    expect(defaultLogLevel(undefined, { NODE_ENV: 'production' })).toBe('info');
    expect(defaultLogLevel('debug', { NODE_ENV: 'test' })).toBe('debug');
  });

  it('previews user text by length and a short masked beginning', () => {
    expect(textPreview('我的电话是13812345678，想问专利导航项目怎么申报', 16)).toEqual({ chars: 29, preview: '我的电话是138****5678…' });
  });

  it('accepts only plain tokens as incoming request ids', () => {
    expect(acceptedRequestId('lb-1.2:3_x')).toBe('lb-1.2:3_x');
    expect(acceptedRequestId(['a1', 'b2'])).toBe('a1');
    expect(acceptedRequestId('has space')).toBeUndefined();
    expect(acceptedRequestId('x'.repeat(65))).toBeUndefined();
    expect(acceptedRequestId(undefined)).toBeUndefined();
  });
});
