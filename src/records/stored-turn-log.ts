import { Injectable, Logger } from '@nestjs/common';
import { TurnLog, TurnRecord } from './turn-log.port';
import { maskPersonalData } from '../common/personal-data';
import { RecordStore } from './record-store.port';
import { TurnIndex } from './turn-index';

/** A question is at most 2,000 characters already (web, API and WeChat refuse longer ones): this is the backstop. */
export const QUESTION_MAX_CHARS = 2000;
/** Typical answers are 300–1,500 characters; a longer one is cut in the record (the user got it whole). */
export const ANSWER_MAX_CHARS = 8_000;

/**
 * Keeps every turn for the console (gaps, exports), with phone numbers, ID numbers etc. masked first and
 * over-long text cut with a marker (so a record stays bounded, and staff still see the turn), and
 * registers it in the index that feedback checks. Never throws: the store counts and reports failures.
 */
@Injectable()
export class StoredTurnLog extends TurnLog {
  private readonly logger = new Logger('TurnLog');

  constructor(
    private readonly store: RecordStore,
    private readonly index: TurnIndex,
  ) {
    super();
  }

  async record(turn: TurnRecord): Promise<void> {
    // Indexed before it is written: the answer was given even if the disk refuses the record.
    await this.index.remember(turn.turnId, turn.sessionId).catch((e: Error) => {
      this.logger.warn(`答复编号登记失败，该答复暂不能评价：${e.message}`);
    });
    await this.store
      .append('turns', {
        ...turn,
        question: clip(maskPersonalData(turn.question), QUESTION_MAX_CHARS),
        answer: clip(maskPersonalData(turn.answer), ANSWER_MAX_CHARS),
      })
      // Counted, shown in the readiness detail and logged by the store; the chat goes on.
      .catch(() => undefined);
  }
}

/** `text` cut to `max` characters with a marker saying how long it was; never splits a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return `${text.slice(0, end)}…（已截断，原文共 ${text.length} 字）`;
}
