import type { BaseChatModel } from '@langchain/core/language_models/chat_models';

/** The language model behind the LLM mode: ChatOpenAI in production, a scripted model in tests. */
export abstract class ChatModelPort {
  /** A tool-calling chat model; one instance serves every turn. */
  abstract readonly model: BaseChatModel;
}
