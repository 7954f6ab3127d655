import { tool } from 'langchain';
import type { ChatTools } from '../tools/chat-tools';

/**
 * The shared chat tools as LangChain tools, for the LLM decider. Same names, same zod schemas (with
 * their Chinese descriptions), same implementation: the model gets exactly what the offline engine uses.
 * Results and errors go back to the model as JSON; a failing call is an answer, never an exception.
 */
export function toLangChainTools(tools: ChatTools) {
  return tools.list().map((t) =>
    tool(async (args: unknown) => JSON.stringify(await tools.invoke(t.name, args)), {
      name: t.name,
      description: t.description,
      schema: t.schema as never,
    }),
  );
}
