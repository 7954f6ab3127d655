import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SETTINGS } from '../config/config.module';
import type { Settings } from '../config/settings.schema';
import { dayOf, daysBefore } from './day-key';
import { RecordStore } from './record-store.port';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes day-files older than RECORDS_RETENTION_DAYS at start-up and then once a day. */
@Injectable()
export class RecordsRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RecordsRetention.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly store: RecordStore,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.purge();
    this.timer = setInterval(() => void this.purge(), DAY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Keeps today and the `RECORDS_RETENTION_DAYS - 1` days before it. */
  async purge(now = new Date()): Promise<string[]> {
    try {
      const firstKept = daysBefore(dayOf(now), this.settings.RECORDS_RETENTION_DAYS - 1);
      // Feedback cannot outlive this: the turn index keeps an answer at most RECORDS_RETENTION_DAYS days.
      const deleted = await this.store.deleteBefore(firstKept);
      if (deleted.length) this.logger.log(`已删除超过保留期（${this.settings.RECORDS_RETENTION_DAYS} 天）的记录：${deleted.join('、')}`);
      return deleted;
    } catch (error) {
      this.logger.warn(`清理过期记录失败：${(error as Error).message}`);
      return [];
    }
  }
}
