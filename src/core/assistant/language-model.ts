/** One request to a language model: what to do, the (masked) material, and the shape the answer must have. */
export interface ModelRequest {
  /** Which prompt this is, for the log line ("read-message", "answer-question"). */
  task: string;
  /** The prompt from `prompts/`, with the catalog and the commune's data appended. */
  instructions: string;
  /** The member's message, already masked. */
  input: string;
  /** The JSON schema the answer must follow (a single object). */
  schema: { name: string; schema: Record<string, unknown> };
  maxTokens: number;
}

/** Why a request gave nothing usable; every one of them means "use the rule-based reply". */
export type ModelFailure = "timeout" | "rate-limited" | "server-error" | "invalid-output" | "unreachable";

/** The model's answer as parsed JSON (not yet validated), or why there is none. Never thrown. */
export type ModelResponse =
  | { ok: true; json: unknown; tokens: { prompt: number; completion: number } }
  | { ok: false; failure: ModelFailure };

/**
 * The narrow port to an optional language model: instructions and input in, a JSON
 * object (or a failure value) out, within the adapter's timeout. Implemented in
 * `src/adapters/llm/` for any OpenAI-compatible endpoint.
 */
export interface LanguageModel {
  respond(request: ModelRequest): Promise<ModelResponse>;
}
