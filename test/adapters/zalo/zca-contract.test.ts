import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type WebSocket, WebSocketServer } from "ws";
import { createLogger } from "../../../src/adapters/logging/create-logger.js";
import {
  defaultZaloTimings as timings,
  type ZaloSessionLoss,
} from "../../../src/adapters/platforms/zalo/connection.js";
import type { ZaloClientFactory } from "../../../src/adapters/platforms/zalo/port.js";
import { type RunningZalo, startZalo } from "../../../src/adapters/platforms/zalo/start-zalo.js";
import { wrapZcaApi } from "../../../src/adapters/platforms/zalo/zca-client.js";
import { ZcaApi } from "../../../src/adapters/platforms/zalo/zca-deps.js";
import type { InboundMessage } from "../../../src/core/messages/inbound-message.js";
import { FakeClock } from "../../support/fake-clock.js";
import { ZALO_TEST_START } from "./fake-zalo.js";
import { credentialsFixture, SECRET_COOKIE, tempDir } from "./zalo-fixtures.js";

/**
 * The real zca-js listener and sender (the version pinned in package.json) against a local
 * websocket and HTTP server on 127.0.0.1 that speak Zalo's framing: this checks the parts
 * of zca-js the adapter relies on (events, close codes, group and private send paths),
 * which the fake port only assumes.
 */

const BOT = "100200300";
const SECRET_KEY = crypto.randomBytes(32).toString("base64");

function aes(mode: "encrypt" | "decrypt", text: string): string {
  const key = Buffer.from(SECRET_KEY, "base64");
  const iv = Buffer.alloc(16);
  if (mode === "encrypt") {
    const cipher = crypto.createCipheriv("aes-256-cbc", key, iv);
    return Buffer.concat([cipher.update(text, "utf8"), cipher.final()]).toString("base64");
  }
  const decipher = crypto.createDecipheriv("aes-256-cbc", key, iv);
  return Buffer.concat([decipher.update(Buffer.from(text, "base64")), decipher.final()]).toString("utf8");
}

/** A websocket frame as Zalo sends it: version, command (little endian), sub-command, JSON. */
function frame(cmd: number, subCmd: number, body: unknown): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt8(1, 0);
  header.writeUInt16LE(cmd, 1);
  header.writeUInt8(subCmd, 3);
  return Buffer.concat([header, Buffer.from(JSON.stringify(body))]);
}

interface Posted {
  path: string;
  params: Record<string, unknown>;
}

