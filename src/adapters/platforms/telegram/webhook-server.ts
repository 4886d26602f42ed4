import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../../logging/create-logger.js";
import type { Update } from "./grammy-deps.js";

/** Where and how the webhook server listens. */
export interface WebhookServerOptions {
  port: number;
  /** Interface to listen on; all interfaces when absent. */
  host?: string | undefined;
  /** Telegram sends it in X-Telegram-Bot-Api-Secret-Token; any other request gets 401. */
  secret: string;
  logger: Logger;
  /** Takes an accepted update; must not wait for it to be handled. */
  onUpdate(update: Update): void;
}

/** A listening webhook server. */
export interface WebhookServer {
  port: number;
  /** Stops taking requests and closes open connections. */
  close(): Promise<void>;
}

/** Larger bodies are refused; a Telegram update is a few kilobytes. */
const MAX_BODY_BYTES = 1_000_000;

/**
 * The HTTP endpoint Telegram posts updates to. It checks the secret token (401
 * otherwise), reads the update and answers 200 at once, handing the update on to be
 * handled in the background: Telegram never waits for the database and never resends
 * an update because handling took long. Only POST is accepted (405), bodies over 1 MB
 * are refused (413), and a body that is not an update gets 400.
 */
export async function startWebhookServer(options: WebhookServerOptions): Promise<WebhookServer> {
  const expected = digest(options.secret);
  const server = http.createServer((request, response) => {
    const reject = (status: number) => {
      request.resume();
      response.writeHead(status, { "content-type": "text/plain; charset=utf-8", connection: "close" }).end();
    };
    if (request.method !== "POST") {
      response.setHeader("allow", "POST");
      return reject(405);
    }
    const token = request.headers["x-telegram-bot-api-secret-token"];
    if (typeof token !== "string" || !crypto.timingSafeEqual(digest(token), expected)) {
      options.logger.warn(
        { remote: request.socket.remoteAddress },
        "Telegram webhook call with a wrong secret token refused",
      );
      return reject(401);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on("end", () => {
      if (size > MAX_BODY_BYTES) return reject(413);
      const update = parseUpdate(Buffer.concat(chunks).toString("utf8"));
      if (!update) return reject(400);
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
      options.onUpdate(update);
    });
    request.on("error", (error) => options.logger.warn({ err: error }, "Telegram webhook request failed"));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      }),
  };
}

function digest(text: string): Buffer {
  return crypto.createHash("sha256").update(text, "utf8").digest();
}

function parseUpdate(body: string): Update | null {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === "object" &&
      value !== null &&
      typeof (value as { update_id?: unknown }).update_id === "number"
      ? (value as Update)
      : null;
  } catch {
    return null;
  }
}
