import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { assistantFromConfig } from "../../../src/app/assistant/assistant-from-config.js";
import { type ReplayOutput, runReplay } from "../../../src/app/replay/run-replay.js";
import { converse } from "../../../src/core/conversation/converse.js";
import { captureLogger } from "../../support/capture-logger.js";
import { loadCatalogOrFail } from "../../support/catalogs.js";
import { type FakeAnswer, type FakeRequest, startFakeOpenAi } from "../../support/fake-openai-server.js";
import { readZip } from "../../support/read-zip.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";

const lan = { chat: "g1", user: "lan", name: "Nguyễn Thị Lan", role: "secretary" };
const hung = { chat: "g1", user: "hung", name: "Hùng", role: "chair" };
const figures = [
  { ...lan, text: "3.2: 6.608/8.315" },
  { ...lan, text: "có" },
  { ...lan, text: "3.4: 3.100/8.315" },
  { ...lan, text: "có" },
];
const GROUNDED = {
  ketQua:
    "Trong kỳ, xã Thúy Sơn đã đạt 1/35 chỉ tiêu được đánh giá, trong đó tỷ lệ người dân có tài khoản ngân hàng đạt 79,4%, vượt chỉ tiêu đề ra.",
  tonTai:
    "Bên cạnh kết quả đạt được, chỉ tiêu 3.4 mới đạt 37,2%, chưa đạt chỉ tiêu; nhiều chỉ tiêu khác chưa được cập nhật số liệu.",
  phuongHuong:
    "Thời gian tới, Ban chỉ đạo tập trung chỉ đạo nâng kết quả chỉ tiêu 3.4 và cập nhật đầy đủ số liệu, minh chứng còn thiếu.",
};

let database: TestDatabase | undefined;
let server: Awaited<ReturnType<typeof startFakeOpenAi>> | undefined;
let dir: string | undefined;
afterEach(async () => {
  await database?.destroy();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  database = undefined;
  server = undefined;
  dir = undefined;
});

const isWording = (request: FakeRequest) =>
  request.body.messages?.some((m) => m.content.includes("## Dự thảo theo mẫu")) ?? false;

/** /baocao after two figures, with the model at the fake server; returns the draft's caption and its Word text. */
async function draftWith(answer: (request: FakeRequest) => FakeAnswer, before: object[] = []) {
  database = await createTestDatabase("sqlite");
  server = await startFakeOpenAi(answer);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-wording-"));
  const { logger } = captureLogger();
  const assistant = await assistantFromConfig(
    { apiKey: "sk-test", baseUrl: server.baseUrl, model: "fake", timeoutMs: 1500, dailyLimit: 50 },
    logger,
  );
  const outputs: ReplayOutput[] = [];
  async function* feed() {
    for (const line of [{ clock: "2023-11-28T09:00:00+07:00" }, ...before, ...figures, { ...lan, text: "/baocao" }])
      yield JSON.stringify(line);
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
      filesDir: dir,
    },
    feed(),
    (output) => outputs.push(output),
    (line, problem) => {
      throw new Error(`line ${line}: ${problem}`);
    },
  );
  const draft = outputs.find((o) => o.name?.startsWith("du-thao-bao-cao"));
  if (!draft?.file) throw new Error("no draft report was sent");
  const xml = readZip(fs.readFileSync(draft.file)).get("word/document.xml")?.toString("utf8") ?? "";
  return { caption: draft.text, text: xml.replace(/<[^>]+>/g, "") };
}

describe("the draft report worded by the language model, against a fake OpenAI-compatible server", () => {
  it("takes the model's paragraphs when every number is in the data, keeping the figures", async () => {
    const { caption, text } = await draftWith((request) => (isWording(request) ? { json: GROUNDED } : { status: 500 }));
    expect(caption).toContain("do mô hình ngôn ngữ viết");
    expect(text).toContain(GROUNDED.ketQua);
    expect(text).toContain(GROUNDED.tonTai);
    expect(text).toContain(GROUNDED.phuongHuong);
    // The figures and lists are the rules' own.
    expect(text).toContain("3.2. Tỷ lệ dân số từ 15 tuổi trở lên");
    expect(text).toContain("(Có Phụ lục kèm theo)");
    expect(text).not.toContain("Tính đến ngày");
    const sent = server!.requests.filter(isWording);
    expect(sent).toHaveLength(1);
    const body = JSON.stringify(sent[0]?.body);
    expect(body).toContain("6.608/8.315");
    for (const name of ["Nguyễn Thị Lan", "Hùng"]) expect(body).not.toContain(name);
  });

  it.each<[string, FakeAnswer]>([
    ["an invented number", { json: { ...GROUNDED, ketQua: `${GROUNDED.ketQua} Tỷ lệ hồ sơ trực tuyến đạt 95%.` } }],
    [
      "an indicator code not in the draft",
      { json: { ...GROUNDED, tonTai: "Chỉ tiêu 9.9 chưa đạt so với yêu cầu của tỉnh." } },
    ],
    ["a shape that does not validate", { json: { ketQua: GROUNDED.ketQua } }],
    ["invalid JSON", { raw: "{ ketQua: " }],
    ["a server error", { status: 500 }],
    ["a 429", { status: 429, retryAfter: 1 }],
    ["a hang", { hang: true }],
  ])("keeps the rule-based text on %s", async (_case, answer) => {
    const { caption, text } = await draftWith((request) => (isWording(request) ? answer : { status: 500 }));
    expect(caption).not.toContain("mô hình ngôn ngữ");
    expect(text).toContain("Tính đến ngày");
    expect(text).not.toContain(GROUNDED.phuongHuong);
  });

  it("sends nothing of a commune whose chair turned the model off", async () => {
    const { caption, text } = await draftWith(() => ({ json: GROUNDED }), [{ ...hung, text: "/mohinh tắt" }]);
    expect(server!.requests).toHaveLength(0);
    expect(caption).not.toContain("mô hình ngôn ngữ");
    expect(text).toContain("Tính đến ngày");
  });
});
