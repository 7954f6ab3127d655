import { Injectable } from '@nestjs/common';
import { TurnLog, TurnRecord } from '../chat/records/turn-log.port';
import { maskPersonalData } from '../common/personal-data';
import { RecordStore } from './record-store.port';

/** Keeps every turn for the console (gaps, exports), with phone numbers, ID numbers etc. masked first. */
@Injectable()
export class StoredTurnLog extends TurnLog {
  constructor(private readonly store: RecordStore) {
    super();
  }

  async record(turn: TurnRecord): Promise<void> {
    await this.store.append('turns', {
      ...turn,
      question: maskPersonalData(turn.question),
      answer: maskPersonalData(turn.answer),
    });
  }
}
