/**
 * Port for text embeddings. The default adapter is local and deterministic (no network);
 * an OpenAI-compatible adapter is bound when configured. Tests bind fakes.
 */
export abstract class Embeddings {
  /** Identifies the model, so that cached vectors of another model are never reused. */
  abstract readonly id: string;
  /** Whether vectors must be computed over the network (and are therefore worth caching). */
  abstract readonly remote: boolean;
  /** Embeds the corpus. Local adapters may fit corpus statistics here (e.g. idf). */
  abstract embedDocuments(texts: string[]): Promise<number[][]>;
  abstract embedQuery(text: string): Promise<number[]>;
}
