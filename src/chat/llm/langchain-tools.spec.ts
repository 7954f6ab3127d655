import { createAgent, FakeToolCallingModel, HumanMessage, ToolMessage } from 'langchain';
import { RULES } from '../../rules/rules.registry';
import { buildChatTools } from '../testing/build-chat-tools';
import { ChatTools } from '../tools/chat-tools';
import { toLangChainTools } from './langchain-tools';

describe('toLangChainTools with a scripted langchain v1 agent', () => {
  let tools: ChatTools;
  beforeAll(async () => {
    tools = await buildChatTools();
  });

  it('exposes every chat tool under its own name', () => {
    const lc = toLangChainTools(tools);
    expect(lc).toHaveLength(RULES.length + 3);
    expect(lc.map((t) => t.name)).toEqual(tools.list().map((t) => t.name));
  });

  it('a model calling the rule tool gets the rule’s amount back, and a bad call gets a Chinese error', async () => {
    const model = new FakeToolCallingModel({
      toolCalls: [
        [
          { name: 'calculate_high-value-patents', args: { newHighValueInventionPatentsCount: 35 }, id: 'c1' },
          { name: 'calculate_ip-insurance', args: { ipInsurancePremiumYuan: -1 }, id: 'c2' },
        ],
        [],
      ],
    });
    const agent = createAgent({ model, tools: toLangChainTools(tools) });
    const result = await agent.invoke({ messages: [new HumanMessage('今年新增高价值发明专利35件，能奖多少？')] });
    const toolMessages = result.messages.filter((m) => ToolMessage.isInstance(m));
    expect(toolMessages).toHaveLength(2);
    const calc = JSON.parse(String(toolMessages[0].content));
    expect(calc).toMatchObject({ ruleId: 'high-value-patents', eligible: true, amountYuan: 600_000 });
    // LangChain validates arguments against the same schema first; the model is told which field failed.
    expect(String(toolMessages[1].content)).toContain('ipInsurancePremiumYuan');
  });
});
