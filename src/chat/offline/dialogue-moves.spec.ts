import type { ProfileKey } from '../../rules/profile.schema';
import { findRule } from '../../rules/rules.registry';
import { extractFacts } from '../nlu/fact-extractor';
import { detectRuleTopics } from './rule-topics';
import { DialogueMove, DialogueState, readTurn } from './dialogue-moves';
import { mergeFacts } from './numeric-planner';
import { hasEnglishWords } from '../nlu/english-gloss';

const rules = (...ids: string[]) => ids.map((id) => findRule(id)!);

function read(text: string, state: DialogueState): { move: DialogueMove; rules: string[] } {
  const focus = state.focus.flatMap((r) => r.facts) as ProfileKey[];
  const extracted = extractFacts(text, { focus, asked: state.asked as ProfileKey | undefined });
  const reading = readTurn({ text, extracted, named: detectRuleTopics(text), hits: [] }, state, () => []);
  return { move: reading.move, rules: reading.rules.map((r) => r.id) };
}

const NONE: DialogueState = { known: {}, focus: [] };
const LOAN_AND_MARK: DialogueState = {
  known: { newWellKnownTrademark: true },
  asked: 'ipPledgeLoans',
  focus: rules('ip-pledge-loan-interest', 'well-known-trademark'),
};

describe('readTurn: the move each message makes', () => {
  it.each([
    ['新增高价值发明专利20件，能拿多少', NONE, 'named-award', ['high-value-patents']],
    ['驰名商标和质押贷款贴息叠加吗', NONE, 'mechanics', []],
    ['市里也有驰名商标的奖金，区里这份和市里那份都能拿吗', NONE, 'mechanics', []],
    ['市里对这件事已经给过奖励了，区里的还能拿吗', NONE, 'mechanics', []],
    ['文件里说的就高不就低怎么理解', NONE, 'mechanics', []],
    ['市里对这个奖也有奖励，市里的领了区里这份还能拿吗', NONE, 'mechanics', []],
    ['市里的奖励需要区里配套，区里的30万是另外给还是算在里面', NONE, 'mechanics', []],
    // Facts of one of two awards under discussion: both are answered again, so a total stays one.
    ['贷款是专利质押600万，一年期，按期还的', LOAN_AND_MARK, 'slot-answer', ['ip-pledge-loan-interest', 'well-known-trademark']],
    // A what-if narrows to the award it changes.
    ['如果专利质押贷款是800万呢', LOAN_AND_MARK, 'named-award', ['ip-pledge-loan-interest']],
    // Another award named: the topic changes.
    ['那地理标志商标呢，能拿多少', LOAN_AND_MARK, 'named-award', ['gi-trademark']],
    ['那能拿多少', { known: {}, focus: rules('gi-trademark') }, 'follow-up', ['gi-trademark']],
    ['一共能拿多少', { known: {}, focus: rules('gi-trademark') }, 'focus-amount', ['gi-trademark']],
    ['我们是企业', { known: {}, focus: rules('high-value-patents') }, 'applicant-reply', ['high-value-patents']],
    // The applicant's own news about a named award, its deciding detail missing: answered by asking it.
    ['我们今年拿了省知识产权奖', NONE, 'named-award', ['zhejiang-ip-award']],
    // Who the applicant is rules it out of the award named: said now, whatever else is missing.
    ['我们是一家制造企业，想申报省级商业秘密保护示范区', NONE, 'named-award', ['trade-secret-zone']],
    // …or who it said it was in an earlier turn.
    ['知识产权服务业集聚区的奖励我们有份吗', { known: { organizationType: '高校' }, focus: [] }, 'named-award', ['ip-service-cluster']],
    ['知识产权服务业集聚区的奖励我们有份吗', NONE, 'none', []],
    // Someone else's, planned, or a bare topic: the clause answers.
    ['隔壁公司今年拿了省知识产权奖', NONE, 'none', []],
    ['我们正在申报省知识产权奖', NONE, 'none', []],
    ['省知识产权奖', NONE, 'none', []],
  ] as [string, DialogueState, DialogueMove, string[]][])('%s → %s', (text, state, move, ids) => {
    expect(read(text, state)).toEqual({ move, rules: ids });
  });
});

