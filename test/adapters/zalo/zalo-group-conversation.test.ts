import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../../src/adapters/logging/create-logger.js";
import type { PlatformHooks } from "../../../src/adapters/platforms/platform-adapter.js";
import { type RunningZalo, startZalo } from "../../../src/adapters/platforms/zalo/start-zalo.js";
import { type TGroupMessage, ThreadType } from "../../../src/adapters/platforms/zalo/zca-deps.js";
import { deactivateChat } from "../../../src/adapters/storage/stores/chat-bindings.js";
import { createCommune } from "../../../src/adapters/storage/stores/communes.js";
import { addMember } from "../../../src/adapters/storage/stores/members.js";
import { createPlan } from "../../../src/adapters/storage/stores/plans.js";
import { createCatalogCache } from "../../../src/app/conversation/catalog-cache.js";
import { handleInbound } from "../../../src/app/conversation/handle-inbound.js";
import type { Catalog } from "../../../src/core/catalog/catalog-schema.js";
import { converse } from "../../../src/core/conversation/converse.js";
import { loadCatalogOrFail } from "../../support/catalogs.js";
import { FakeClock } from "../../support/fake-clock.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";
import { FakeZalo, groupMessage, tag, userMessage, ZALO_TEST_START } from "./fake-zalo.js";
import { credentialsFixture, tempDir } from "./zalo-fixtures.js";

const BOT = "bot-uid";
const GROUP = "5551234567890";
const hung = { uid: "uid-hung", name: "Hùng" };
const lan = { uid: "uid-lan", name: "Lan" };
const minh = { uid: "uid-minh", name: "Minh" };
const khach = { uid: "uid-khach", name: "Khách" };
const hoa = { uid: "uid-hoa", name: "Hoa" };

let catalog: Catalog;
let database: TestDatabase | undefined;
let running: RunningZalo | undefined;

beforeAll(async () => {
  catalog = await loadCatalogOrFail("thanh-hoa-2023");
});

afterEach(async () => {
  await running?.stop();
  await database?.destroy();
  running = undefined;
  database = undefined;
});

/** Xã Số on a fake Zalo account, with the real core and a fresh SQLite database: a commune whose chair and two members use Zalo. */
async function setUp() {
  database = await createTestDatabase("sqlite");
  const db = database.db;
  const clock = new FakeClock(ZALO_TEST_START);
  const at = new Date(clock.now());
  const commune = await createCommune(
    db,
    { slug: "thuy-son", name: "Thúy Sơn", district: "Ngọc Lặc", province: "Thanh Hóa" },
    { at },
  );
  const plan = await createPlan(db, {
    communeId: commune.id,
    catalog,
    year: catalog.year,
    at,
    actor: { platform: "cli" },
  });
  if (plan.status !== "created") throw new Error(plan.status);
  await addMember(
    db,
    {
      communeId: commune.id,
      platform: "zalo",
      externalId: hung.uid,
      displayName: hung.name,
      role: "chair",
      status: "approved",
    },
    { at },
  );
  await addMember(
    db,
    {
      communeId: commune.id,
      platform: "zalo",
      externalId: lan.uid,
      displayName: lan.name,
      role: "member",
      status: "approved",
    },
    { at },
  );
  await addMember(
    db,
    {
      communeId: commune.id,
      platform: "zalo",
      externalId: minh.uid,
      displayName: minh.name,
      role: "member",
      status: "approved",
    },
    { at },
  );

  const now = () => new Date(clock.now());
  const deps = { db, converse, catalogOf: createCatalogCache(db), timeZone: "Asia/Ho_Chi_Minh", now };
  const unavailable: string[] = [];
  const hooks: PlatformHooks = {
    handle: (message) => handleInbound(deps, message),
    chatUnavailable: async (chatId, reason) => {
      await deactivateChat(db, { platform: "zalo", chatId, reason, at: now() });
      unavailable.push(chatId);
    },
  };
  const dir = tempDir();
  const config = await credentialsFixture(dir);
  const zalo = new FakeZalo(clock, BOT);
  running = await startZalo(config, hooks, createLogger("silent"), { zalo, clock });
  await clock.advance(0);
  const platform = running;
  let seen = 0;
  /** A member writes in the group; returns what the bot sent in answer. */
  const say = async (
    from: { uid: string; name: string },
    text: TGroupMessage["content"],
    extra: Parameters<typeof groupMessage>[4] = {},
  ) => {
    zalo.api.listener.emit("message", groupMessage(BOT, GROUP, from, text, extra));
    await platform.idle();
    const answer = zalo.sent.slice(seen);
    seen = zalo.sent.length;
    return answer;
  };
  const texts = async (
    from: { uid: string; name: string },
    text: TGroupMessage["content"],
    extra: Parameters<typeof groupMessage>[4] = {},
  ) => (await say(from, text, extra)).map((s) => s.msg);
  return { db, zalo, clock, say, texts, unavailable, platform };
}

