import type { RulePhrasings } from '../lexicon/lexicon.types';

/** How people state the facts of art.12's awards (say → facts), run by one test. */
export const ART12_PHRASINGS: readonly RulePhrasings[] = [
  {
    ruleId: 'trade-secret-zone',
    phrasings: [
      { say: '我们园区今年获批省级商业秘密保护示范区', facts: { organizationType: '园区', newTradeSecretZones: ['省级商业秘密保护示范区'] } },
      { say: '我们产业集聚区新建成了国家商业秘密保护示范基地', facts: { organizationType: '园区', newTradeSecretZones: ['国家商业秘密保护示范基地'] } },
      { say: '国家级的示范基地', asked: 'newTradeSecretZones', facts: { newTradeSecretZones: ['国家商业秘密保护示范基地'] } },
      { say: '园区的商业秘密保护示范区还没建成', facts: { newTradeSecretZones: [] } },
      { say: '开发区今年新建成了省里的商业秘密保护示范区', facts: { newTradeSecretZones: ['省级商业秘密保护示范区'] } },
    ],
  },
  {
    ruleId: 'trade-secret-station',
    phrasings: [
      { say: '公司今年建成了市级商业秘密保护示范站点', facts: { organizationType: '企业', newTradeSecretStationLevels: ['市级'] } },
      { say: '我们企业新创了省级商业秘密保护示范站点', facts: { organizationType: '企业', newTradeSecretStationLevels: ['省级'] } },
      { say: '市级', asked: 'newTradeSecretStationLevels', facts: { newTradeSecretStationLevels: ['市级'] } },
      { say: '商业秘密保护示范站点我们还没创建', facts: { newTradeSecretStationLevels: [] } },
      { say: '今年拿到省级商業秘密保護示范站點', facts: { newTradeSecretStationLevels: ['省级'] } },
    ],
  },
];
