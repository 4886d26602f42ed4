import type { Update, UserFromGetMe } from "grammy/types";

/** One Bot API call the fake received, and what it answered. */
export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  /** Milliseconds (Date.now()) when it arrived. */
  at: number;
  /** The answer: ok, an error code, or "network" for a dropped connection. */
  outcome: "ok" | number | "network";
  /** What a successful call returned (the sent message, for send methods). */
  result?: unknown;
}

/** A Bot API error to answer with. */
export interface ApiFailure {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

type Rule = { match: (call: ApiCall) => boolean; failure: ApiFailure | "network"; times: number };

/**
 * An in-process Bot API for tests, used through grammY's `client.fetch`: no socket is
 * opened and nothing leaves the process. getUpdates long-polls the updates pushed with
 * `push`; send methods answer like Telegram; rules make chosen calls fail (429, 403, a
 * dropped connection). Every call is recorded with its payload and outcome.
 */
export class FakeBotApi {
  readonly calls: ApiCall[] = [];
  readonly me: UserFromGetMe = {
    id: 7_000_001,
    is_bot: true,
    first_name: "Xã Số",
    username: "XaSoBot",
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
  } as UserFromGetMe;
  private readonly queue: Update[] = [];
  private readonly waiting = new Set<() => void>();
  private readonly rules: Rule[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 9_000;

  /** The fetch to give grammY. */
  readonly fetch = (async (
    input: unknown,
    init?: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal },
  ) => {
    const url = new URL(String(input));
    const method = url.pathname.split("/").pop() ?? "";
    const payload = await readPayload(init?.body, init?.headers?.["content-type"]);
    const call: ApiCall = { method, payload, at: Date.now(), outcome: "ok" };
    this.calls.push(call);
    const rule = this.rules.find((r) => r.times > 0 && r.match(call));
    if (rule) {
      rule.times -= 1;
      if (rule.failure === "network") {
        call.outcome = "network";
        // As node-fetch words it: the request URL, token included, is in the message.
        throw new TypeError(`request to ${url.href} failed, reason: socket hang up`);
      }
      call.outcome = rule.failure.error_code;
      return json({ ok: false, ...rule.failure });
    }
    call.result = await this.answer(call, init?.signal);
    return json({ ok: true, result: call.result });
  }) as unknown as typeof fetch;

  /** Queues an update for getUpdates; returns it with its update_id. */
  push(update: Omit<Update, "update_id">): Update {
    const full = { ...update, update_id: this.nextUpdateId++ } as Update;
    this.queue.push(full);
    for (const wake of this.waiting) wake();
    return full;
  }

  /** Makes the next `times` calls matching `match` fail with `failure`. */
  fail(match: (call: ApiCall) => boolean, failure: ApiFailure | "network", times = 1): void {
    this.rules.push({ match, failure, times });
  }

  /** Calls of one method that succeeded. */
  ok(method = "sendMessage"): ApiCall[] {
    return this.calls.filter((c) => c.method === method && c.outcome === "ok");
  }

  /** Resolves once `ready()` holds, checking every 5 ms; fails after `timeoutMs`. */
  async until(ready: () => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!ready()) {
      if (Date.now() > deadline) throw new Error("timed out waiting for the bot");
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** Waits for `count` successful calls of `method` in all, and returns them. */
  async sent(count: number, method = "sendMessage"): Promise<ApiCall[]> {
    await this.until(() => this.ok(method).length >= count);
    return this.ok(method);
  }

  private async answer(call: ApiCall, signal: AbortSignal | undefined): Promise<unknown> {
    const p = call.payload;
    switch (call.method) {
      case "getMe":
        return this.me;
      case "getUpdates":
        return this.updates(Number(p.offset ?? 0), Number(p.timeout ?? 0), signal);
      case "sendMessage":
      case "sendDocument":
      case "sendPhoto": {
        const chatId = Number(p.chat_id);
        return {
          message_id: this.nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat:
            chatId < 0
              ? { id: chatId, type: "supergroup", title: "Nhóm" }
              : { id: chatId, type: "private", first_name: "Người dùng" },
          from: this.me,
          ...(p.text !== undefined ? { text: p.text } : {}),
          ...(p.message_thread_id !== undefined
            ? { message_thread_id: Number(p.message_thread_id), is_topic_message: true }
            : {}),
          ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}),
        };
      }
      default:
        return true;
    }
  }

  private async updates(offset: number, timeoutSeconds: number, signal: AbortSignal | undefined): Promise<Update[]> {
    const deadline = Date.now() + Math.min(timeoutSeconds, 2) * 1000;
    for (;;) {
      const ready = this.queue.filter((u) => u.update_id >= offset);
      if (ready.length || Date.now() >= deadline) return ready;
      if (signal?.aborted) throw abortError();
      await new Promise<void>((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          this.waiting.delete(done);
          signal?.removeEventListener("abort", aborted);
          resolve();
        };
        const aborted = () => {
          done();
          reject(abortError());
        };
        const timer = setTimeout(done, Math.max(1, deadline - Date.now()));
        this.waiting.add(done);
        signal?.addEventListener("abort", aborted);
      });
    }
  }
}

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
}

function abortError(): Error {
  const error = new Error("The operation was aborted");
  error.name = "AbortError";
  return error;
}

/** A call's parameters: JSON, or multipart form data (files) with file parts as `{ filename, size, bytes }`. */
async function readPayload(body: unknown, contentType: string | undefined): Promise<Record<string, unknown>> {
  if (body === undefined || body === null) return {};
  if (typeof body === "string") return JSON.parse(body) as Record<string, unknown>;
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  const boundary = /boundary=([^;]+)/.exec(contentType ?? "")?.[1];
  if (!boundary) throw new Error("multipart body without a boundary");
  return parseMultipart(Buffer.concat(chunks), boundary);
}

/** A small multipart/form-data reader (undici's is stricter than the Bot API about the closing line). */
function parseMultipart(body: Buffer, boundary: string): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length, next);
    start = next;
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd === -1) continue;
    const headers = part.subarray(0, headerEnd).toString("utf8");
    let content = part.subarray(headerEnd + 4);
    if (content.subarray(-2).toString() === "\r\n") content = content.subarray(0, -2);
    const name = /name="([^"]*)"/.exec(headers)?.[1];
    const filename = /filename="?([^"\r\n;]*)"?/.exec(headers)?.[1];
    if (!name) continue;
    payload[name] =
      filename !== undefined
        ? { filename, size: content.length, bytes: Buffer.from(content) }
        : parseField(content.toString("utf8"));
  }
  return payload;
}

function parseField(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
