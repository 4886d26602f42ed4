/**
 * What a message says about the figure it carries, over its terms joined by spaces:
 * a target or a forecast rather than a result, one village's share rather than the
 * commune's, a correction of a figure already sent.
 */

/**
 * True when a figure is a target or a forecast, not a result: "chỉ tiêu 3.2 phải đạt
 * 75%", "mục tiêu cáp quang 90%", "dự kiến đạt 80%", "tối thiểu 85%", "phấn đấu đạt 100%".
 */
export function statesTarget(text: string): boolean {
  return TARGET.test(text);
}

const TARGET =
  /\b(muc tieu|phan dau|phai dat|can dat|toi thieu|it nhat|giao chi tieu|chi tieu giao|duoc giao|du kien|du bao|ke hoach dat|se dat|yeu cau dat|dat chuan|chi tieu la|chi tieu cua huyen|huyen giao)\b|\bke hoach (\S+ ){0,6}(se |phai )?dat\b/;

/**
 * True when a figure belongs to an earlier period, not the present: "năm ngoái 3.9 được
 * 3.200/6.050", "cùng kỳ năm trước đạt 60%". It is history, not a report.
 */
export function statesPastFigure(text: string): boolean {
  return PAST.test(text);
}

const PAST = /\b(nam ngoai|nam truoc|nam roi|cung ky|ky truoc|quy truoc|dot truoc|lan truoc)\b/;

/** Figures about one village ("thôn 3 có 230/250 hộ …") are not the commune's, unless the message speaks of the whole commune. */
export function isAboutOneVillage(text: string): boolean {
  return (
    /\b(thon|xom|khu|ap) (so )?\d+\b/.test(text) && !/\b(ca xa|toan xa|xa minh|toan bo xa|tong ca xa)\b/.test(text)
  );
}

/** True when the message corrects a figure already sent: "sửa 3.2 …", "nhầm, 3.2 là …", "cập nhật lại". */
export function correctsFigure(text: string): boolean {
  return CORRECTION.test(text);
}

const CORRECTION =
  /\b(sua|sua lai|chinh sua|chinh lai|dieu chinh|dinh chinh|nham|nhap nham|nhap sai|cap nhat lai|nhap lai|doi lai|sua thanh|doi thanh|bi sai|sai roi|gui lai)\b/;
