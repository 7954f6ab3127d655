/**
 * Countries and regions, for art.13's two caps on a foreign patent suit: 美国、日本、欧盟国家 (30万元) or
 * 其他国家 (15万元); 港澳台 count as 国内 under the same item (the domestic rule). One lexicon, read by
 * the rule (which cap), by the chat's fact extraction (where the suit was) and by its topic detection
 * (a suit abroad, not at home).
 *
 * Each entry: its Chinese name (the value the chat stores), its cap group, other Chinese names (names
 * used in Taiwan and Hong Kong are written here in simplified characters), English names (matched in any
 * letter case) and abbreviations (matched as written), and well-known places and courts inside it
 * (states, cities, courts) in Chinese and English. Traditional-character forms of every Chinese word are
 * derived from the character table below (美国 → 美國, 义大利 → 義大利); forms that differ by more than
 * characters are written out in `trad`.
 *
 * The EU is its 27 member states since the United Kingdom left on 2020-01-31; an EU-level court (the
 * Unified Patent Court) counts as 欧盟. A word that may name places in different groups (欧洲, 北美,
 * 德州, 乔治亚) is `ambiguous`: the rule asks which country, it never assumes the lower cap.
 */

export type CapGroup = 'us-japan-eu' | 'other' | 'domestic';

/**
 * `country`: a state; `union`: the EU itself and its courts; `region`: an area whose places all fall in one
 * group (港澳台, 东南亚); `ambiguous`: a word that may name places in different groups.
 */
export type PlaceKind = 'country' | 'union' | 'region' | 'ambiguous';

export interface Place {
  /** The Chinese name, simplified: the value stored for the suit's country (美国, 德国, 欧盟, 欧洲). */
  name: string;
  kind: PlaceKind;
  /** Absent for `ambiguous`. */
  group?: CapGroup;
  /** Other Chinese names, simplified characters (Taiwan and Hong Kong names included). */
  zh: readonly string[];
  /** Traditional forms the character table does not give (臺灣). */
  trad: readonly string[];
  /** English names, any letter case. */
  en: readonly string[];
  /** Abbreviations, matched as written (US, UK, EU). */
  abbr: readonly string[];
  /** Places and courts inside it, Chinese (simplified). */
  places: readonly string[];
  /** Places and courts inside it, English. */
  placesEn: readonly string[];
  /**
   * Words recognised only as the whole answer, never inside a sentence: too common inside other words
   * (黑山县, 中非合作) or naming a Chinese city as well (德州).
   */
  exact: readonly string[];
  /** `ambiguous` only: what it may be, e.g. 美国得克萨斯州，也可能是山东德州. */
  could?: string;
  /** A remark shown with the verdict (英国已退出欧盟). */
  note?: string;
}

interface PlaceInput {
  zh?: string;
  trad?: string;
  en?: string;
  abbr?: string;
  places?: string;
  placesEn?: string;
  exact?: string;
  could?: string;
  note?: string;
}

const list = (s: string | undefined): string[] => (s ? s.split('|').filter(Boolean) : []);

function place(name: string, kind: PlaceKind, group: CapGroup | undefined, o: PlaceInput): Place {
  return {
    name,
    kind,
    group,
    zh: list(o.zh),
    trad: list(o.trad),
    en: list(o.en),
    abbr: list(o.abbr),
    places: list(o.places),
    placesEn: list(o.placesEn),
    exact: list(o.exact),
    could: o.could,
    note: o.note,
  };
}

const high = (name: string, o: PlaceInput = {}) => place(name, 'country', 'us-japan-eu', o);
const other = (name: string, o: PlaceInput = {}) => place(name, 'country', 'other', o);

