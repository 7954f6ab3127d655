import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { ChatResult } from '@langchain/core/outputs';
import { AIMessage, BaseMessage, ToolMessage } from 'langchain';

/** One scripted model turn: sees the messages sent, returns the reply (or throws, like a failing API). */
export type ScriptStep = (messages: BaseMessage[]) => AIMessage | Promise<AIMessage>;

/**
 * A tool-calling chat model that follows a script, for agent-loop tests: each call runs the next step.
 * Unlike langchain's FakeToolCallingModel it can answer with chosen text and read tool results.
 */
export class ScriptedChatModel extends BaseChatModel {
  readonly calls: BaseMessage[][] = [];

  constructor(private readonly steps: ScriptStep[]) {
    super({});
  }

  _llmType(): string {
    return 'scripted';
  }

  override bindTools(): this {
    return this;
  }

  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const step = this.steps[this.calls.length];
    this.calls.push(messages);
    if (!step) throw new Error(`脚本只有 ${this.steps.length} 步，模型被调用了第 ${this.calls.length} 次`);
    const message = await step(messages);
    return { generations: [{ text: typeof message.content === 'string' ? message.content : '', message }] };
  }
}

/** A reply that calls tools. */
export function callTools(...calls: { name: string; args: Record<string, unknown> }[]): ScriptStep {
  return () => new AIMessage({ content: '', tool_calls: calls.map((c, i) => ({ ...c, id: `call_${i}_${c.name}`, type: 'tool_call' as const })) });
}

/** A final text reply; a function may build it from the tool results it was sent. */
export function reply(text: string | ((toolResults: unknown[]) => string)): ScriptStep {
  return (messages) => {
    const results = messages.filter((m) => ToolMessage.isInstance(m)).map((m) => {
      try {
        return JSON.parse(String(m.content));
      } catch {
        return String(m.content);
      }
    });
    return new AIMessage(typeof text === 'string' ? text : text(results));
  };
}
