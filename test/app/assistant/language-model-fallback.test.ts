import { afterEach, describe, expect, it } from "vitest";
import { assistantFromConfig } from "../../../src/app/assistant/assistant-from-config.js";
import type { ModelAssistant } from "../../../src/app/assistant/model-assistant.js";
import { isEffectLine } from "../../../src/app/replay/effect-lines.js";
import { runReplay } from "../../../src/app/replay/run-replay.js";
import { converse } from "../../../src/core/conversation/converse.js";
import { captureLogger } from "../../support/capture-logger.js";
import { loadCatalogOrFail } from "../../support/catalogs.js";
import { type FakeAnswer, type FakeRequest, startFakeOpenAi } from "../../support/fake-openai-server.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";

const TIMEOUT_MS = 1200;
const NO_FIGURE = { code: null, numerator: null, denominator: null, percent: null, value: null, yes: null };
const reading = (fields: Record<string, unknown>) => ({
  json: { intent: "unknown", ...NO_FIGURE, items: null, ...fields },
});
const item = (fields: Record<string, unknown>) => ({ ...NO_FIGURE, ...fields });
const IN_WORDS = "3.2: sáu nghìn sáu trăm linh tám trên tám nghìn ba trăm mười lăm người";
const lan = { chat: "p-lan", group: false, user: "lan", name: "Nguyễn Thị Lan", role: "secretary" };

let database: TestDatabase | undefined;
let server: Awaited<ReturnType<typeof startFakeOpenAi>> | undefined;
afterEach(async () => {
  await database?.destroy();
  await server?.close();
  database = undefined;
  server = undefined;
});

/** Replays messages against a fresh database, with the model at the fake server (or none). */
async function replay(
  messages: Array<Record<string, unknown>>,
  answer: ((request: FakeRequest) => FakeAnswer) | null,
): Promise<{ replies: string[]; saved: unknown[]; ms: number[]; logs: () => Array<Record<string, unknown>> }> {
  database = await createTestDatabase("sqlite");
  server = await startFakeOpenAi(answer ?? (() => ({ status: 500 })));
  const { logger, lines } = captureLogger();
  const assistant: ModelAssistant | undefined = await assistantFromConfig(
    answer
      ? { apiKey: "sk-test", baseUrl: server.baseUrl, model: "fake", timeoutMs: TIMEOUT_MS, dailyLimit: 50 }
      : undefined,
    logger,
  );
  const replies: string[] = [];
  const saved: unknown[] = [];
  const ms: number[] = [];
  async function* feed() {
    for (const message of messages) {
      const started = Date.now();
      yield JSON.stringify(message);
      ms.push(Date.now() - started);
    }
  }
  await runReplay(
    {
      db: database.db,
      catalog: await loadCatalogOrFail("thanh-hoa-2023"),
      communeName: "Thúy Sơn",
      converse,
      timeZone: "Asia/Ho_Chi_Minh",
      assistant,
      logger,
    },
    feed(),
    (output) => replies.push(output.text),
    (line, problem) => {
      throw new Error(`line ${line}: ${problem}`);
    },
    (stored) => {
      if (isEffectLine(stored)) saved.push(stored);
    },
  );
  return { replies, saved, ms, logs: lines };
}

