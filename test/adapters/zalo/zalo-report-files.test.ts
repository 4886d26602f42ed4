import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { defaultZaloTimings as timings } from "../../../src/adapters/platforms/zalo/connection.js";
import { createZaloOutbox } from "../../../src/adapters/platforms/zalo/outbox.js";
import { ThreadType } from "../../../src/adapters/platforms/zalo/zca-deps.js";
import { FakeClock } from "../../support/fake-clock.js";
import { FakeZalo, ZALO_TEST_START } from "./fake-zalo.js";
import { credentials } from "./zalo-fixtures.js";

describe("report files the app sends to Zalo", () => {
  it("go as attachments in the group, the message text as caption", async () => {
    const clock = new FakeClock(ZALO_TEST_START);
    const zalo = new FakeZalo(clock);
    const login = await zalo.login(credentials());
    if (!login.ok) throw new Error("login");
    const box = createZaloOutbox({ api: () => login.api, clock, timings, chatUnavailable: async () => {} });
    const png = PNG.sync.write(new PNG({ width: 4, height: 3 }));
    await box.send("g:1", { text: "Báo cáo năm 2024: 8/36 chỉ tiêu Đạt.", file: { name: "bieu-do.png", bytes: png } });
    await box.send("g:1", { text: "Phụ lục (Word)", file: { name: "phu-luc.docx", bytes: new Uint8Array([1, 2]) } });
    expect(zalo.sent.map((s) => [s.type, s.msg, s.attachments?.map((a) => [a.filename, a.width, a.height])])).toEqual([
      [ThreadType.Group, "Báo cáo năm 2024: 8/36 chỉ tiêu Đạt.", [["bieu-do.png", 4, 3]]],
      [ThreadType.Group, "Phụ lục (Word)", [["phu-luc.docx", undefined, undefined]]],
    ]);
  });
});
