import { Module } from '@nestjs/common';
import { resolve } from 'node:path';
import { SETTINGS } from '../config/config.module';
import type { Settings } from '../config/settings.schema';
import { FeedbackService } from './feedback.service';
import { GapsService } from './gaps.service';
import { JsonlRecordStore } from './jsonl-record.store';
import { RecordStore } from './record-store.port';
import { RecordsExportService } from './records-export.service';
import { RecordsRetention } from './records-retention';
import { StoredTurnLog } from './stored-turn-log';

/** Conversations and feedback kept on disk (JSON Lines under DATA_DIR) for the hotline console. */
@Module({
  providers: [
    { provide: RecordStore, inject: [SETTINGS], useFactory: (s: Settings) => new JsonlRecordStore(resolve(s.DATA_DIR)) },
    StoredTurnLog,
    FeedbackService,
    GapsService,
    RecordsExportService,
    RecordsRetention,
  ],
  exports: [StoredTurnLog, FeedbackService, GapsService, RecordsExportService],
})
export class RecordsModule {}
