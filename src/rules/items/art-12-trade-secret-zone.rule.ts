import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART12 } from './art-12.params';
import { levelAward } from './level-award';

export const tradeSecretZone = defineRule(['newTradeSecretZones'], {
  id: 'trade-secret-zone',
  title: '商业秘密保护示范基地（示范区）奖励',
  clauseId: 'art.12',
  params: [ART12.nationalBase, ART12.provincialZone],
  assumptions: ['奖励对象为新建国家商业秘密保护示范基地（30万元）、省级商业秘密保护示范区（10万元）的园区及产业集聚区；同年两项均新建的只按最高一项。'],
  evaluate: (f) =>
    levelAward({ clauseId: 'art.12', subject: '' }, fact(f, 'newTradeSecretZones'), [
      ['国家商业秘密保护示范基地', ART12.nationalBase],
      ['省级商业秘密保护示范区', ART12.provincialZone],
    ]),
});
