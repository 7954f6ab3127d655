import { LoggerService } from '@nestjs/common';
import type { Logger } from 'pino';

/** Nest's Logger calls (`new Logger('Ctx').warn(…)`) written as pino JSON lines with their context. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    // Nest passes (message, stack, context) for errors; keep the stack as its own field.
    const [stack, context] = params.length >= 2 ? params : [undefined, params[0]];
    const fields: Record<string, unknown> = { context: typeof context === 'string' ? context : undefined };
    if (typeof stack === 'string') fields.stack = stack;
    if (message instanceof Error) {
      fields.err = message;
      this.logger.error(fields, message.message);
      return;
    }
    this.logger.error(fields, stringify(message));
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: 'info' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, params: unknown[]): void {
    if (!this.logger.isLevelEnabled(level)) return;
    const context = params.length && typeof params[params.length - 1] === 'string' ? params[params.length - 1] : undefined;
    this.logger[level]({ context }, stringify(message));
  }
}

function stringify(message: unknown): string {
  if (typeof message === 'string') return message;
  try {
    return JSON.stringify(message);
  } catch {
    return String(message);
  }
}
