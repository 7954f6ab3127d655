import { Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis, { RedisOptions } from 'ioredis';
import { DOMAIN_ERROR_CODES, DomainError } from '../domain-error';
import { KeyValueStore } from './key-value.store';

/**
 * INCR and the window's expiry in one atomic step, so that two instances counting the same key at the
 * same moment cannot leave a counter without an expiry. A key that somehow lost its TTL gets one again.
 */
const INCREMENT_LUA = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}`;

type WithIncrement = Redis & { kvIncrement(key: string, ttlMs: number): Promise<[number, number]> };

export interface RedisKeyValueOptions {
  url: string;
  /** Prepended to every key, so several deployments can share one Redis. */
  keyPrefix: string;
  /** Longest wait for one command; past it the request fails with 503 instead of hanging. */
  commandTimeoutMs?: number;
}

const UNAVAILABLE_MESSAGE = '共享存储（Redis）暂时不可用，请稍后再试';

/** The KeyValueStore shared by every instance behind the load balancer (REDIS_URL). */
export class RedisKeyValueStore extends KeyValueStore implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private readonly redis: WithIncrement;
  private lastError = '';

  constructor(options: RedisKeyValueOptions, redisOptions: RedisOptions = {}) {
    super();
    const commandTimeout = options.commandTimeoutMs ?? 2_000;
    this.redis = new Redis(options.url, {
      keyPrefix: options.keyPrefix,
      // Fail a command after one reconnection attempt rather than queueing it for minutes: the caller
      // answers 503 and the load balancer's health check takes this instance out.
      maxRetriesPerRequest: 1,
      connectTimeout: commandTimeout,
      commandTimeout,
      retryStrategy: (times) => Math.min(100 * times, 2_000),
      ...redisOptions,
    }) as WithIncrement;
    this.redis.defineCommand('kvIncrement', { numberOfKeys: 1, lua: INCREMENT_LUA });
    this.redis.on('ready', () => {
      this.lastError = '';
      this.logger.log(`已连接 Redis（${describeUrl(options.url)}，键前缀 ${options.keyPrefix}）`);
    });
    this.redis.on('error', (e: Error) => {
      // ioredis repeats the same error on every reconnection attempt; log each distinct one once.
      if (e.message !== this.lastError) this.logger.error(`Redis 连接错误：${e.message}`);
      this.lastError = e.message;
    });
  }

  override get backend(): 'redis' {
    return 'redis';
  }

  override async ping(): Promise<boolean> {
    if (this.redis.status !== 'ready') return false;
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.call(() => this.redis.get(key))) ?? undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.call(() => this.redis.set(key, value, 'PX', positive(ttlMs)));
  }

  async setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    return (await this.call(() => this.redis.set(key, value, 'PX', positive(ttlMs), 'NX'))) === 'OK';
  }

  async delete(key: string): Promise<void> {
    await this.call(() => this.redis.del(key));
  }

  async increment(key: string, ttlMs: number): Promise<{ count: number; ttlMs: number }> {
    const [count, left] = await this.call(() => this.redis.kvIncrement(key, positive(ttlMs)));
    return { count: Number(count), ttlMs: Number(left) };
  }

  /** Lets commands in flight finish, then closes; a connection that is down is simply dropped. */
  async onApplicationShutdown(): Promise<void> {
    if (this.redis.status !== 'ready') {
      this.redis.disconnect();
      return;
    }
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
  }

  private async call<T>(command: () => Promise<T>): Promise<T> {
    // Once a connection attempt has failed, answer at once until Redis is back instead of queueing
    // every request behind the reconnection loop (at start-up, commands wait for the first connection).
    if (this.redis.status !== 'ready' && this.lastError) {
      throw new DomainError(DOMAIN_ERROR_CODES.UNAVAILABLE, UNAVAILABLE_MESSAGE);
    }
    try {
      return await command();
    } catch (e) {
      // The cause stays in the log; the user gets a Chinese 503 without internals.
      this.logger.warn(`Redis 命令失败：${(e as Error).message}`);
      throw new DomainError(DOMAIN_ERROR_CODES.UNAVAILABLE, UNAVAILABLE_MESSAGE);
    }
  }
}

function positive(ttlMs: number): number {
  return Math.max(1, Math.round(ttlMs));
}

/** Host, port and database only: a password in the URL must not reach the logs. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname && u.pathname !== '/' ? u.pathname : ''}`;
  } catch {
    return 'redis';
  }
}