describe("the optional language model, against a fake OpenAI-compatible server", () => {
  it('reads a figure written in words, reads it back, and saves it only after "có"', async () => {
    const { replies, saved, logs } = await replay(
      [
        {
          ...lan,
          text: "Tài khoản ngân hàng: sáu nghìn sáu trăm linh tám trên tám nghìn ba trăm mười lăm người, chị Lan gửi, sđt 0912.345.678, CCCD 038190012345, lan@thuyson.vn",
        },
        { ...lan, text: "có" },
      ],
      () => reading({ intent: "update", code: "3.2", numerator: 6608, denominator: 8315 }),
    );
    expect(replies[0]).toContain("6.608/8.315");
    expect(replies[0]).toContain("mô hình ngôn ngữ");
    expect(replies[0]).toContain('Trả lời "có" để lưu');
    expect(replies[1]).toContain("Đã lưu 3.2");
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ saved: "3.2", numerator: 6608, denominator: 8315 });
    const audit = await database!.db.auditEntry.findMany({ where: { action: "submission.read-by-model" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityId: "3.2" });
    // Written with the submission, in its transaction.
    const submission = await database!.db.submission.findFirstOrThrow();
    expect(audit[0]?.createdAt).toEqual(submission.createdAt);

    const sent = server!.sentText();
    expect(server!.requests).toHaveLength(1);
    for (const secret of ["0912", "345.678", "038190012345", "lan@thuyson.vn", "Lan", "Nguyễn"])
      expect(sent).not.toContain(secret);
    expect(sent).toContain("[số điện thoại]");
    const tokens = logs().find((l) => l.msg === "language model answered");
    expect(tokens).toMatchObject({ task: "read-message", promptTokens: 120, completionTokens: 30 });
    expect(JSON.stringify(logs())).not.toContain("sáu nghìn");
  });

  it("sends nothing of a commune whose chair turned the model off", async () => {
    const hung = { chat: "g1", user: "hung", name: "Hùng", role: "chair" };
    const { replies, saved } = await replay(
      [
        { ...hung, text: "/mohinh tắt" },
        { ...lan, text: IN_WORDS },
        { ...lan, text: "vì sao 3.2 chưa đạt?" },
        { ...hung, text: "/mohinh bật" },
        { ...lan, text: IN_WORDS },
      ],
      () => reading({ intent: "update", code: "3.2", numerator: 6608, denominator: 8315 }),
    );
    expect(saved).toEqual([
      { languageModel: "off", by: "Hùng" },
      { languageModel: "on", by: "Hùng" },
    ]);
    expect(replies[1]).not.toContain("mô hình ngôn ngữ");
    // Only the message after the chair turned it back on reached the model.
    expect(server!.requests).toHaveLength(1);
    expect(replies[4]).toContain("6.608/8.315");
  });

  it("answers a count in words to an open step, then goes on as if typed", async () => {
    const { replies, saved } = await replay(
      [
        { ...lan, text: "/capnhat 3.2" },
        { ...lan, text: "sáu nghìn sáu trăm linh tám" },
        { ...lan, text: "8315" },
        { ...lan, text: "bỏ qua" },
        { ...lan, text: "có" },
      ],
      (request) =>
        request.body.messages?.[0]?.content.includes("Bước đang chờ")
          ? reading({ intent: "number", value: 6608 })
          : { status: 500 },
    );
    expect(server!.requests).toHaveLength(1);
    expect(replies.join("\n")).toContain("6.608/8.315");
    expect(saved).toHaveLength(1);
    expect(await database!.db.auditEntry.count({ where: { action: "submission.read-by-model" } })).toBe(1);
  });

  it.each<[string, FakeAnswer]>([
    ["invalid JSON", { raw: "{ intent: update, 3.2" }],
    ["a code not in the catalog", reading({ intent: "update", code: "9.99", numerator: 6608, denominator: 8315 })],
    ["a shape that does not validate", { json: { intent: "update", code: "3.2", numerator: "nhiều" } }],
    [
      "numbers against the member's digits",
      reading({ intent: "update", code: "3.2", numerator: 7000, denominator: 8315 }),
    ],
  ])("gives the rule-based reply and saves nothing for %s", async (_name, answer) => {
    const { replies, saved } = await replay(
      [
        { ...lan, text: "được 6.608 trên tám nghìn ba trăm mười lăm người có tài khoản" },
        { ...lan, text: "có" },
      ],
      () => answer,
    );
    expect(server!.requests).toHaveLength(1);
    expect(replies[0]).toContain("Xin lỗi, tôi chưa hiểu");
    expect(saved).toEqual([]);
  });

  it.each<[string, FakeAnswer]>([
    ["429 with retry-after", { status: 429, retryAfter: 30 }],
    ["500", { status: 500 }],
    ["a server that never answers", { hang: true }],
  ])("gives the rule-based reply within the timeout on %s", async (_name, answer) => {
    const { replies, ms } = await replay([{ ...lan, text: IN_WORDS }], () => answer);
    expect(replies[0]).toContain("Xin lỗi, tôi chưa hiểu");
    expect(ms[0]).toBeLessThan(TIMEOUT_MS + 1500);
    expect(server!.requests).toHaveLength(1);
  });

  it("never sends group chatter, and sends nothing at all without a key", async () => {
    const chatter = await replay(
      [{ chat: "g1", group: true, user: "minh", name: "Minh", text: "hôm nay trời đẹp quá, 0912345678" }],
      () => reading({ intent: "unknown" }),
    );
    expect(chatter.replies).toEqual([]);
    expect(server!.requests).toHaveLength(0);
    await database?.destroy();
    await server?.close();

    const noKey = await replay([{ ...lan, text: IN_WORDS }], null);
    expect(noKey.replies[0]).toContain("Xin lỗi, tôi chưa hiểu");
    expect(server!.requests).toHaveLength(0);
  });

  it("answers an open question from the commune's data with the data's date, or falls back when a number is invented", async () => {
    const ask = { ...lan, text: "vì sao 3.2 chưa đạt?" };
    const grounded = await replay([ask], () => ({
      json: { answer: "Chỉ tiêu 3.2 chưa có số liệu; anh/chị cập nhật bằng /capnhat." },
    }));
    expect(grounded.replies[0]).toMatch(
      /^Chỉ tiêu 3\.2 chưa có số liệu.*\n\(Dữ liệu tính đến ngày \d{2}\/\d{2}\/\d{4}\.\)$/s,
    );
    expect(server!.requests[0]?.body.messages?.[0]?.content).toContain("Dữ liệu tính đến ngày");
    await database?.destroy();
    await server?.close();

    const invented = await replay([ask], () => ({ json: { answer: "Xã mới đạt 42,7%, còn thiếu 1.234 người." } }));
    expect(invented.replies[0]).not.toContain("42,7");
    expect(invented.replies[0]).toContain("3.2");
  });

  it("asks for the newest intents and the batch's items in the schema it sends", async () => {
    await replay([{ ...lan, text: IN_WORDS }], () => reading({ intent: "unknown" }));
    const body = server!.requests[0]?.body as { response_format?: { json_schema?: { schema?: unknown } } } | undefined;
    const schema = JSON.stringify(body?.response_format?.json_schema?.schema);
    for (const intent of ["query_met", "query_score", "query_compare", "query_members", "batch"])
      expect(schema).toContain(`"${intent}"`);
    expect(schema).toContain('"items"');
    const instructions = server!.requests[0]?.body.messages?.[0]?.content ?? "";
    for (const intent of ["query_met", "query_score", "query_compare", "query_members", "batch"])
      expect(instructions).toContain(`"${intent}"`);
  });

  it.each<[string, string, string]>([
    ["query_met", "mấy cái tiêu chí xanh rồi là cái nào hả em", "chưa có chỉ tiêu nào đạt"],
    ["query_members", "trong ban có những ai nhỉ", "Nguyễn Thị Lan"],
    ["query_compare", "năm nay mình có khá hơn hồi năm ngoái không em", "năm trước"],
  ])("answers a loose %s question the model read with the rule-based answer", async (intent, text, expected) => {
    const { replies, saved } = await replay([{ ...lan, text }], () => reading({ intent }));
    expect(server!.requests).toHaveLength(1);
    expect(replies[0]).not.toContain("Xin lỗi, tôi chưa hiểu");
    expect(replies[0]).toContain(expected);
    expect(saved).toEqual([]);
  });

  it('reads several figures in words as one read-back table, saved on one "có" as read by the model', async () => {
    const batch = reading({
      intent: "batch",
      items: [item({ code: "3.2", numerator: 6608, denominator: 8315 }), item({ code: "3.4", percent: 70 })],
    });
    const { replies, saved } = await replay(
      [
        {
          ...lan,
          text: "tài khoản ngân hàng sáu nghìn sáu trăm linh tám trên tám nghìn ba trăm mười lăm, còn điện thoại thông minh bảy mươi phần trăm",
        },
        { ...lan, text: "có" },
      ],
      () => batch,
    );
    expect(replies[0]).toMatch(/^Cập nhật 2 chỉ tiêu:\n• 3\.2 .*6\.608\/8\.315.*\n• 3\.4 .*70,0%/s);
    expect(replies[0]).toContain("mô hình ngôn ngữ");
    expect(saved).toMatchObject([
      { saved: "3.2", numerator: 6608, denominator: 8315 },
      { saved: "3.4", percent: 70 },
    ]);
    expect(await database!.db.auditEntry.count({ where: { action: "submission.read-by-model" } })).toBe(2);
  });

  it.each<[string, FakeAnswer]>([
    [
      "a code not in the catalog",
      reading({ intent: "batch", items: [item({ code: "3.2", percent: 80 }), item({ code: "9.99", percent: 70 })] }),
    ],
    ["one item only", reading({ intent: "batch", items: [item({ code: "3.2", percent: 80 })] })],
    [
      "the same code twice",
      reading({ intent: "batch", items: [item({ code: "3.2", percent: 80 }), item({ code: "3.2", percent: 70 })] }),
    ],
    [
      "numbers against the member's digits",
      reading({ intent: "batch", items: [item({ code: "3.2", percent: 81 }), item({ code: "3.4", percent: 70 })] }),
    ],
  ])("drops a batch reading with %s and saves nothing", async (_name, answer) => {
    const { replies, saved } = await replay(
      [
        { ...lan, text: "ngân hàng với điện thoại thông minh lần lượt là 80 và bảy mươi phần trăm" },
        { ...lan, text: "có" },
      ],
      () => answer,
    );
    expect(replies[0]).toContain("Xin lỗi, tôi chưa hiểu");
    expect(saved).toEqual([]);
  });

  it("falls back to JSON mode when the endpoint has no JSON-schema output", async () => {
    const { replies } = await replay([{ ...lan, text: IN_WORDS }], () => ({
      noSchema: true,
      ...reading({ intent: "update", code: "3.2", numerator: 6608, denominator: 8315 }),
    }));
    expect(server!.requests.map((r) => r.body.response_format?.type)).toEqual(["json_schema", "json_object"]);
    expect(replies[0]).toContain("6.608/8.315");
  });
});
