import { z } from 'zod';
export { errorResponse } from '../../../common/error-response.schema';

/**
 * The JSON the endpoints send, as zod schemas for the OpenAPI document. Strict objects: the end-to-end test
 * parses real responses with them, so a field added to a response without being described here fails it.
 */
const S = z.strictObject;


const citation = S({
  clauseId: z.string().describe('条款编号，如 art.4.1'),
  label: z.string().describe('条款标签，如“第4条第1款 深化知识产权金融发展”'),
  quote: z.string().describe('条款原文（整段或其中的句子），逐字取自语料'),
}).meta({ id: 'Citation' });

const needsInfo = S({
  fact: z.string().describe('缺少的事实（输入字段路径），如 annualSalesYuan'),
  question: z.string().describe('可直接向用户提出的中文问题'),
}).meta({ id: 'NeedsInfo' });

const traceValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

const traceStep = S({
  clauseId: z.string(),
  kind: z.enum(['condition', 'calculation', 'note']).describe('condition 条件核对；calculation 计算步骤；note 说明'),
  label: z.string().describe('核对或计算的内容'),
  value: traceValue.optional().describe('所用的输入值'),
  outcome: z.enum(['pass', 'fail', 'unknown']).optional().describe('条件的结果（仅条件）'),
  amountYuan: z.number().int().optional().describe('该步之后的金额（元，仅计算步骤）'),
  detail: z.string().describe('完整的中文说明'),
  paramIds: z.array(z.string()).describe('该步用到的参数编号'),
}).meta({ id: 'TraceStep' });

const capApplied = S({
  scope: z.string().describe('封顶的对象'),
  capYuan: z.number().int(),
  uncappedYuan: z.number().int().describe('封顶前的金额（元）'),
  clauseId: z.string(),
  paramId: z.string(),
}).meta({ id: 'CapApplied' });

export const calculationResponse = S({
  ruleId: z.string().describe('规则编号'),
  title: z.string(),
  clauseId: z.string().describe('规则所在条款'),
  status: z.enum(['eligible', 'ineligible', 'needs-info']).describe('eligible 符合；ineligible 不符合；needs-info 缺少信息'),
  eligible: z.boolean().describe('为 true 时企业可获得 amountYuan；各 eligible 项相加即合计'),
  amountYuan: z.number().int().describe('金额（整数元）'),
  capApplied: z.array(capApplied).optional().describe('触及的封顶'),
  trace: z.array(traceStep).describe('逐步核对与计算过程'),
  explanation: z.string().describe('中文说明'),
  citations: z.array(citation),
  needsInfo: z.array(needsInfo),
  assumptions: z.array(z.string()).describe('测算口径（原文含义不明之处的理解）'),
  caveats: z.array(z.string()).describe('提示：征求意见稿、市区叠加、亩均效益等'),
  ceiling: z.boolean().describe('为 true 时 amountYuan 是原文设定的上限（如“不高于”），答复写“最高可获”'),
  alternatives: z
    .array(
      S({
        interpretationId: z.string().describe('原文理解的编号（GET /api/rules 的 interpretations）'),
        reading: z.string().describe('另一种理解，如“如主管部门按同一年度只奖最高一项执行”'),
        amountYuan: z.number().int().describe('按该理解的金额（元），不计入合计'),
      }).meta({ id: 'AlternativeReading' }),
    )
    .describe('原文有两种理解且金额不同时，另一种理解及其金额；措辞明确时为空'),
  conditional: S({
    condition: z.string().describe('所缺的是否类条件，用追问的原话，如“最终胜诉”'),
    amountYuan: z.number().int().describe('这些条件都满足时的金额（元），不计入合计'),
    ceiling: z.boolean().describe('为 true 时该金额是原文设定的上限'),
  })
    .optional()
    .describe('仅 needs-info：所缺信息都是“是否”类条件时，条件满足可得的金额，答复先给出它再追问'),
  policyVersion: S({
    id: z.string().describe('政策版本编号，如 jindong-ip-2023-draft'),
    title: z.string().describe('该版本的文件标题'),
    status: z.enum(['征求意见稿', '正式']),
  }).describe('本次测算所用的政策版本（测算当日施行的版本；正式文件施行前为征求意见稿）'),
}).meta({ id: 'Calculation' });

