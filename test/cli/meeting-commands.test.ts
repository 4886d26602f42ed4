import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";
import { runXaso } from "./cli-harness.js";

describe("xaso meeting, deadline and reminders commands", () => {
  let database: TestDatabase;
  let tmp: string;
  let env: Record<string, string>;
  const xaso = (...argv: string[]) => runXaso(argv, env);

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xaso-meetings-"));
    env = { DATABASE_URL: database.url, CATALOG_DIR: path.join(tmp, "catalogs") };
    const added = await xaso(
      "commune",
      "add",
      "--slug",
      "phu-hoi",
      "--name",
      "Phường Phú Hội",
      "--district",
      "—",
      "--province",
      "Huế",
      "--catalog",
      "hue-2023",
      "--year",
      "2024",
    );
    expect(added.code, added.err).toBe(0);
    expect((await xaso("bind", "--platform", "telegram", "--chat", "-1001", "--commune", "phu-hoi")).code).toBe(0);
  });
  afterAll(async () => {
    await database?.destroy();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("schedules a meeting, lists it, and shows the reminders it brings", async () => {
    const added = await xaso(
      "meeting",
      "add",
      "--commune",
      "phu-hoi",
      "--at",
      "2024-09-30 14:00",
      "--location",
      "Hội trường UBND phường",
    );
    expect(added.out).toBe(
      "Đã đặt lịch: Họp Ban Chỉ đạo chuyển đổi số quý III năm 2024, thứ Hai, 30/9/2024, 14:00, tại Hội trường UBND phường. Giấy mời sẽ được gửi vào nhóm của xã trong giờ hành chính.",
    );
    const list = await xaso("meeting", "list", "--commune", "phu-hoi");
    expect(list.out).toBe(
      "thứ Hai, 30/9/2024, 14:00 · Họp Ban Chỉ đạo chuyển đổi số quý III năm 2024 · Hội trường UBND phường · đã lên lịch",
    );
    const deadline = await xaso(
      "deadline",
      "add",
      "--commune",
      "phu-hoi",
      "--on",
      "2024-10-15",
      "--title",
      "Nộp báo cáo quý III",
    );
    expect(deadline.out).toBe("Đã thêm hạn: Nộp báo cáo quý III, thứ Ba, 15/10/2024.");
    const reminders = await xaso("reminders", "list", "--commune", "phu-hoi");
    expect(reminders.code, reminders.err).toBe(0);
    expect(reminders.out).toContain(
      "thứ Sáu, 27/9/2024, 08:00 · dự kiến · telegram -1001 · Nhắc họp trước 1 ngày làm việc: Họp Ban Chỉ đạo chuyển đổi số quý III năm 2024",
    );
    expect(reminders.out).toContain("thứ Hai, 30/9/2024, 12:00 · dự kiến · telegram -1001 · Nhắc họp trước 2 giờ");
    expect(reminders.out).toContain("Hạn còn 7 ngày: Nộp báo cáo quý III");
  });

  it.each([
    [["--at", "2024-02-31 14:00"], "Ngày 2024-02-31 không có trên lịch"],
    [["--at", "2024-09-01 14:00"], "đã qua"],
    [["--at", "2024-10-01"], "Thiếu giờ họp"],
  ])("refuses %j and writes nothing", async (flags, message) => {
    const before = await database.db.meeting.count();
    const result = await xaso("meeting", "add", "--commune", "phu-hoi", "--location", "Hội trường", ...flags);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(await database.db.meeting.count()).toBe(before);
  });
});
