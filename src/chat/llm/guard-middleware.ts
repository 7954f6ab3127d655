import { AIMessage, createMiddleware, HumanMessage, ToolMessage } from 'langchain';
import { FACT_QUESTIONS } from '../../rules/profile.schema';
import { CALCULATE_PREFIX } from '../tools/chat-tools';
import { ungroundedArguments } from './argument-grounding';
import { ungroundedChoices, type UngroundedChoice } from './choice-grounding';
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

const INVALID_JSON_TOOL_RESULT = '未执行：这次工具调用的参数不是合法的 JSON。请用合法的 JSON 参数重新调用；缺少的事实请向用户询问。';

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
  /** What a rule tool call with these arguments pays, per rule (for grounding yes/no and choice arguments). */
  payouts: (toolName: string, args: Record<string, unknown>) => Promise<Map<string, number>>;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function choiceProblem(c: UngroundedChoice): string {
  return c.reason === 'conflict'
    ? `${c.path}=${show(c.value)} 与用户在对话中所说的不一致（用户所说为 ${show(c.stated)}）`
    : `${c.path}=${show(c.value)} 用户在对话中没有说过，而它会提高可获得的金额`;
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
      const malformed = response.invalid_tool_calls ?? [];
      if (malformed.length && !response.tool_calls?.length) {
        return callModel(() =>
          Promise.resolve(handler({ ...request, messages: [...request.messages, new HumanMessage(INVALID_JSON_CORRECTION)] })),
        );
      }
      if (malformed.length) {
        // Valid calls next to malformed ones: all of them are kept as calls, so that each malformed one is
        // answered (wrapToolCall) with a correction under its own id instead of vanishing unseen.
        const added = malformed.map((c, i) => {
          const id = c.id ?? `malformed_${ledger.malformedCallIds.size}_${i}`;
          ledger.malformedCallIds.add(id);
          return { id, name: c.name ?? 'unknown', args: {}, type: 'tool_call' as const };
        });
        return new AIMessage({
          content: response.content,
          id: response.id,
          additional_kwargs: response.additional_kwargs,
          response_metadata: response.response_metadata,
          usage_metadata: response.usage_metadata,
          tool_calls: [...(response.tool_calls ?? []), ...added],
          invalid_tool_calls: [],
        });
      }
      return response;
    },
    wrapToolCall: async (request, handler) => {
      const call = request.toolCall;
      if (call.id && ledger.malformedCallIds.has(call.id)) return toolMessage(call, INVALID_JSON_TOOL_RESULT);
      if (!request.tool) return toolMessage(call, `没有名为“${call.name}”的工具，请只使用提供的工具。`);
      if (call.name.startsWith(CALCULATE_PREFIX) || call.name === 'check_eligibility') {
        const invented = ungroundedArguments(call.args, ledger.sources);
        const choices = await ungroundedChoices(call.args, {
          facts: ledger.facts,
          mentioned: ledger.mentioned,
          payouts: (args) => options.payouts(call.name, args),
        });
        const unstated = choices.filter((c) => c.reason === 'unstated');
        const conflicts = choices.filter((c) => c.reason === 'conflict');
        if (invented.length || choices.length) {
          const ask = [...invented, ...unstated].map((a) => a.path);
          for (const path of ask) ledger.ask({ fact: path, question: questionFor(path) });
          const problems = [
            ...(invented.length ? [`参数 ${invented.map((a) => `${a.path}=${a.value}`).join('，')} 不是用户在对话中给出的数字，也不来自工具结果`] : []),
            ...unstated.map(choiceProblem),
            ...conflicts.map(choiceProblem),
          ];
          const questions = [...new Set(ask.map(questionFor))];
          return toolMessage(
            call,
            `未执行：${problems.join('；')}。不要自行假设或换算；与用户所说不一致的请按用户所说填写。` +
              (questions.length ? `请向用户询问：${questions.join(' ')}` : ''),
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
