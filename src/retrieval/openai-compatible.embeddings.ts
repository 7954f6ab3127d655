import { Embeddings } from './embeddings.port';

export interface OpenAiEmbeddingsOptions {
  apiKey?: string;
  baseUrl?: string;
  model: string;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

const BATCH = 64;

/**
 * Embeddings from any server that speaks OpenAI's `POST /embeddings` (OpenAI, DashScope compatible
 * mode, vLLM, Ollama …). Plain fetch: retrieval stays free of LangChain.
 */
export class OpenAiCompatibleEmbeddings extends Embeddings {
  readonly remote = true;
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: OpenAiEmbeddingsOptions) {
    super();
    this.baseUrl = (options.baseUrl ?? 'https://api.openai.com/v1').replace(/\/+$/, '');
    this.fetchImpl = options.fetchImpl ?? fetch;
  }

  get id(): string {
    return `openai-compatible:${this.baseUrl}:${this.options.model}`;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += BATCH) out.push(...(await this.request(texts.slice(i, i + BATCH))));
    return out;
  }

  async embedQuery(text: string): Promise<number[]> {
    const [v] = await this.request([text]);
    return v;
  }

  private async request(input: string[]): Promise<number[][]> {
    const res = await this.fetchImpl(`${this.baseUrl}/embeddings`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}),
      },
      body: JSON.stringify({ model: this.options.model, input }),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
    });
    if (!res.ok) throw new Error(`嵌入服务返回 HTTP ${res.status}`);
    const body = (await res.json()) as { data?: { index: number; embedding: number[] }[] };
    if (!Array.isArray(body.data) || body.data.length !== input.length) throw new Error('嵌入服务的响应格式不正确');
    return [...body.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
  }
}