export const chatResponse = S({
  sessionId: z.string().describe('会话编号（服务端签发）；下一轮原样带回以继续对话；与请求中的不同表示已开始新会话'),
  turnId: z.string().describe('本条答复的编号（用于 POST /api/feedback）'),
  answer: z.string().describe('简体中文答复（纯文本或轻量 Markdown）；其中每个金额都来自 calculations、totalYuan 或所引条款原文'),
  citations: z.array(citation),
  calculations: z.array(calculationResponse).describe('本轮的测算；没有算出金额时为空'),
  totalYuan: z.number().int().nullable().describe('eligible 测算的合计（元）；没有测算时为 null'),
  needsInfo: z.array(needsInfo).describe('还缺少、需要用户补充的信息'),
  mode: z.enum(['offline', 'openai']).describe('作答方式：离线引擎或大模型'),
  outcome: z
    .enum(['answered', 'asked-for-facts', 'out-of-scope', 'refused', 'policy-silent', 'fallback'])
    .describe('answered 已答复；asked-for-facts 追问信息；out-of-scope 超出范围；refused 拒绝（如改写指令）；policy-silent 政策未规定；fallback 仅引原文'),
}).meta({ id: 'ChatResponse' });

export const clauseHitsResponse = z.array(
  S({
    clauseId: z.string(),
    label: z.string(),
    text: z.string().describe('条款原文'),
    score: z.number().describe('融合排序得分（越大越相关）'),
  }).meta({ id: 'ClauseHit' }),
);

const clauseFields = {
  clauseId: z.string(),
  label: z.string(),
  headingPath: z.array(z.string()).describe('所在章节标题，由外到内'),
  text: z.string(),
  parentId: z.string().nullable(),
  childIds: z.array(z.string()),
};

export const clauseResponse = S({
  ...clauseFields,
  document: S({ id: z.string(), title: z.string(), status: z.string().describe('如“征求意见稿”') }).nullable(),
}).meta({ id: 'Clause' });

export const clauseTreeResponse = z.array(
  S({
    ...clauseFields,
    kind: z.enum(['title', 'preamble', 'section-lead', 'subsection', 'item', 'paragraph', 'closing']),
  }).meta({ id: 'ClauseNode' }),
);

const effectivePeriod = S({
  from: z.string().nullable().describe('施行日期 YYYY-MM-DD；原文空缺时为 null（征求意见稿写作“本意见自2023年 月 日起实施”）'),
  to: z.string().nullable().describe('有效期截止日期 YYYY-MM-DD；未写明时为 null'),
}).describe('该版本的施行期间').meta({ id: 'EffectivePeriod' });

const param = S({
  id: z.string().describe('参数编号，如 art1.tier1Amount'),
  label: z.string(),
  value: z.number().describe('元、整数百分比、件数或月数'),
  unit: z.enum(['yuan', 'percent', 'count', 'months']),
  role: z.enum(['amount', 'unit-amount', 'cap', 'rate', 'threshold']),
  clauseId: z.string(),
  quote: z.string().describe('含该数字的原文短语'),
  document: z.string().describe('原文出自的政策版本编号，如 jindong-ip-2023-draft'),
  effective: effectivePeriod,
}).meta({ id: 'Param' });

export const ruleSummaryResponse = S({
  id: z.string(),
  title: z.string(),
  clauseId: z.string(),
  clauseLabel: z.string(),
  inputSchema: z.record(z.string(), z.unknown()).describe('facts 的 JSON Schema'),
  parameters: z.array(param).describe('规则用到的每个金额、比例、上限、门槛及其原文出处'),
  assumptions: z.array(z.string()).describe('测算口径'),
  applicants: S({
    kinds: z.array(z.enum(['企业', '高校', '科研机构', '代理机构', '园区', '单位'])).describe('奖补对象的类型；“单位”为不限类型'),
    clauseId: z.string(),
    quote: z.string().describe('原文中规定奖补对象的文字'),
  }).describe('谁可以申报（另：按金东区政策理解，申报单位须在金东区内）'),
  interpretations: z
    .array(
      S({
        id: z.string(),
        clauseId: z.string(),
        wording: z.string().describe('原文措辞'),
        reading: z.string().describe('本助手采用的理解'),
        alternative: z.string().describe('另一种理解'),
        alternativeLine: z.string().optional().describe('两种理解金额不同时，答复中说明另一种理解所用的话'),
        why: z.string(),
      }).meta({ id: 'Interpretation' }),
    )
    .describe('本规则涉及的原文理解（措辞可有两种理解之处）'),
}).meta({ id: 'RuleSummary' });

