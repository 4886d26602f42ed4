import { trimParticles } from "./particles.js";
import { asksSomething, requestedNoun, requests } from "./question-cues.js";

/**
 * Questions about where the commune stands beyond what is missing: which indicators are
 * met, its score, how it compares with the year before, and who is on the committee. Each
 * reads the message's terms (folded, canonical spelling, abbreviations expanded).
 */

/** Met, not "đặt" (to set), which folds the same: "đã đạt", "đạt rồi", or "đạt" ending the question. */
const MET = /\b(da dat|dat roi|dat duoc|dat chuan|dat yeu cau)\b|\bdat( \?)?$/;
const INDICATORS = /\b(chi tieu|tieu chi|chi so)\b/;
const WHICH = /\b(nao|nhung|cac|danh sach|liet ke|gi)\b/;
const NOT_MET = /\b(chua|khong) dat\b/;

/**
 * True when the message asks which indicators are met: "những chỉ tiêu nào đã đạt?",
 * "chi tieu nao dat roi", "các chỉ tiêu đạt". A message naming one indicator ("3.2 đã
 * đạt chưa?") asks about that one instead.
 */
export function asksForMet(text: string, namesIndicator: boolean): boolean {
  if (namesIndicator || NOT_MET.test(text) || /\bdat (chua|khong)\b/.test(text)) return false;
  return MET.test(text) && INDICATORS.test(text) && WHICH.test(text);
}

const SCORE_NOUN = requestedNoun("(tong diem|diem so|so diem|cham diem)");
const MEMBERS_NOUN = requestedNoun("(danh sach thanh vien|thanh vien( ban chi dao)?|thanh phan ban chi dao)");

/** "bao nhiêu điểm", but not "mấy điểm wifi" (places, not points). */
const POINTS_ASKED = /\b(bao nhieu|may) diem\b(?! (wifi|phat|truy cap|buu dien|giao dich|cung cap|ban hang|du lich))/;

/** True when the message asks for the commune's score: "xã mình được bao nhiêu điểm?", "tổng điểm", "điểm số thế nào". */
export function asksForScore(text: string): boolean {
  return POINTS_ASKED.test(text) || requests(text, SCORE_NOUN);
}

const EARLIER_YEAR = /\b(nam (truoc|ngoai|roi|qua|ngoai)|cung ky)\b/;

/**
 * True when the message asks to compare with the previous year: "so với năm trước thế
 * nào?", "so voi nam ngoai", "so sánh năm ngoái". A statement with figures ("tăng 15% so
 * với năm trước") reports, it does not ask.
 */
export function asksToCompareYears(text: string): boolean {
  if (!EARLIER_YEAR.test(text) || /\d/.test(text)) return false;
  const opening = trimParticles(text.split(" ")).join(" ");
  return (
    /^((xem|cho (toi|em|minh) xem) )?so (voi|sanh)\b/.test(opening) ||
    (/\bso (voi|sanh)\b/.test(text) && asksSomething(text))
  );
}

/**
 * True when the message asks who is on the committee or who answers for what:
 * "danh sách thành viên", "thành viên BCĐ gồm những ai?", "ai phụ trách chỉ tiêu nào?".
 * "Kính gửi các đ/c thành viên BCĐ" addresses members, it does not ask for them.
 */
export function asksForMembers(text: string, namesIndicator: boolean): boolean {
  if (requests(text, MEMBERS_NOUN)) return true;
  return !namesIndicator && /\bai phu trach\b/.test(text) && /\b(chi tieu|tieu chi|nao|gi|nhung)\b/.test(text);
}