/** The EU's 27 member states, each with its names and well-known places and courts. */
const EU: readonly Place[] = [
  high('奥地利', { zh: '奥国|奥地利共和国', en: 'Austria', places: '维也纳|萨尔茨堡|因斯布鲁克', placesEn: 'Vienna|Wien|Salzburg' }),
  high('比利时', { zh: '比利时王国', en: 'Belgium', places: '布鲁塞尔|安特卫普', placesEn: 'Brussels|Antwerp' }),
  high('保加利亚', { zh: '保加利亚共和国', en: 'Bulgaria' }),
  high('克罗地亚', { zh: '克罗埃西亚|克罗地亚共和国', en: 'Croatia', places: '萨格勒布', placesEn: 'Zagreb' }),
  high('塞浦路斯', { zh: '赛普勒斯|塞浦路斯共和国', en: 'Cyprus', places: '尼科西亚', placesEn: 'Nicosia' }),
  high('捷克', { zh: '捷克共和国', en: 'Czechia|Czech Republic', places: '布拉格|布尔诺', placesEn: 'Prague|Brno' }),
  high('丹麦', { zh: '丹麦王国', en: 'Denmark', places: '哥本哈根', placesEn: 'Copenhagen' }),
  high('爱沙尼亚', { zh: '爱沙尼亚共和国', en: 'Estonia', places: '塔林', placesEn: 'Tallinn' }),
  high('芬兰', { zh: '芬兰共和国', en: 'Finland', places: '赫尔辛基', placesEn: 'Helsinki' }),
  high('法国', {
    zh: '法兰西|法兰西共和国',
    en: 'France',
    places: '巴黎|里昂|马赛|波尔多|图卢兹|斯特拉斯堡|巴黎司法法院|巴黎大审法院',
    placesEn: 'Paris|Lyon|Marseille|Toulouse|Bordeaux|Strasbourg',
  }),
  high('德国', {
    zh: '德意志|德意志联邦共和国|西德',
    en: 'Germany|Deutschland',
    places:
      '慕尼黑|杜塞尔多夫|杜塞道夫|曼海姆|法兰克福|柏林|卡尔斯鲁厄|斯图加特|科隆|纽伦堡|不来梅|汉诺威|莱比锡|德累斯顿|巴伐利亚|德国联邦最高法院|德国联邦专利法院',
    placesEn: 'Munich|München|Muenchen|Düsseldorf|Dusseldorf|Duesseldorf|Mannheim|Frankfurt|Berlin|Karlsruhe|Stuttgart|Cologne|Köln|Hamburg|Nuremberg|Bavaria',
  }),
  high('希腊', { zh: '希腊共和国', en: 'Greece|Hellenic Republic', places: '雅典|塞萨洛尼基', placesEn: 'Thessaloniki' }),
  high('匈牙利', { en: 'Hungary', places: '布达佩斯', placesEn: 'Budapest' }),
  high('爱尔兰', { zh: '爱尔兰共和国', en: 'Ireland|Republic of Ireland', places: '都柏林', placesEn: 'Dublin' }),
  high('意大利', {
    zh: '义大利|意大利共和国',
    en: 'Italy|Italia',
    places: '米兰|罗马|都灵|那不勒斯|佛罗伦萨|博洛尼亚|热那亚',
    placesEn: 'Milan|Milano|Rome|Roma|Turin|Torino|Naples|Venice|Florence|Bologna',
  }),
  high('拉脱维亚', { zh: '拉脱维亚共和国', en: 'Latvia', placesEn: 'Riga' }),
  high('立陶宛', { zh: '立陶宛共和国', en: 'Lithuania', places: '维尔纽斯', placesEn: 'Vilnius' }),
  high('卢森堡', { zh: '卢森堡大公国', en: 'Luxembourg' }),
  high('马耳他', { zh: '马尔他|马耳他共和国', en: 'Malta', places: '瓦莱塔', placesEn: 'Valletta' }),
  high('荷兰', {
    zh: '荷兰王国|尼德兰',
    en: 'Netherlands|the Netherlands|Holland',
    places: '海牙|阿姆斯特丹|鹿特丹|埃因霍温|乌得勒支',
    placesEn: 'The Hague|Den Haag|Amsterdam|Rotterdam|Eindhoven|Utrecht',
  }),
  high('波兰', { zh: '波兰共和国', en: 'Poland', places: '华沙|克拉科夫', placesEn: 'Warsaw|Krakow|Kraków' }),
  high('葡萄牙', { zh: '葡萄牙共和国', en: 'Portugal', places: '里斯本|波尔图', placesEn: 'Lisbon|Porto' }),
  high('罗马尼亚', { en: 'Romania', places: '布加勒斯特', placesEn: 'Bucharest' }),
  high('斯洛伐克', { zh: '斯洛伐克共和国', en: 'Slovakia|Slovak Republic', places: '布拉迪斯拉发', placesEn: 'Bratislava' }),
  high('斯洛文尼亚', { zh: '斯洛维尼亚|斯洛文尼亚共和国', en: 'Slovenia', places: '卢布尔雅那', placesEn: 'Ljubljana' }),
  // 马德里 is left out on purpose: in this policy it is the Madrid trademark system (art.16).
  high('西班牙', { zh: '西班牙王国', en: 'Spain|España', places: '巴塞罗那|塞维利亚', placesEn: 'Barcelona|Seville' }),
  high('瑞典', { zh: '瑞典王国', en: 'Sweden', places: '斯德哥尔摩|哥德堡|马尔默', placesEn: 'Stockholm|Gothenburg|Malmö|Malmo' }),
];

/** The EU's 27 member states (the United Kingdom is not one). */
export const EU_MEMBER_STATES: readonly string[] = EU.map((p) => p.name);

/** Words for “abroad” as a whole (the clause says 境外), searched as one by the clause search. */
export const ABROAD_WORDS: readonly string[] = ['境外', '国外', '海外', '外国', '出海'];

const HIGHER: readonly Place[] = [
  high('美国', {
    zh: '美利坚|美利坚合众国|美帝|花旗国',
    en: 'United States|United States of America|America',
    abbr: 'US|USA|U.S.|U.S.A.|ITC|CAFC|PTAB',
    places:
      '加州|加利福尼亚|北加州|南加州|德克萨斯|得克萨斯|得州|纽约|新泽西|特拉华|德拉瓦|华盛顿|佛罗里达|伊利诺伊|伊利诺斯|芝加哥|洛杉矶|旧金山|硅谷|西雅图|波士顿|马萨诸塞|麻省|弗吉尼亚|佐治亚|佐治亚州|乔治亚州|亚特兰大|密歇根|密西根|底特律|俄亥俄|宾夕法尼亚|宾州|费城|匹兹堡|马里兰|明尼苏达|威斯康星|科罗拉多|丹佛|亚利桑那|内华达|拉斯维加斯|犹他|俄勒冈|夏威夷|阿拉斯加|北卡罗来纳|南卡罗来纳|北卡|南卡|田纳西|肯塔基|印第安纳|密苏里|路易斯安那|康涅狄格|新墨西哥|休斯顿|休斯敦|达拉斯|奥斯汀|迈阿密|波多黎各|关岛|哥伦比亚特区|联邦巡回上诉法院|联邦巡回法院|美国国际贸易委员会|国际贸易委员会|337调查',
    placesEn:
      'California|Texas|New York|New Jersey|Delaware|Washington|Florida|Illinois|Chicago|Los Angeles|San Francisco|Silicon Valley|Seattle|Boston|Massachusetts|Virginia|Atlanta|Michigan|Detroit|Ohio|Pennsylvania|Philadelphia|Maryland|Minnesota|Wisconsin|Colorado|Arizona|Nevada|Utah|Oregon|Hawaii|Alaska|North Carolina|South Carolina|Tennessee|Kentucky|Indiana|Missouri|Louisiana|Connecticut|New Mexico|Houston|Dallas|Miami|Puerto Rico|Federal Circuit|International Trade Commission',
  }),
  high('日本', {
    zh: '日本国',
    en: 'Japan|Nippon',
    abbr: 'JPN',
    places: '东京|大阪|名古屋|京都|横滨|神户|福冈|札幌|仙台|广岛|知识产权高等裁判所|知的财产高等裁判所|知财高裁|地方裁判所|裁判所',
    placesEn: 'Tokyo|Osaka|Nagoya|Kyoto|Yokohama|Kobe|Fukuoka|Sapporo|IP High Court',
  }),
  ...EU,
  place('欧盟', 'union', 'us-japan-eu', {
    zh: '欧洲联盟|欧盟国家|欧盟成员国|统一专利法院|欧洲统一专利法院|欧盟统一专利法院|欧洲专利法院|欧盟法院|欧洲法院',
    en: 'European Union|Unified Patent Court|Court of Justice of the European Union',
    abbr: 'EU|E.U.|UPC|CJEU',
  }),
];