const policyVersionView = S({
  id: z.string().describe('政策版本编号'),
  title: z.string(),
  status: z.enum(['征求意见稿', '正式']),
  effective: effectivePeriod,
}).meta({ id: 'PolicyVersion' });

const paramState = S({
  value: z.number().describe('元、整数百分比、件数或月数'),
  quote: z.string().describe('该版本原文中含该数字的短语'),
  clauseId: z.string().describe('该版本原文所在条款的编号（可用 GET /api/clauses/{clauseId} 取原文；后续版本带其 clauseIdPrefix）'),
  version: z.string().describe('政策版本编号'),
});

export const policyChangesResponse = S({
  from: policyVersionView,
  to: policyVersionView,
  changes: z
    .array(
      S({
        id: z.string().describe('参数编号，如 art1.tier1Award'),
        label: z.string(),
        unit: z.enum(['yuan', 'percent', 'count', 'months']),
        clauseId: z.string().describe('参数所在条款（政策自身的编号，如 art.1.1）'),
        ruleIds: z.array(z.string()).describe('用到该参数的规则'),
        from: paramState,
        to: paramState,
      }).meta({ id: 'ParamChange' }),
    )
    .describe('数字、原文或条款有变化的参数，按规则顺序；两个版本相同时为空'),
}).meta({ id: 'PolicyChanges' });

export const eligibilityResponse = S({
  calculations: z.array(calculationResponse).describe('画像涉及的每条规则，按政策顺序'),
  totalYuan: z.number().int(),
  eligibleRuleIds: z.array(z.string()),
  needsInfo: z.array(S({ fact: z.string(), question: z.string(), ruleIds: z.array(z.string()) })),
  notAssessed: z.array(S({ ruleId: z.string(), title: z.string(), clauseId: z.string(), needsInfo: z.array(needsInfo) })).describe('画像未涉及的规则及需问的信息'),
  caveats: z.array(z.string()),
}).meta({ id: 'EligibilityResult' });

export const healthResponse = S({
  status: z.enum(['ok', 'starting', 'unavailable', 'stopping']),
  mode: z.enum(['offline', 'openai']),
  llm: S({ model: z.string(), baseUrl: z.string() }).nullable().describe('大模型模式下的模型与接口地址（从不含密钥）'),
  corpus: S({
    hash: z.string(),
    clauses: z.number().int(),
    documents: z.array(S({ id: z.string(), title: z.string(), status: z.string() })),
  }),
  retrieval: S({ ready: z.boolean(), indexedClauses: z.number().int(), vectors: z.string(), buildMs: z.number() }),
  prompts: S({ hash: z.string() }),
  state: S({ backend: z.enum(['memory', 'redis']), ok: z.boolean() }),
  records: S({
    ok: z.boolean().describe('问答记录与用户评价是否正常写入；为 false 时就绪检查仍为 200（对话不受影响），但记录在丢失'),
    lastError: z.string().optional().describe('最近的问题（北京时间与原因），如写入失败（EROFS）或当日记录已达上限'),
  }),
}).meta({ id: 'Health' });

export const liveResponse = S({ status: z.literal('ok'), uptimeSeconds: z.number().int() });

export const gapsResponse = S({
  items: z.array(
    S({
      turnId: z.string(),
      sessionId: z.string(),
      at: z.string().describe('提问或差评的时间（ISO 8601）'),
      reasons: z.array(z.enum(['fallback', 'policy-silent', 'out-of-scope', 'thumbs-down'])),
      channel: z.enum(['web', 'console', 'wechat', 'api']).nullable(),
      question: z.string().nullable(),
      answer: z.string().nullable(),
      outcome: z.enum(['answered', 'asked-for-facts', 'out-of-scope', 'refused', 'policy-silent', 'fallback']).nullable(),
      comment: z.string().nullable(),
    }).meta({ id: 'Gap' }),
  ),
});
