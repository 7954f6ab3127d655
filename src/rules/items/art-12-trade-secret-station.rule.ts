import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART12 } from './art-12.params';
import { levelAward } from './level-award';

export const tradeSecretStation = defineRule(['newTradeSecretStationLevels'], {
  id: 'trade-secret-station',
  applicants: { kinds: ['企业'], clauseId: 'art.12', quote: '对创新省级、市级商业秘密保护示范站点的企业' },
  title: '商业秘密保护示范站点奖励',
  clauseId: 'art.12',
  params: [ART12.provincialStation, ART12.cityStation],
  interpretations: ['levels-same-year'],
  assumptions: ['原文“创新省级、市级商业秘密保护示范站点”按“新创建”理解；省级5万元、市级2万元，同年两级均新创建的按原文字面分别奖励（另示只奖最高一级的金额）。'],
  evaluate: (f) =>
    levelAward({ clauseId: 'art.12', subject: '商业秘密保护示范站点', interpretationId: 'levels-same-year', verb: '新创建' }, fact(f, 'newTradeSecretStationLevels'), [
      ['省级', ART12.provincialStation],
      ['市级', ART12.cityStation],
    ]),
});