const DOMESTIC: readonly Place[] = [
  place('中国', 'country', 'domestic', {
    zh: '中华人民共和国|中国大陆|中国内地',
    en: "China|People's Republic of China|Mainland China",
    abbr: 'PRC',
    exact: '国内|境内|大陆|内地',
  }),
  place('香港', 'region', 'domestic', { zh: '中国香港|香港特别行政区|香港特区', en: 'Hong Kong', abbr: 'HK|HKSAR', places: '九龙|新界' }),
  place('澳门', 'region', 'domestic', { zh: '中国澳门|澳门特别行政区|澳门特区', en: 'Macau|Macao' }),
  place('台湾', 'region', 'domestic', {
    zh: '中国台湾|台湾地区|台湾省',
    trad: '臺灣|臺灣地區',
    en: 'Taiwan',
    places: '台北|台中|台南|高雄|新竹|桃园',
  }),
];

/** Every other state, by continent; a few territories under their state (波多黎各 under 美国 above). */
const OTHERS: readonly Place[] = [
  // Europe outside the EU.
  other('英国', {
    zh: '大不列颠|大不列颠及北爱尔兰联合王国|联合王国|英格兰|苏格兰|威尔士|北爱尔兰',
    en: 'United Kingdom|Great Britain|Britain|England|Scotland|Wales|Northern Ireland',
    abbr: 'UK|U.K.',
    places: '伦敦|曼彻斯特|爱丁堡|格拉斯哥|利物浦|贝尔法斯特|英格兰及威尔士高等法院|英国高等法院|英国专利法院',
    placesEn: 'London|Manchester|Edinburgh|Glasgow|Liverpool|Belfast|High Court of England and Wales',
    note: '英国已于2020年1月31日退出欧盟，不属于欧盟国家',
  }),
  other('瑞士', { zh: '瑞士联邦', en: 'Switzerland|Swiss Confederation', places: '日内瓦|苏黎世|伯尔尼|巴塞尔|洛桑|瑞士联邦专利法院', placesEn: 'Geneva|Zurich|Zürich|Bern|Basel|Lausanne', note: '瑞士不是欧盟成员国' }),
  other('挪威', { zh: '挪威王国', en: 'Norway', places: '奥斯陆', placesEn: 'Oslo', note: '挪威不是欧盟成员国' }),
  other('冰岛', { en: 'Iceland', places: '雷克雅未克', placesEn: 'Reykjavik', note: '冰岛不是欧盟成员国' }),
  other('列支敦士登', { en: 'Liechtenstein', note: '列支敦士登不是欧盟成员国' }),
  other('俄罗斯', { zh: '俄罗斯联邦|俄国|苏联', en: 'Russia|Russian Federation', places: '莫斯科|圣彼得堡', placesEn: 'Moscow|Saint Petersburg' }),
  other('乌克兰', { en: 'Ukraine', places: '基辅', placesEn: 'Kyiv|Kiev' }),
  other('白俄罗斯', { zh: '白罗斯', en: 'Belarus', places: '明斯克', placesEn: 'Minsk' }),
  other('摩尔多瓦', { en: 'Moldova' }),
  other('塞尔维亚', { en: 'Serbia', places: '贝尔格莱德', placesEn: 'Belgrade' }),
  other('黑山', { zh: '黑山共和国', en: 'Montenegro', exact: '黑山' }),
  other('波黑', { zh: '波斯尼亚和黑塞哥维那|波士尼亚与赫塞哥维纳', en: 'Bosnia and Herzegovina|Bosnia', places: '萨拉热窝', placesEn: 'Sarajevo' }),
  other('北马其顿', { zh: '马其顿', en: 'North Macedonia|Macedonia' }),
  other('阿尔巴尼亚', { en: 'Albania', places: '地拉那', placesEn: 'Tirana' }),
  other('科索沃', { en: 'Kosovo' }),
  other('安道尔', { en: 'Andorra' }),
  other('摩纳哥', { en: 'Monaco' }),
  other('圣马力诺', { en: 'San Marino' }),
  other('梵蒂冈', { zh: '教廷', en: 'Vatican|Holy See' }),
  other('土耳其', { zh: '土耳其共和国', en: 'Turkey|Türkiye|Turkiye', places: '伊斯坦布尔|伊斯坦堡|安卡拉|伊兹密尔', placesEn: 'Istanbul|Ankara|Izmir' }),
  other('格鲁吉亚', { en: 'Republic of Georgia', places: '第比利斯', placesEn: 'Tbilisi' }),
  other('亚美尼亚', { en: 'Armenia', places: '埃里温', placesEn: 'Yerevan' }),
  other('阿塞拜疆', { zh: '亚塞拜然', en: 'Azerbaijan', places: '巴库', placesEn: 'Baku' }),
  // Asia.
  other('韩国', {
    zh: '南韩|大韩民国|南朝鲜',
    en: 'South Korea|Republic of Korea|Korea',
    abbr: 'ROK',
    places: '首尔|汉城|釜山|仁川|大邱|韩国专利法院|韩国大法院',
    placesEn: 'Seoul|Busan|Incheon|Daegu',
  }),
  other('朝鲜', { zh: '北韩|北朝鲜|朝鲜民主主义人民共和国', en: 'North Korea', abbr: 'DPRK', places: '平壤', placesEn: 'Pyongyang' }),
  other('蒙古', { zh: '蒙古国', en: 'Mongolia', places: '乌兰巴托', placesEn: 'Ulaanbaatar' }),
  other('越南', { zh: '越南社会主义共和国', en: 'Vietnam|Viet Nam', places: '河内|胡志明市|岘港', placesEn: 'Hanoi|Ho Chi Minh City|Saigon|Da Nang' }),
  other('老挝', { zh: '寮国', en: 'Laos|Lao', placesEn: 'Vientiane' }),
  other('柬埔寨', { en: 'Cambodia', placesEn: 'Phnom Penh' }),
  other('泰国', { zh: '泰王国', en: 'Thailand', places: '曼谷|清迈|芭提雅|普吉', placesEn: 'Bangkok|Chiang Mai|Pattaya|Phuket' }),
  other('缅甸', { en: 'Myanmar|Burma', places: '仰光|内比都', placesEn: 'Yangon|Rangoon' }),
  other('马来西亚', { zh: '马来西亚联邦', en: 'Malaysia', places: '吉隆坡|槟城', placesEn: 'Kuala Lumpur|Penang|Johor Bahru' }),
  other('新加坡', { zh: '新加坡共和国|星加坡', en: 'Singapore', exact: '星洲|狮城' }),
  other('印度尼西亚', { zh: '印尼|印度尼西亚共和国', en: 'Indonesia', places: '雅加达|巴厘岛', placesEn: 'Jakarta|Surabaya|Bali' }),
  other('菲律宾', { zh: '菲律宾共和国', en: 'Philippines', places: '马尼拉|宿务', placesEn: 'Manila|Cebu' }),
  other('文莱', { zh: '汶莱', en: 'Brunei' }),
  other('东帝汶', { en: 'Timor-Leste|East Timor' }),
  other('印度', { zh: '印度共和国', en: 'India', places: '新德里|孟买|班加罗尔|金奈|加尔各答|海得拉巴|浦那|德里高等法院', placesEn: 'New Delhi|Delhi|Mumbai|Bombay|Bangalore|Bengaluru|Chennai|Kolkata|Hyderabad|Pune' }),
  other('巴基斯坦', { en: 'Pakistan', places: '卡拉奇|伊斯兰堡|拉合尔', placesEn: 'Karachi|Islamabad|Lahore' }),
  other('孟加拉国', { zh: '孟加拉', en: 'Bangladesh', places: '吉大港', placesEn: 'Dhaka|Chittagong' }),
  other('斯里兰卡', { en: 'Sri Lanka', places: '科伦坡', placesEn: 'Colombo' }),
  other('尼泊尔', { en: 'Nepal', places: '加德满都', placesEn: 'Kathmandu' }),
  other('不丹', { en: 'Bhutan' }),
  other('马尔代夫', { zh: '马尔地夫', en: 'Maldives' }),
  other('阿富汗', { en: 'Afghanistan', places: '喀布尔', placesEn: 'Kabul' }),
  other('哈萨克斯坦', { en: 'Kazakhstan', places: '阿斯塔纳|阿拉木图', placesEn: 'Astana|Almaty' }),
  other('乌兹别克斯坦', { en: 'Uzbekistan', places: '塔什干', placesEn: 'Tashkent' }),
  other('吉尔吉斯斯坦', { zh: '吉尔吉斯', en: 'Kyrgyzstan', places: '比什凯克', placesEn: 'Bishkek' }),
  other('塔吉克斯坦', { en: 'Tajikistan', places: '杜尚别', placesEn: 'Dushanbe' }),
  other('土库曼斯坦', { en: 'Turkmenistan' }),
  other('伊朗', { zh: '伊朗伊斯兰共和国', en: 'Iran', places: '德黑兰', placesEn: 'Tehran' }),
  other('伊拉克', { en: 'Iraq', places: '巴格达', placesEn: 'Baghdad' }),
  other('叙利亚', { en: 'Syria', places: '大马士革', placesEn: 'Damascus' }),
  other('黎巴嫩', { en: 'Lebanon', places: '贝鲁特', placesEn: 'Beirut' }),
  other('以色列', { en: 'Israel', places: '特拉维夫', placesEn: 'Tel Aviv|Haifa' }),
  other('巴勒斯坦', { en: 'Palestine' }),
  other('约旦', { en: 'Jordan', places: '安曼', placesEn: 'Amman' }),
  other('沙特阿拉伯', { zh: '沙特|沙乌地阿拉伯|沙地阿拉伯', en: 'Saudi Arabia', places: '利雅得|吉达', placesEn: 'Riyadh|Jeddah' }),
  other('也门', { zh: '叶门', en: 'Yemen' }),
  other('阿曼', { en: 'Oman', places: '马斯喀特', placesEn: 'Muscat' }),
  other('阿联酋', { zh: '阿拉伯联合酋长国|阿联', en: 'United Arab Emirates|Emirates', abbr: 'UAE', places: '迪拜|阿布扎比|沙迦', placesEn: 'Dubai|Abu Dhabi|Sharjah' }),
  other('卡塔尔', { exact: '卡达', en: 'Qatar', places: '多哈', placesEn: 'Doha' }),
  other('巴林', { en: 'Bahrain', places: '麦纳麦', placesEn: 'Manama' }),
  other('科威特', { en: 'Kuwait' }),
  // Africa.
  other('埃及', { en: 'Egypt', places: '开罗|亚历山大港', placesEn: 'Cairo|Alexandria' }),
  other('利比亚', { en: 'Libya' }),
  other('突尼斯', { en: 'Tunisia' }),
  other('阿尔及利亚', { en: 'Algeria' }),
  other('摩洛哥', { en: 'Morocco', places: '卡萨布兰卡|拉巴特', placesEn: 'Casablanca|Rabat' }),
  other('苏丹', { en: 'Sudan' }),
  other('南苏丹', { en: 'South Sudan' }),
  other('埃塞俄比亚', { zh: '衣索比亚', en: 'Ethiopia', places: '亚的斯亚贝巴', placesEn: 'Addis Ababa' }),
  other('厄立特里亚', { zh: '厄利垂亚', en: 'Eritrea' }),
  other('吉布提', { zh: '吉布地', en: 'Djibouti' }),
  other('索马里', { zh: '索马利亚', en: 'Somalia' }),
  other('肯尼亚', { zh: '肯亚', en: 'Kenya', places: '内罗毕|蒙巴萨', placesEn: 'Nairobi|Mombasa' }),
  other('乌干达', { en: 'Uganda' }),
  other('坦桑尼亚', { zh: '坦尚尼亚', en: 'Tanzania' }),
  other('卢旺达', { zh: '卢安达', en: 'Rwanda' }),
  other('布隆迪', { en: 'Burundi' }),
  other('刚果', { zh: '刚果民主共和国|刚果共和国|刚果金|刚果布', en: 'Congo|Democratic Republic of the Congo', abbr: 'DRC' }),
  other('加蓬', { zh: '加彭', en: 'Gabon' }),
  other('喀麦隆', { en: 'Cameroon' }),
  other('中非共和国', { en: 'Central African Republic', exact: '中非' }),
  other('乍得', { en: 'Chad', exact: '查德' }),
  other('尼日利亚', { zh: '奈及利亚', en: 'Nigeria', places: '拉各斯|阿布贾', placesEn: 'Lagos|Abuja' }),
  other('尼日尔', { en: 'Niger', exact: '尼日' }),
  other('马里', { en: 'Mali' }),
  other('布基纳法索', { en: 'Burkina Faso' }),
  other('塞内加尔', { en: 'Senegal', places: '达喀尔', placesEn: 'Dakar' }),
  other('冈比亚', { zh: '甘比亚', en: 'Gambia|The Gambia' }),
  other('几内亚', { en: 'Guinea' }),
  other('几内亚比绍', { en: 'Guinea-Bissau' }),
  other('赤道几内亚', { en: 'Equatorial Guinea' }),
  other('塞拉利昂', { en: 'Sierra Leone' }),
  other('利比里亚', { zh: '赖比瑞亚', en: 'Liberia' }),
  other('科特迪瓦', { zh: '象牙海岸', en: "Côte d'Ivoire|Cote d'Ivoire|Ivory Coast" }),
  other('加纳', { zh: '迦纳', en: 'Ghana', places: '阿克拉', placesEn: 'Accra' }),
  other('多哥', { en: 'Togo' }),
  other('贝宁', { zh: '贝南', en: 'Benin' }),
  other('毛里塔尼亚', { zh: '茅利塔尼亚', en: 'Mauritania' }),
  other('佛得角', { zh: '维德角', en: 'Cape Verde|Cabo Verde' }),
  other('圣多美和普林西比', { en: 'Sao Tome and Principe|São Tomé and Príncipe' }),
  other('安哥拉', { en: 'Angola', places: '罗安达', placesEn: 'Luanda' }),
  other('赞比亚', { zh: '尚比亚', en: 'Zambia' }),
  other('津巴布韦', { zh: '辛巴威', en: 'Zimbabwe' }),
  other('马拉维', { en: 'Malawi' }),
  other('莫桑比克', { zh: '莫三比克', en: 'Mozambique' }),
  other('马达加斯加', { en: 'Madagascar' }),
  other('毛里求斯', { zh: '模里西斯', en: 'Mauritius' }),
  other('塞舌尔', { zh: '塞席尔', en: 'Seychelles' }),
  other('科摩罗', { en: 'Comoros' }),
  other('纳米比亚', { en: 'Namibia' }),
  other('博茨瓦纳', { zh: '波札那', en: 'Botswana' }),
  other('南非', { zh: '南非共和国', en: 'South Africa', places: '约翰内斯堡|开普敦|比勒陀利亚|德班', placesEn: 'Johannesburg|Cape Town|Pretoria|Durban' }),
  other('莱索托', { en: 'Lesotho' }),
  other('斯威士兰', { zh: '埃斯瓦蒂尼', en: 'Eswatini|Swaziland' }),
  // The Americas.
  other('加拿大', {
    en: 'Canada',
    places: '多伦多|温哥华|蒙特利尔|渥太华|魁北克|安大略|卡尔加里|不列颠哥伦比亚|加拿大联邦法院',
    placesEn: 'Toronto|Vancouver|Montreal|Ottawa|Quebec|Ontario|Calgary|British Columbia',
  }),
  other('墨西哥', { zh: '墨西哥合众国', en: 'Mexico|México', places: '墨西哥城|瓜达拉哈拉|蒙特雷', placesEn: 'Mexico City|Guadalajara|Monterrey' }),
  other('危地马拉', { zh: '瓜地马拉', en: 'Guatemala' }),
  other('伯利兹', { zh: '贝里斯', en: 'Belize' }),
  other('萨尔瓦多', { en: 'El Salvador' }),
  other('洪都拉斯', { zh: '宏都拉斯', en: 'Honduras' }),
  other('尼加拉瓜', { en: 'Nicaragua' }),
  other('哥斯达黎加', { zh: '哥斯大黎加', en: 'Costa Rica' }),
  other('巴拿马', { en: 'Panama|Panamá' }),
  other('古巴', { en: 'Cuba', places: '哈瓦那', placesEn: 'Havana' }),
  other('牙买加', { en: 'Jamaica' }),
  other('海地', { en: 'Haiti' }),
  other('多米尼加', { zh: '多明尼加|多米尼加共和国', en: 'Dominican Republic' }),
  other('多米尼克', { en: 'Dominica' }),
  other('巴哈马', { en: 'Bahamas|The Bahamas' }),
  other('巴巴多斯', { zh: '巴贝多', en: 'Barbados' }),
  other('特立尼达和多巴哥', { zh: '千里达|特立尼达', en: 'Trinidad and Tobago|Trinidad' }),
  other('格林纳达', { en: 'Grenada' }),
  other('圣卢西亚', { en: 'Saint Lucia' }),
  other('圣文森特和格林纳丁斯', { en: 'Saint Vincent and the Grenadines' }),
  other('安提瓜和巴布达', { en: 'Antigua and Barbuda' }),
  other('圣基茨和尼维斯', { en: 'Saint Kitts and Nevis' }),
  other('哥伦比亚', { en: 'Colombia', places: '波哥大|麦德林', placesEn: 'Bogota|Bogotá|Medellin' }),
  other('委内瑞拉', { en: 'Venezuela', places: '加拉加斯', placesEn: 'Caracas' }),
  other('圭亚那', { zh: '盖亚那', en: 'Guyana' }),
  other('苏里南', { en: 'Suriname' }),
  other('厄瓜多尔', { zh: '厄瓜多', en: 'Ecuador', places: '基多', placesEn: 'Quito' }),
  other('秘鲁', { en: 'Peru', placesEn: 'Lima' }),
  other('玻利维亚', { en: 'Bolivia' }),
  other('巴西', { zh: '巴西联邦共和国', en: 'Brazil|Brasil', places: '里约热内卢|里约|巴西利亚', placesEn: 'Rio de Janeiro|Brasilia|Brasília|Sao Paulo|São Paulo' }),
  other('巴拉圭', { en: 'Paraguay' }),
  other('乌拉圭', { en: 'Uruguay', places: '蒙得维的亚', placesEn: 'Montevideo' }),
  other('阿根廷', { en: 'Argentina', places: '布宜诺斯艾利斯', placesEn: 'Buenos Aires' }),
  other('智利', { en: 'Chile' }),
  // Oceania.
  other('澳大利亚', { zh: '澳洲|澳大利亚联邦', en: 'Australia', places: '悉尼|墨尔本|布里斯班|堪培拉|珀斯|阿德莱德', placesEn: 'Sydney|Melbourne|Brisbane|Canberra|Perth|Adelaide' }),
  other('新西兰', { zh: '纽西兰', en: 'New Zealand', places: '惠灵顿|基督城', placesEn: 'Wellington|Christchurch|Auckland' }),
  other('巴布亚新几内亚', { zh: '巴布亚纽几内亚', en: 'Papua New Guinea' }),
  other('斐济', { en: 'Fiji' }),
  other('所罗门群岛', { zh: '索罗门群岛', en: 'Solomon Islands' }),
  other('瓦努阿图', { zh: '万那杜', en: 'Vanuatu' }),
  other('萨摩亚', { en: 'Samoa' }),
  other('汤加', { en: 'Tonga', exact: '东加' }),
  other('基里巴斯', { zh: '吉里巴斯', en: 'Kiribati' }),
  other('图瓦卢', { zh: '吐瓦鲁', en: 'Tuvalu' }),
  other('瑙鲁', { zh: '诺鲁', en: 'Nauru' }),
  other('帕劳', { zh: '帛琉', en: 'Palau' }),
  other('马绍尔群岛', { en: 'Marshall Islands' }),
  other('密克罗尼西亚', { zh: '密克罗尼西亚联邦', en: 'Micronesia' }),
];