describe('mergeFacts: corrections and additions of list entries', () => {
  const loan = { rightType: '专利权' as const, loanPrincipalYuan: 6_000_000, ipPledgedPrincipalYuan: 6_000_000, interestMonths: 12, repaidOnTime: true };

  it('one entry restated in part keeps what it does not restate', () => {
    const merged = mergeFacts({ ipPledgeLoans: [loan] }, extractFacts('不对，贷款是商标质押的', { focus: ['ipPledgeLoans'] }));
    expect(merged.ipPledgeLoans).toEqual([{ ...loan, rightType: '商标权' }]);
  });

  it('an entry agreeing with one told before keeps its details; a new one starts bare', () => {
    const merged = mergeFacts({ ipPledgeLoans: [loan] }, extractFacts('贷款其实是两笔，专利质押600万和商标质押300万，都按期还了', { focus: ['ipPledgeLoans'] }));
    expect(merged.ipPledgeLoans?.[0]).toMatchObject({ rightType: '专利权', interestMonths: 12 });
    expect(merged.ipPledgeLoans?.[1]).toMatchObject({ rightType: '商标权', loanPrincipalYuan: 3_000_000 });
    expect(merged.ipPledgeLoans?.[1].interestMonths).toBeUndefined();
  });

  it('a principal restated without its right is the one loan known; another loan is not', () => {
    const what = extractFacts('要是借款只有四百万呢', { focus: ['ipPledgeLoans'] });
    expect(what.hypothetical).toBe(true);
    expect(mergeFacts({ ipPledgeLoans: [loan] }, what).ipPledgeLoans).toEqual([{ ...loan, loanPrincipalYuan: 4_000_000, ipPledgedPrincipalYuan: 4_000_000 }]);
    expect(mergeFacts({ ipPledgeLoans: [loan] }, extractFacts('另外还有一笔贷款300万', { focus: ['ipPledgeLoans'] })).ipPledgeLoans).toBeUndefined();
    expect(mergeFacts({ ipPledgeLoans: [loan] }, extractFacts('贷款要满多少才能申请', { focus: ['ipPledgeLoans'] })).ipPledgeLoans).toBeUndefined();
    // Without the loan under discussion there is nothing to restate.
    expect(extractFacts('要是借款只有四百万呢').derived.untypedPledgeLoans).toBeUndefined();
  });

  it('同时还 adds a level to the ones told; 按期还了 adds nothing', () => {
    expect(mergeFacts({ newPatentNavigationProjectLevels: ['省级'] }, extractFacts('我们同时还新承担了区级导航项目')).newPatentNavigationProjectLevels).toEqual(['省级', '区级']);
    expect(mergeFacts({ newPatentNavigationProjectLevels: ['省级'] }, extractFacts('其实是区级导航项目')).newPatentNavigationProjectLevels).toEqual(['区级']);
  });
});

describe('mergeFacts: one more of a figure told before', () => {
  it('adds to the year’s figure before its cap or tier, unless the award pays each case apart', () => {
    const premium = extractFacts('另外还有一份知识产权保险，保费4万', { focus: ['ipInsurancePremiumYuan'] });
    expect(mergeFacts({ ipInsurancePremiumYuan: 90_000 }, premium).ipInsurancePremiumYuan).toBe(130_000);
    const patents = extractFacts('刚才漏了，还有6件上月授权的', { focus: ['newHighValueInventionPatentsCount'] });
    expect(mergeFacts({ newHighValueInventionPatentsCount: 26 }, patents).newHighValueInventionPatentsCount).toBe(32);
    // A suit is a case of its own, with its own cap.
    const suit = extractFacts('另外还有一起专利官司也在国内胜诉了，判赔40万', { focus: ['domesticPatentDamagesYuan'] });
    expect(mergeFacts({ domesticPatentSuitWon: true, domesticPatentDamagesYuan: 100_000 }, suit).domesticPatentDamagesYuan).toBe(400_000);
  });

  it('a corrected total with the part left out inside it replaces', () => {
    const fixed = extractFacts('不对，是40件，有3件之前漏算了', { focus: ['newHighValueInventionPatentsCount'] });
    expect(mergeFacts({ newHighValueInventionPatentsCount: 37 }, fixed).newHighValueInventionPatentsCount).toBe(40);
  });

  it('又 with the year’s total asked, or 增加了, adds; 又 alone tells of that one', () => {
    const more = extractFacts('下半年又许可了4家区内企业，成交额增加了260万，全年合计多少', { focus: ['patentTransferLicenseeCount', 'patentTransferValueYuan'] });
    expect(mergeFacts({ patentTransferLicenseeCount: 12, patentTransferValueYuan: 3_000_000 }, more)).toMatchObject({ patentTransferLicenseeCount: 16, patentTransferValueYuan: 5_600_000 });
    const alone = extractFacts('今年又许可了4家区内企业', { focus: ['patentTransferLicenseeCount'] });
    expect(mergeFacts({ patentTransferLicenseeCount: 12 }, alone).patentTransferLicenseeCount).toBe(4);
    expect(mergeFacts({}, more).patentTransferLicenseeCount).toBe(4);
  });
});

describe('mixed English words', () => {
  it('two English words or more are glossed; abbreviations alone are not', () => {
    expect(hasEnglishWords('我们company贯标已认证，revenue一个亿')).toBe(true);
    expect(hasEnglishWords('专利质押贷款，LPR 3.1%')).toBe(false);
  });
});
