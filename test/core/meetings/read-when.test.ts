import { describe, expect, it } from "vitest";
import { isoDay } from "../../../src/core/calendar/local-time.js";
import { readWhen } from "../../../src/core/meetings/read-when.js";

const now = new Date("2024-03-18T09:00:00+07:00");
const TZ = "Asia/Ho_Chi_Minh";

describe("reading a meeting's date and time", () => {
  it.each([
    ["/dathop 25/3/2024 14:00 tại Hội trường UBND xã", "2024-03-25", "14:00"],
    ["Họp BCĐ quý I lúc 14h ngày 25/3 tại hội trường UBND xã", "2024-03-25", "14:00"],
    ["đặt lịch họp ban chỉ đạo 8h30 thứ Hai 25/3", "2024-03-25", "08:30"],
    ["hop bcd 8 gio 30 ngay 25/3", "2024-03-25", "08:30"],
    ["2024-03-25 14:00", "2024-03-25", "14:00"],
    ["họp ngày 5/1", "2025-01-05", null],
  ])("%s → %s %s", (text, day, time) => {
    const read = readWhen(text, now, TZ);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(isoDay(read.day)).toBe(day);
    expect(
      read.time ? `${String(read.time.hour).padStart(2, "0")}:${String(read.time.minute).padStart(2, "0")}` : null,
    ).toBe(time);
  });

  it.each([
    ["họp lúc 14h", "no-date"],
    ["họp 31/2/2024 14h", "impossible-date"],
    ["họp 15/3/2024 14h", "past"],
  ])("%s → %s", (text, problem) => {
    expect(readWhen(text, now, TZ)).toMatchObject({ ok: false, problem });
  });
});