/** Areas whose every place falls in one group, and words that may name places in different groups. */
const AREAS: readonly Place[] = [
  place('东南亚', 'region', 'other', { en: 'Southeast Asia', note: '东南亚各国均不属于美国、日本、欧盟国家' }),
  place('南美', 'region', 'other', { zh: '南美洲|拉美|拉丁美洲|中美洲', en: 'South America|Latin America|Central America', note: '中南美洲各国均不属于美国、日本、欧盟国家' }),
  place('欧洲', 'ambiguous', undefined, { en: 'Europe', could: '欧盟成员国，也可能是英国、瑞士、挪威、俄罗斯等非欧盟国家' }),
  place('北美', 'ambiguous', undefined, { zh: '北美洲', en: 'North America', could: '美国，也可能是加拿大或墨西哥' }),
  place('美洲', 'ambiguous', undefined, { en: 'Americas', could: '美国，也可能是美洲其他国家' }),
  place('乔治亚', 'ambiguous', undefined, { en: 'Georgia', could: '美国佐治亚州，也可能是格鲁吉亚' }),
  place('德州', 'ambiguous', undefined, { exact: '德州', could: '美国得克萨斯州，也可能是山东德州' }),
];

/** 港澳台: regions that count as 国内 for art.13 (the domestic rule), by their names. */
export const DOMESTIC_REGIONS: readonly string[] = DOMESTIC.filter((p) => p.kind === 'region').map((p) => p.name);