describe("Zalo adapter with the real conversation core", () => {
  it("binds a group with /batdau and runs a guided update of two members, replying in the group", async () => {
    const { db, zalo, say, texts } = await setUp();

    expect(await texts(hung, "/batdau")).toEqual([
      `✅ Đã gắn nhóm này với Thúy Sơn — ${catalog.title}, năm 2023.\nThành viên BCĐ gõ /thamgia để tham gia, /huongdan để xem cách dùng.`,
    ]);
    const binding = await db.chatBinding.findFirstOrThrow();
    expect([binding.platform, binding.chatId, binding.isGroup]).toEqual(["zalo", `g:${GROUP}`, true]);

    // A newcomer asks to join: the chair is tagged for real.
    const [join] = await say(khach, "/thamgia");
    expect(join?.msg).toBe("Đã ghi nhận đề nghị tham gia của Khách. @Hùng gõ /duyet @Khách để duyệt.");
    expect(join?.mentions).toEqual([{ pos: join!.msg.indexOf("@Hùng"), uid: hung.uid, len: "@Hùng".length }]);
    const approve = "/duyet @Khách";
    expect(await texts(hung, approve, { mentions: [tag(approve, "Khách", khach.uid)] })).toEqual([
      "✅ Đã duyệt Khách làm thành viên BCĐ Thúy Sơn.",
    ]);

    // Two members update at once, each in their own dialog.
    expect((await texts(lan, "/capnhat 3.2"))[0]).toMatch(/^Chỉ tiêu 3\.2 Tài khoản ngân hàng/);
    expect((await texts(minh, "/capnhat 4.1"))[0]).toMatch(/^Chỉ tiêu 4\.1 Hộ có cáp quang/);
    expect(await texts(lan, "6.608")).toEqual(["Tổng số người từ 15 tuổi trở lên? (nhập số người)"]);
    expect(await texts(minh, "1.685")).toEqual(["Tổng số hộ gia đình trên địa bàn xã? (nhập số hộ)"]);
    const evidence =
      'Minh chứng? Nhập số và ngày văn bản (ví dụ 189/BC-UBND ngày 27/11/2023), một đường dẫn, hoặc "bỏ qua".\n1. Bỏ qua\nTrả lời 1 để chọn.';
    expect(await texts(lan, "8.315")).toEqual([evidence]);
    // The same question for Minh right after: Zalo refuses an identical text, so it names him.
    expect(await texts(minh, "1.960")).toEqual([`${evidence} (gửi Minh)`]);

    // Minh answers the numbered choice with its digit.
    const [readBack] = await texts(minh, "1");
    expect(readBack).toContain("• Số liệu: 1.685/1.960 hộ (85,9%)");
    expect(readBack).toMatch(/\n1\. Có, lưu\n2\. Không, hủy\nTrả lời 1 hoặc 2\.$/);

    // A sticker from Lan while her question is open gets one polite note, tagging her.
    const [note] = await say(lan, { id: 1234, catId: 10, type: 7 }, { msgType: "chat.sticker" });
    expect(note?.msg).toMatch(/^@Lan Xã Số chỉ đọc được tin nhắn chữ nên chưa xem được nhãn dán\./);
    expect(note?.mentions).toEqual([{ pos: 0, uid: lan.uid, len: 4 }]);
    expect(
      await texts(
        lan,
        {
          title: "",
          href: "https://photo.example/1.jpg",
          thumb: "",
          description: "",
          childnumber: 0,
          action: "",
          params: "",
          type: "",
        },
        { msgType: "chat.photo" },
      ),
    ).toEqual([]);

    expect((await texts(lan, "bỏ qua"))[0]).toContain("• Số liệu: 6.608/8.315 người (79,4%)");
    expect(await texts(minh, "1")).toEqual([
      "✅ Đã lưu 4.1 Hộ có cáp quang, sóng 4G/5G: 1.685/1.960 hộ (85,9%) → Chưa đạt (Minh cập nhật).",
    ]);
    expect(await texts(lan, "có")).toEqual([
      "✅ Đã lưu 3.2 Tài khoản ngân hàng (từ 15 tuổi): 6.608/8.315 người (79,4%) → Đạt (Lan cập nhật).",
    ]);

    // Chatter stays unanswered; a question tagging the bot is answered without the tag.
    expect(await texts(hoa, "mọi người nhớ họp lúc 14h30 chiều nay nhé")).toEqual([]);
    const question = "@Xã Số 3.2 thế nào?";
    const [answer] = await texts(lan, question, { mentions: [tag(question, "Xã Số", BOT)] });
    expect(answer).toContain("Số liệu: 6.608/8.315 người (79,4%)");

    const saved = await db.submission.findMany({ orderBy: { createdAt: "asc" } });
    expect(saved.map((s) => [s.platform, s.chatId])).toEqual([
      ["zalo", `g:${GROUP}`],
      ["zalo", `g:${GROUP}`],
    ]);

    // Every message went to the group, as a group; never twice the same text in a row.
    expect(new Set(zalo.sent.map((s) => `${s.type}:${s.threadId}`))).toEqual(new Set([`${ThreadType.Group}:${GROUP}`]));
    for (const [i, s] of zalo.sent.entries()) expect(s.msg).not.toBe(zalo.sent[i - 1]?.msg);
  });

  it("takes a shared file at the evidence question as evidence; a file nobody asked for gets no answer", async () => {
    const { db, texts } = await setUp();
    await texts(hung, "/batdau");
    const file = (title: string) =>
      [
        {
          title,
          href: `https://f.zdn.vn/${title}`,
          thumb: "",
          description: "",
          childnumber: 0,
          action: "",
          params: JSON.stringify({ fileExt: title.split(".").pop() }),
          type: "",
        },
        { msgType: "share.file" },
      ] as const;

    expect(await texts(minh, ...file("bao-cao-thang-11.pdf"))).toEqual([]);
    await texts(lan, "/capnhat 3.2");
    await texts(lan, "6.608/8.315");
    const [unread] = await texts(lan, ...file("ghi-am.m4a"));
    expect(unread).toMatch(/^Chưa nhận ra minh chứng trong tệp "ghi-am\.m4a"/);
    const [readBack] = await texts(lan, ...file("Bao cao so 45 ngay 20-11-2023.docx"));
    expect(readBack).toContain("• Minh chứng: tệp Bao cao so 45 ngay 20-11-2023.docx");
    await texts(lan, "có");
    const evidence = await db.evidence.findMany();
    expect(evidence.map((e) => [e.kind, e.reference])).toEqual([["file", "Bao cao so 45 ngay 20-11-2023.docx"]]);
  });

  it("reads a photo's caption and takes the photo as the figure's evidence", async () => {
    const { db, texts } = await setUp();
    await texts(hung, "/batdau");
    const photo = (caption: string) =>
      [
        {
          title: caption,
          href: "https://f21-zpc.zdn.vn/jpg/8512/bao-cao-189.jpg",
          thumb: "https://f21-zpc.zdn.vn/thumb/8512/bao-cao-189.jpg",
          description: "",
          childnumber: 0,
          action: "",
          params: JSON.stringify({ width: 1280, height: 960 }),
          type: "",
        },
        { msgType: "chat.photo" },
      ] as const;

    const [readBack] = await texts(lan, ...photo("3.2: 6.608/8.315"));
    expect(readBack).toContain("Cập nhật chỉ tiêu 3.2");
    expect(readBack).toContain("• Minh chứng: tệp bao-cao-189.jpg");
    await texts(lan, "có");
    await texts(lan, "/capnhat 3.4");
    await texts(lan, "70%");
    const [withCaption] = await texts(lan, ...photo("BC 189/BC-UBND ngày 20/11/2023"));
    expect(withCaption).toContain("• Minh chứng: số 189/BC-UBND ngày 20/11/2023; tệp bao-cao-189.jpg");
    const evidence = await db.evidence.findMany({ orderBy: { id: "asc" } });
    expect(evidence.map((e) => [e.kind, e.reference])).toEqual([["file", "bao-cao-189.jpg"]]);
  });

  it("offers numbered choices and takes the digit, and answers a private chat in private", async () => {
    const { zalo, texts, platform } = await setUp();
    await texts(hung, "/batdau");
    const assign = "/phancong 3.2 3.4 @Lan";
    expect(await texts(hung, assign, { mentions: [tag(assign, "Lan", lan.uid)] })).toEqual([
      "✅ Đã phân công Lan phụ trách chỉ tiêu 3.2, 3.4.",
    ]);
    expect(await texts(lan, "/capnhat")).toEqual([
      'Anh/chị cập nhật chỉ tiêu nào? Trả lời bằng số thứ tự, hoặc gõ mã/tên chỉ tiêu (ví dụ 3.2, "tài khoản ngân hàng").\nChỉ tiêu anh/chị phụ trách:\n1. 3.2 – Tài khoản ngân hàng (từ 15 tuổi)\n2. 3.4 – Người trưởng thành có điện thoại thông minh\nTrả lời 1 hoặc 2.',
    ]);
    expect((await texts(lan, "2"))[0]).toMatch(/^Chỉ tiêu 3\.4 Người trưởng thành/);

    zalo.api.listener.emit("message", userMessage(BOT, lan, "/huongdan"));
    await platform.idle();
    const reply = zalo.sent.at(-1);
    expect([reply?.threadId, reply?.type, reply?.mentions]).toEqual([lan.uid, ThreadType.User, []]);
  });

  it("handles a message delivered twice once, and marks a group it was removed from unavailable", async () => {
    const { db, zalo, say, unavailable, platform } = await setUp();
    await say(hung, "/batdau");
    const twice = groupMessage(BOT, GROUP, lan, "/tiendo", { cliMsgId: "1700000000999" });
    zalo.api.listener.emit("message", twice);
    zalo.api.listener.emit(
      "message",
      groupMessage(BOT, GROUP, lan, "/tiendo", { cliMsgId: "1700000000999", msgId: "another-server-id" }),
    );
    await platform.idle();
    expect(zalo.sent.filter((s) => s.msg.startsWith("Tiến độ chuyển đổi số"))).toHaveLength(1);

    zalo.api.listener.emit("removedFromGroup", GROUP);
    await vi.waitFor(() => expect(unavailable).toEqual([`g:${GROUP}`]));
    expect((await db.chatBinding.findFirstOrThrow()).active).toBe(false);
  });
});
