import { createMiddleware, HumanMessage, ToolMessage } from 'langchain';
import { FACT_QUESTIONS } from '../../rules/profile.schema';
import { CALCULATE_PREFIX } from '../tools/chat-tools';
import { ungroundedArguments } from './argument-grounding';
import type { TurnLedger } from './turn-ledger';

/** Why an LLM turn was given up; the offline engine answers instead. */
export type LlmFailureReason = 'model-error' | 'timeout' | 'model-call-cap' | 'grounding' | 'empty-answer';

export class LlmFailure extends Error {
  constructor(
    readonly reason: LlmFailureReason,
    message: string,
  ) {
    super(message);
  }
}

const INVALID_JSON_CORRECTION =
  '（系统校验）你上一次调用工具时，参数不是合法的 JSON，工具没有执行。请用合法的 JSON 参数重新调用工具；缺少的事实请向用户询问。';

function toolMessage(call: { id?: string; name: string }, content: string): ToolMessage {
  return new ToolMessage({ content, tool_call_id: call.id ?? call.name, name: call.name, status: 'error' });
}

function questionFor(path: string): string {
  const top = path.split('.')[0] as keyof typeof FACT_QUESTIONS;
  return FACT_QUESTIONS[top] ?? `请提供“${path}”的具体数值。`;
}

export interface GuardOptions {
  maxModelCalls: number;
  onModelCall?: (seconds: number, ok: boolean) => void;
}

/**
 * The guards that run inside the agent loop, in code: a cap on model calls, a second chance for tool
 * arguments that are not valid JSON, unknown tools answered in Chinese, tool-argument grounding (a number
 * the user never gave is asked for, not computed with), and every tool result recorded in the ledger.
 */
export function policyGuardMiddleware(ledger: TurnLedger, options: GuardOptions) {
  const callModel = async <R>(run: () => Promise<R>): Promise<R> => {
    if (ledger.modelCalls.length >= options.maxModelCalls) {
      throw new LlmFailure('model-call-cap', `模型调用次数超过上限（${options.maxModelCalls} 次）`);
    }
    const started = performance.now();
    let ok = false;
    try {
      const response = await run();
      ok = true;
      return response;
    } finally {
      const seconds = (performance.now() - started) / 1000;
      ledger.modelCalls.push({ seconds, ok });
      options.onModelCall?.(seconds, ok);
    }
  };

  return createMiddleware({
    name: 'PolicyGuards',
    wrapModelCall: async (request, handler) => {
      const response = await callModel(() => Promise.resolve(handler(request)));
      if (response.invalid_tool_calls?.length && !response.tool_calls?.length) {
        return callModel(() =>
          Promise.resolve(handler({ ...request, messages: [...request.messages, new HumanMessage(INVALID_JSON_CORRECTION)] })),
        );
      }
      return response;
    },
    wrapToolCall: async (request, handler) => {
      const call = request.toolCall;
      if (!request.tool) return toolMessage(call, `没有名为“${call.name}”的工具，请只使用提供的工具。`);
      if (call.name.startsWith(CALCULATE_PREFIX) || call.name === 'check_eligibility') {
        const invented = ungroundedArguments(call.args, ledger.sources);
        if (invented.length) {
          for (const a of invented) ledger.ask({ fact: a.path, question: questionFor(a.path) });
          const list = invented.map((a) => `${a.path}=${a.value}`).join('，');
          return toolMessage(
            call,
            `未执行：参数 ${list} 不是用户在对话中给出的数字，也不来自工具结果。不要自行假设或换算，请向用户询问：${invented
              .map((a) => questionFor(a.path))
              .join(' ')}`,
          );
        }
      }
      try {
        const message = await handler(request);
        if (ToolMessage.isInstance(message)) ledger.recordToolResult(parseJson(message.content));
        return message;
      } catch (error) {
        // LangChain rejects arguments that fail the zod schema before our tool runs.
        return toolMessage(call, `参数无效，工具没有执行：${(error as Error).message.slice(0, 500)}`);
      }
    },
  });
}

function parseJson(content: unknown): unknown {
  if (typeof content !== 'string') return undefined;
  try {
    return JSON.parse(content);
  } catch {
    return undefined;
  }
}