/** The whole lexicon: every place with its group. */
export const PLACES: readonly Place[] = [...HIGHER, ...DOMESTIC, ...OTHERS, ...AREAS];

/**
 * Words found inside longer everyday words, with what may not stand before or after them: 上海地区 is no
 * 海地, 内蒙古 no 蒙古, 河南非遗 no 南非, 北京都 no 京都. Fragments of regular expressions.
 */
const GUARDS: Record<string, { notBefore?: string; notAfter?: string }> = {
  海地: { notBefore: '[上沿近临航出内]', notAfter: '[区带方域面]' },
  蒙古: { notBefore: '内', notAfter: '族' },
  朝鲜: { notAfter: '族' },
  俄罗斯: { notAfter: '族' },
  马里: { notAfter: '[奥亚]' },
  加纳: { notAfter: '[入税米]' },
  南非: { notBefore: '[湖河云海济西东江华岭闽越黔苏皖陕甘鲁淮汝指]', notAfter: '[常法遗]' },
  越南: { notBefore: '[跨超飞]' },
  法国: { notBefore: '[依合非违守]' },
  英国: { notBefore: '精' },
  德国: { notBefore: '[道品]' },
  日本: { notBefore: '[今昨明每当次前隔]' },
  东京: { notBefore: '[广山]' },
  京都: { notBefore: '[北南]' },
  马赛: { notAfter: '克' },
  US: { notAfter: '[$＄]' },
};

