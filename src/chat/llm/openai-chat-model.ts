import { ChatOpenAI } from '@langchain/openai';
import type { Settings } from '../../config/settings.schema';
import { ChatModelPort } from './chat-model.port';
import { retryModelErrors } from './model-retry-policy';

/**
 * Any OpenAI-compatible endpoint (OpenAI, DeepSeek, Qwen/DashScope, vLLM, Ollama) through ChatOpenAI with
 * `configuration.baseURL`. Retries (429, 5xx, network; see model-retry-policy.ts) with back-off are LangChain's; each attempt is
 * bounded by OPENAI_TIMEOUT_MS. `streaming` is left off: tokens are streamed through the agent's stream
 * instead, which avoids the token count @langchain/openai makes after a streamed reply: it fetches a tiktoken
 * rank file over the network, and offline that retries for minutes.
 */
export class OpenAiChatModel extends ChatModelPort {
  readonly model: ChatOpenAI;

  constructor(settings: Settings) {
    super();
    this.model = new ChatOpenAI({
      model: settings.OPENAI_MODEL,
      // Self-hosted servers (vLLM, Ollama) need no key, but the client insists on one.
      apiKey: settings.OPENAI_API_KEY ?? 'not-needed',
      temperature: settings.OPENAI_TEMPERATURE,
      timeout: settings.OPENAI_TIMEOUT_MS,
      maxRetries: settings.OPENAI_MAX_RETRIES,
      onFailedAttempt: retryModelErrors,
      // Not every compatible server accepts stream_options.include_usage.
      streamUsage: false,
      configuration: { baseURL: settings.OPENAI_BASE_URL },
    });
  }
}
