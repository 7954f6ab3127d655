import pino, { Logger, LevelWithSilent } from 'pino';
import { maskPersonalData } from '../../common/personal-data';
import { requestContext } from './request-context';

export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/** Tests stay quiet unless LOG_LEVEL asks otherwise; everything else logs requests at info. */
export function defaultLogLevel(configured: LevelWithSilent | undefined, env: NodeJS.ProcessEnv = process.env): LevelWithSilent {
  return configured ?? (env.NODE_ENV === 'test' ? 'silent' : 'info');
}

function maskArg(arg: unknown): unknown {
  return typeof arg === 'string' ? maskPersonalData(arg) : arg;
}

/**
 * One JSON line per event on stdout. Every string argument passes through maskPersonalData, so a phone or
 * ID number in a message never reaches the log in clear; lines written while serving a request carry its id.
 */
export function createRootLogger(level: LevelWithSilent, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'jindong-ip-assistant' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const ctx = requestContext.getStore();
        return ctx ? { reqId: ctx.requestId } : {};
      },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie'], censor: '[已隐藏]' },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map(maskArg) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

/** For logging what a user wrote without logging it: its length and a short masked beginning. */
export function textPreview(text: string, chars = 16): { chars: number; preview: string } {
  const head = [...text].slice(0, chars).join('');
  return { chars: [...text].length, preview: maskPersonalData(head) + (head.length < text.length ? '…' : '') };
}