/** Simplified characters of the lexicon whose traditional form differs, and those forms, in the same order. */
const SIMPLIFIED =
  '国坚众亚萨纽约泽华顿罗达诺矶旧图马诸乔兰宾费兹苏内维犹冈来纳奥迈关岛伦区联诉际贸员会调东横滨户广识产权财尔鲁时卫赛麦爱卢审汉莱锡专腊义灵热脱温乌发欧统陆别龙门湾园颠彻贝圣辅与窝库韩鲜岘挝缅槟狮务买满凯叙叶长开历毕刚贾几绍赖宁赞韦盖济万汤劳';
const TRADITIONAL =
  '國堅眾亞薩紐約澤華頓羅達諾磯舊圖馬諸喬蘭賓費茲蘇內維猶岡來納奧邁關島倫區聯訴際貿員會調東橫濱戶廣識產權財爾魯時衛賽麥愛盧審漢萊錫專臘義靈熱脫溫烏發歐統陸別龍門灣園顛徹貝聖輔與窩庫韓鮮峴撾緬檳獅務買滿凱敘葉長開歷畢剛賈幾紹賴寧贊韋蓋濟萬湯勞';
const TO_TRADITIONAL = new Map([...SIMPLIFIED].map((ch, i) => [ch, [...TRADITIONAL][i]]));