async function localZalo() {
  const posted: Posted[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += String(chunk)));
    request.on("end", () => {
      const params = new URLSearchParams(body).get("params");
      posted.push({
        path: new URL(request.url ?? "/", "http://127.0.0.1").pathname,
        params: params ? (JSON.parse(aes("decrypt", params)) as Record<string, unknown>) : {},
      });
      response.setHeader("content-type", "application/json");
      response.end(
        JSON.stringify({
          error_code: 0,
          error_message: "",
          data: aes("encrypt", JSON.stringify({ error_code: 0, error_message: "", data: { msgId: posted.length } })),
        }),
      );
    });
  });
  const sockets: WebSocket[] = [];
  const cookieHeaders: string[] = [];
  const wss = new WebSocketServer({ server });
  wss.on("connection", (socket, request) => {
    cookieHeaders.push(String(request.headers.cookie));
    sockets.push(socket);
    socket.send(frame(1, 1, { key: crypto.randomBytes(16).toString("base64") }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  /** Logs in "for real": a zca-js API object whose every service and socket is the local server. */
  const factory: ZaloClientFactory & { logins: number } = {
    logins: 0,
    async login() {
      factory.logins += 1;
      const jar = {
        getCookieStringSync: () => `zpw_sek=${SECRET_COOKIE}`,
        getCookieString: async () => `zpw_sek=${SECRET_COOKIE}`,
        setCookie: async () => undefined,
        toJSON: () => ({ cookies: [{ key: "zpw_sek", value: SECRET_COOKIE, domain: "chat.zalo.me" }] }),
      };
      const ctx = {
        uid: BOT,
        imei: "imei",
        cookie: jar,
        userAgent: "Mozilla/5.0 (contract test)",
        language: "vi",
        secretKey: SECRET_KEY,
        settings: {
          features: {
            socket: { retries: {}, close_and_retry_codes: [], rotate_error_codes: [], ping_interval: 3_600_000 },
            sharefile: {
              max_file: 10,
              max_size_share_file_v3: 1024,
              chunk_size_file: 1_048_576,
              restricted_ext_file: [],
            },
          },
          keepalive: { alway_keepalive: 1, keepalive_duration: 600, time_deactive: 0 },
        },
        loginInfo: {},
        extraVer: {},
        uploadCallbacks: new Map(),
        options: {
          selfListen: true,
          checkUpdate: false,
          logging: false,
          polyfill: fetch,
          apiType: 30,
          apiVersion: 671,
        },
        API_TYPE: 30,
        API_VERSION: 671,
      };
      const serviceMap = new Proxy({}, { get: () => [base] });
      const api = new ZcaApi(
        ctx as unknown as ConstructorParameters<typeof ZcaApi>[0],
        serviceMap as ConstructorParameters<typeof ZcaApi>[1],
        [`ws://127.0.0.1:${port}/`],
      );
      return { ok: true, api: wrapZcaApi(api) };
    },
    async loginQR() {
      throw new Error("not in this test");
    },
  };
  const close = async () => {
    for (const socket of wss.clients) socket.terminate();
    await new Promise((resolve) => wss.close(resolve));
    await new Promise((resolve) => server.close(resolve));
  };
  const latest = () => sockets.at(-1)!;
  return { factory, posted, sockets, latest, cookieHeaders, close };
}

function groupFrame(msg: Record<string, unknown>): Buffer {
  return frame(521, 0, { data: JSON.stringify({ data: { groupMsgs: [msg] } }), encrypt: 0 });
}

function userFrame(msg: Record<string, unknown>): Buffer {
  return frame(501, 0, { data: JSON.stringify({ data: { msgs: [msg] } }), encrypt: 0 });
}

const message = (extra: Record<string, unknown>) => ({
  actionId: "1",
  msgId: "7001",
  cliMsgId: "1700000000001",
  msgType: "webchat",
  uidFrom: "200300400",
  idTo: "900800700",
  dName: "Lan",
  ts: "1700445600000",
  status: 1,
  notify: "1",
  ttl: 0,
  ...extra,
});

let running: RunningZalo | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await running?.stop();
  await cleanup?.();
  running = undefined;
  cleanup = undefined;
});

describe("the adapter over the real zca-js, against a local Zalo", () => {
  it("receives group and private messages, replies through the group and private send paths, reconnects after 1006 and reports a kick", async () => {
    const local = await localZalo();
    cleanup = local.close;
    const clock = new FakeClock(ZALO_TEST_START);
    const received: InboundMessage[] = [];
    const losses: ZaloSessionLoss[] = [];
    const hooks = {
      handle: async (inbound: InboundMessage) => {
        received.push(inbound);
        return [
          {
            platform: "zalo",
            chatId: inbound.chatId,
            text: `Chào @Lan`,
            mentions: [{ membershipId: "m1", displayName: "Lan", platformUserId: "200300400" }],
          },
        ];
      },
      chatUnavailable: async () => {},
    };
    running = await startZalo(await credentialsFixture(tempDir()), hooks, createLogger("silent"), {
      zalo: local.factory,
      clock,
      onSessionLost: (loss) => void losses.push(loss),
    });
    await vi.waitFor(() => expect(running?.connected).toBe(true));
    expect(local.cookieHeaders[0]).toContain("zpw_sek=");

    const text = "@Xã Số 3.2 thế nào?";
    local.latest().send(
      groupFrame(
        message({
          content: text,
          mentions: [{ uid: BOT, pos: 0, len: 6, type: 0 }],
          quote: {
            ownerId: BOT,
            cliMsgId: 1,
            globalMsgId: 1,
            cliMsgType: 1,
            ts: 1,
            msg: "",
            attach: "",
            fromD: "",
            ttl: 0,
          },
        }),
      ),
    );
    await vi.waitFor(() => expect(local.posted).toHaveLength(1));
    expect(received[0]).toMatchObject({
      chatId: "g:900800700",
      isGroup: true,
      text: "3.2 thế nào?",
      mentionsBot: true,
      repliesToBot: true,
      sender: { id: "200300400", name: "Lan" },
    });
    expect(local.posted[0]?.path).toBe("/api/group/mention");
    expect(local.posted[0]?.params).toMatchObject({ grid: "900800700", message: "Chào @Lan", visibility: 0 });
    expect(local.posted[0]?.params.toid).toBeUndefined();
    expect(JSON.parse(String(local.posted[0]?.params.mentionInfo))).toEqual([
      { pos: 5, uid: "200300400", len: 4, type: 0 },
    ]);

    local
      .latest()
      .send(userFrame(message({ msgId: "7002", cliMsgId: "1700000000002", idTo: BOT, content: "/tiendo" })));
    await vi.waitFor(() => expect(local.posted).toHaveLength(2));
    expect(received[1]).toMatchObject({ chatId: "u:200300400", isGroup: false });
    expect(local.posted[1]?.path).toBe("/api/message/sms");
    expect(local.posted[1]?.params).toMatchObject({ toid: "200300400", message: "Chào @Lan" });
    expect(local.posted[1]?.params.grid).toBeUndefined();

    // The account's own message (sent from the phone) is not answered.
    local
      .latest()
      .send(groupFrame(message({ msgId: "7003", cliMsgId: "1700000000003", uidFrom: "0", content: "tin của bot" })));

    // Zalo drops the socket (1006): zca-js does not retry, the adapter does.
    local.latest().terminate();
    await vi.waitFor(() => expect(running?.connected).toBe(false));
    await clock.advance(timings.reconnectDelays[0]!);
    await vi.waitFor(() => expect([local.sockets.length, running?.connected]).toEqual([2, true]));
    expect(local.factory.logins).toBe(1);

    // Zalo Web opened elsewhere: the server kicks this session (3003).
    local.latest().close(3003, "");
    await vi.waitFor(() => expect(losses.map((l) => [l.reason, l.code])).toEqual([["kicked", 3003]]));
    expect(received).toHaveLength(2);
  });
});
