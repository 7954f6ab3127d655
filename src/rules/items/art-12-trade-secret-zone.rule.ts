import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART12 } from './art-12.params';
import { levelAward } from './level-award';

export const tradeSecretZone = defineRule(['newTradeSecretZones'], {
  id: 'trade-secret-zone',
  applicants: { kinds: ['园区'], clauseId: 'art.12', quote: '省级商业秘密保护示范区的园区及产业集聚区' },
  title: '商业秘密保护示范基地（示范区）奖励',
  clauseId: 'art.12',
  params: [ART12.nationalBase, ART12.provincialZone],
  interpretations: ['levels-same-year'],
  assumptions: ['奖励对象为新建国家商业秘密保护示范基地（30万元）、省级商业秘密保护示范区（10万元）的园区及产业集聚区；同年两项均新建的按原文字面分别奖励（另示只奖最高一项的金额）。'],
  evaluate: (f) =>
    levelAward({ clauseId: 'art.12', subject: '', interpretationId: 'levels-same-year', verb: '新建' }, fact(f, 'newTradeSecretZones'), [
      ['国家商业秘密保护示范基地', ART12.nationalBase],
      ['省级商业秘密保护示范区', ART12.provincialZone],
    ]),
});