/** The traditional-character form of a simplified word (美国加州 → 美國加州). */
export function traditional(word: string): string {
  return [...word].map((ch) => TO_TRADITIONAL.get(ch) ?? ch).join('');
}

/** A word as looked up: lower case, no spaces or punctuation (U.S. → us, United States → unitedstates). */
function key(word: string): string {
  return word
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[\s.·・'’()（）\-–,，]/g, '');
}

interface Words {
  /** Chinese words, with their traditional forms. */
  zh: string[];
  en: string[];
  abbr: string[];
  exact: string[];
}

function wordsOf(p: Place): Words {
  const exact = new Set(p.exact);
  const zhBase = [p.name, ...p.zh, ...p.places].filter((w) => !exact.has(w));
  const zh = [...new Set([...zhBase, ...zhBase.map(traditional), ...p.trad])];
  return { zh, en: [...p.en, ...p.placesEn], abbr: [...p.abbr], exact: [...new Set([...p.exact, ...p.exact.map(traditional)])] };
}

const WORDS = new Map(PLACES.map((p) => [p, wordsOf(p)]));

/** Every word of the lexicon, by its lookup key. */
const INDEX = new Map<string, Place>();
for (const [p, w] of WORDS) {
  for (const word of [...w.zh, ...w.en, ...w.abbr, ...w.exact]) {
    const k = key(word);
    const before = INDEX.get(k);
    if (before && before !== p) throw new Error(`地名词表：“${word}”同时属于${before.name}和${p.name}`);
    INDEX.set(k, p);
  }
}

/** The place a word of the lexicon names (加州 → 美国, 美國 → 美国, Japan → 日本, 欧洲 → 欧洲). */
export function placeOf(word: string): Place | undefined {
  return INDEX.get(key(word));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * One alternation for many words, as a trie (美(?:国|利坚(?:合众国)?)…): the engine tries a handful of
 * branches at each position instead of every word, and the longer of two words sharing a start wins.
 * Each word comes as its tokens, each token a piece of pattern matching one character.
 */
function trie(words: readonly (readonly string[])[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const token of w) {
      let child = n.next.get(token);
      if (!child) n.next.set(token, (child = { end: false, next: new Map() }));
      n = child;
    }
    n.end = true;
  }
  const emit = (n: TrieNode): string => {
    const branches = [...n.next].map(([token, child]) => token + emit(child));
    if (!branches.length) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

const literal = (word: string): string[] => [...word].map(escape);

/**
 * An English name as users type it: each word's first letter in either case, the rest in lower case
 * (Japan, japan, United States, united states); a space or hyphen as any run of them; an apostrophe
 * optional. Only the first letters get a character class: classes for every letter made the pattern pass
 * the size (20 KB) past which V8 stops optimising a regular expression, and scanning became ten times slower.
 */
function englishTokens(word: string): string[] {
  return [...word].map((ch, i, all) => {
    const wordStart = i === 0 || /[\s'-]/.test(all[i - 1]);
    if (/[a-z]/i.test(ch)) return wordStart ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch.toLowerCase();
    if (/[\s-]/.test(ch)) return '[\\s-]*';
    if (ch === "'") return "['’]?";
    return escape(ch);
  });
}

/** Each guarded word, and its traditional form, with the guard around it. */
const GUARDED = new Map<string, string>();
for (const [word, g] of Object.entries(GUARDS)) {
  for (const form of new Set([word, traditional(word)])) {
    GUARDED.set(form, `${g.notBefore ? `(?<!${g.notBefore})` : ''}${escape(form)}${g.notAfter ? `(?!${g.notAfter})` : ''}`);
  }
}

/**
 * The regular-expression source that finds the words of these places in running text: Chinese words
 * anywhere, English words and abbreviations only between non-letters. Guarded words come after the trie,
 * so a longer word that starts with one (马里兰, 南非共和国) is matched first.
 */
function patternOf(places: readonly Place[]): string {
  const words = places.map((p) => WORDS.get(p) as Words);
  const zh = words.flatMap((w) => w.zh);
  const abbr = words.flatMap((w) => w.abbr);
  const en = words.flatMap((w) => w.en);
  const plain = (list: string[]) => list.filter((x) => !GUARDED.has(x));
  const guards = (list: string[]) => list.filter((x) => GUARDED.has(x)).map((x) => GUARDED.get(x) as string);
  const chinese = [trie(plain(zh).map(literal)), ...guards(zh)];
  const latin = [trie(en.map(englishTokens)), trie(plain(abbr).map(literal)), ...guards(abbr)].filter(Boolean);
  // A first-character check up front: most positions of a text start no place name and fail at once.
  const first = [...new Set(zh.map((w) => [...w][0]))].join('');
  return `(?=[${first}A-Za-z])(?:${[...chinese, `(?<![A-Za-z])(?:${latin.join('|')})(?![A-Za-z])`].join('|')})`;
}

const FOREIGN_PLACES = PLACES.filter((p) => p.group !== 'domestic');

/**
 * Finds a foreign country, region or place in running text (美国, 美國, 加州, USA, 慕尼黑, 欧洲 …), for
 * the chat's fact extraction and topic detection. Domestic names (香港, 台湾) are not in it; words known
 * only as a whole answer (德州, 黑山) neither.
 */
export const FOREIGN_PLACE_SOURCE = patternOf(FOREIGN_PLACES);
const ALL_PLACES_RE = new RegExp(patternOf(PLACES), 'g');

export interface PlaceMention {
  place: Place;
  text: string;
  start: number;
  end: number;
}

/** The places named in a text, left to right (domestic ones included). */
export function findPlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(ALL_PLACES_RE)) {
    const place = placeOf(m[0]);
    if (place) out.push({ place, text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

export type JurisdictionGroup = CapGroup | 'unknown';

export interface Jurisdiction {
  /** `unknown`: not recognised, or the words may name places in different groups; the rule asks. */
  group: JurisdictionGroup;
  /** The Chinese name it was recognised as (美国; 德国、法国 for several), or the words as said when unknown. */
  name: string;
  /** The words as given, trimmed. */
  said: string;
  note?: string;
  /** `unknown` only: why, as a clause (未能识别为某个国家；可能是…). */
  why?: string;
}

function unknown(said: string, why: string): Jurisdiction {
  return { group: 'unknown', name: said, said, why };
}

/**
 * Which of art.13's groups a place falls in: the whole answer looked up first (美國, USA, 德州), then
 * the places named inside it (美国加州北区法院 → 美国, 杜塞尔多夫地区法院 → 德国). A place the lexicon does
 * not know, an ambiguous word, or places in different groups give `unknown`: never the lower cap by default.
 */
export function classifyJurisdiction(raw: string): Jurisdiction {
  const said = raw.trim();
  const whole = placeOf(said);
  const named = whole ? [whole] : findPlaces(said).map((m) => m.place);
  if (!named.length) return unknown(said, '未能识别为某个国家或地区');
  const definite = named.filter((p) => p.kind !== 'ambiguous');
  if (!definite.length) return unknown(said, `可能是${named[0].could ?? '多个国家'}`);
  // A country said with its region or union (东南亚的泰国, 欧盟的德国) is that country.
  const countries = definite.filter((p) => p.kind === 'country');
  const chosen = [...new Set(definite.filter((p) => p.kind === 'country' || !countries.some((c) => c.group === p.group)))];
  const groups = new Set(chosen.map((p) => p.group));
  if (groups.size > 1) return unknown(said, `涉及${chosen.map((p) => p.name).join('、')}，各自适用的补助上限不同`);
  const note = chosen.map((p) => p.note).filter(Boolean).join('；') || undefined;
  return { group: chosen[0].group as CapGroup, name: chosen.map((p) => p.name).join('、'), said, ...(note ? { note } : {}) };
}
