import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART12 } from './art-12.params';
import { levelAward } from './level-award';

export const tradeSecretStation = defineRule(['newTradeSecretStationLevels'], {
  id: 'trade-secret-station',
  title: '商业秘密保护示范站点奖励',
  clauseId: 'art.12',
  params: [ART12.provincialStation, ART12.cityStation],
  assumptions: ['原文“创新省级、市级商业秘密保护示范站点”按“新创建”理解；省级5万元、市级2万元，同年两级均新创建的只按最高一级。'],
  evaluate: (f) =>
    levelAward({ clauseId: 'art.12', subject: '商业秘密保护示范站点' }, fact(f, 'newTradeSecretStationLevels'), [
      ['省级', ART12.provincialStation],
      ['市级', ART12.cityStation],
    ]),
});
