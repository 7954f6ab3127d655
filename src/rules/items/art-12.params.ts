import { amount, defineParams } from '../param';

const ZONES = '分别给予每家30万元、10万元的奖励';
const STATIONS = '分别给予每家5万元、2万元的奖励';

export const ART12 = defineParams('art12', {
  nationalBase: amount(300000, 'art.12', ZONES, '国家商业秘密保护示范基地奖励'),
  provincialZone: amount(100000, 'art.12', ZONES, '省级商业秘密保护示范区奖励'),
  provincialStation: amount(50000, 'art.12', STATIONS, '省级商业秘密保护示范站点奖励'),
  cityStation: amount(20000, 'art.12', STATIONS, '市级商业秘密保护示范站点奖励'),
});
