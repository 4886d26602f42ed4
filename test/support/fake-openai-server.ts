import http from "node:http";
import type { AddressInfo } from "node:net";

/** How the fake endpoint answers one chat completion. */
export type FakeAnswer =
  | { json: unknown }
  | { raw: string }
  | { status: number; retryAfter?: number }
  | { hang: true }
  /** 400 to a JSON-schema request, as servers without structured output do; JSON mode is then answered with `json`. */
  | { noSchema: true; json: unknown };

/** A recorded request: its path and parsed body. */
export interface FakeRequest {
  path: string;
  body: { model?: string; messages?: Array<{ role: string; content: string }>; response_format?: { type: string } };
}

/**
 * A small OpenAI-compatible server on 127.0.0.1 for tests: it records every request and
 * answers chat completions as `answer(request)` says: valid output, invalid JSON, an
 * error status (429 with retry-after, 500), or never (a hang).
 */
export async function startFakeOpenAi(answer: (request: FakeRequest) => FakeAnswer) {
  const requests: FakeRequest[] = [];
  const sockets = new Set<import("node:net").Socket>();
  const server = http.createServer((req, res) => {
    let data = "";
    req.on("data", (chunk) => {
      data += String(chunk);
    });
    req.on("end", () => {
      const request: FakeRequest = { path: req.url ?? "", body: data ? JSON.parse(data) : {} };
      requests.push(request);
      const reply = answer(request);
      if ("hang" in reply) return;
      if ("status" in reply) {
        res.writeHead(reply.status, {
          "content-type": "application/json",
          ...(reply.retryAfter ? { "retry-after": String(reply.retryAfter) } : {}),
        });
        res.end(JSON.stringify({ error: { message: "fake failure", type: "fake" } }));
        return;
      }
      if ("noSchema" in reply && request.body.response_format?.type === "json_schema") {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: "response_format json_schema not supported" } }));
        return;
      }
      const content = "raw" in reply ? reply.raw : JSON.stringify(reply.json);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id: "chatcmpl-fake",
          object: "chat.completion",
          created: 0,
          model: request.body.model ?? "fake",
          choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
          usage: { prompt_tokens: 120, completion_tokens: 30, total_tokens: 150 },
        }),
      );
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    /** Everything sent to the server, as one string, to check what never left. */
    sentText: () => requests.map((r) => JSON.stringify(r.body)).join("\n"),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
