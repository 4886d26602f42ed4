import { describe, expect, it } from "vitest";
import { DEFAULT_LEAD_TIMES, describeLeadTimes, readLeadTimeRequest } from "../../../src/core/reminders/lead-times.js";
import { foldVietnamese } from "../../../src/core/text/fold-vietnamese.js";

function read(words: string) {
  return readLeadTimeRequest(foldVietnamese(words).toLowerCase(), DEFAULT_LEAD_TIMES);
}

describe("lead times changed from the chat", () => {
  it.each([
    ["trước 3 ngày", { deadlineDaysBefore: [3] }],
    ["hạn trước 10, 3 ngày", { deadlineDaysBefore: [10, 3] }],
    ["han truoc 3 va 10 ngay", { deadlineDaysBefore: [10, 3] }],
    ["họp trước 3 giờ", { meetingHoursBefore: 3 }],
    ["hop truoc 1,5 tieng", { meetingHoursBefore: 1.5 }],
    ["quý trước 10 ngày", { quarterDaysBefore: 10 }],
  ])("%s", (words, change) => {
    expect(read(words)).toEqual({ ok: true, leadTimes: { ...DEFAULT_LEAD_TIMES, ...change } });
  });

  it("goes back to the defaults", () => {
    const changed = { ...DEFAULT_LEAD_TIMES, meetingHoursBefore: 4 };
    expect(readLeadTimeRequest("mac dinh", changed)).toEqual({ ok: true, leadTimes: DEFAULT_LEAD_TIMES });
  });

  it.each([
    ["trước 0 ngày", "từ 1 đến 60"],
    ["trước 90 ngày", "từ 1 đến 60"],
    ["trước 2,5 ngày", "số nguyên"],
    ["họp trước 2 ngày", "cố định"],
    ["họp trước 20 giờ", "0,5 đến 12"],
    ["hạn trước 20, 14, 7, 3 ngày", "nhiều nhất 3"],
    ["trước vài hôm", "Ví dụ"],
  ])("answers %s with what is possible", (words, problem) => {
    const result = read(words);
    expect(result?.ok).toBe(false);
    expect(result && !result.ok ? result.problem : "").toContain(problem);
  });

  it("is not a lead time without 'trước'", () => {
    expect(read("tạm dừng")).toBeNull();
  });

  it("reads back every kind of reminder", () => {
    expect(describeLeadTimes({ deadlineDaysBefore: [10, 3], meetingHoursBefore: 1.5, quarterDaysBefore: 14 })).toEqual([
      "• Hạn nộp: trước 10 ngày, 3 ngày và 1 ngày làm việc",
      "• Họp: trước 1 ngày làm việc và 1,5 giờ",
      "• Quý chưa có lịch họp: trước hạn 14 ngày",
    ]);
  });
});
