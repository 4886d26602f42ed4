import { trimParticles } from "./particles.js";
import { asksSomething, makesStatement, requestedNoun, requests } from "./question-cues.js";

/**
 * The questions officials ask the bot, each a small grammar over the message's terms
 * (folded, canonical spelling, abbreviations expanded): help, the calendar, who has not
 * reported, which indicators are not met, overall progress.
 */

/**
 * How-to and help requests: "hướng dẫn", "dùng bot thế nào", "làm sao để cập nhật",
 * "giúp tôi với". A help word must open the message or come with a question: "OneTouch
 * hướng dẫn 3 bước" talks about a guide, it does not ask for one.
 */
export function asksForHelp(text: string): boolean {
  const opening = trimParticles(text.split(" ")).join(" ");
  if (
    /^((cho (toi|em|minh) )?(xin|can|muon|xem) )*(huong dan|tro giup|hdsd|help|menu|cach dung|cach su dung|chuc nang)\b/.test(
      opening,
    )
  )
    return true;
  if (/\b(huong dan|tro giup|hdsd|cach dung|cach su dung|chuc nang)\b/.test(text) && asksSomething(text)) return true;
  if (/\bbot\b.*\b(lam (duoc )?gi|de lam gi|la gi|dung (the nao|nhu the nao|sao))\b/.test(text)) return true;
  if (/\b(dung|su dung|xai)\b.*\b(the nao|nhu the nao|ra sao|sao)\b/.test(text)) return true;
  if (/\b(lam sao|lam the nao|cach nao|cach)\b.*\b(cap nhat|nhap|bao cao|gui|dung|su dung|khai bao)\b/.test(text))
    return true;
  if (/\b(cap nhat|nhap|khai bao)\b.*\b(the nao|nhu the nao|ra sao|lam sao)\b/.test(text)) return true;
  return (
    /^(giup|giup (toi|em|minh|voi|do|chung toi)( voi)?|can giup do)( voi)?$/.test(opening) ||
    /\bgiup (toi|em|minh) voi\b/.test(text)
  );
}

const WHEN =
  /\b(bao gio|khi nao|luc nao|hom nao|ngay nao|may gio|thoi gian nao|thang nao|tuan nao|qui nao|bua nao|ngay may|hom may|thu may)\b/;
const EVENT =
  /\b(hop|nop|bao cao|cap nhat|han|het han|kiem tra|danh gia|cham diem|hoan thanh|tong ket|so ket|giao ban|tham dinh|cong nhan|gui)\b/;
const SCHEDULE =
  /\b(lich hop|lich lam viec|lich|deadline|thoi han|han (nop|chot|cuoi|bao cao|cap nhat|hoan thanh|cua))\b|^han( \?)?$/;
/** States of a deadline, which ask only as questions: "sắp hết hạn chưa?" asks, "hết hạn rồi" tells. */
const DEADLINE_STATE = /\b(den|qua|het|sap het|sap den) han\b/;

/**
 * True when the message asks for the meeting calendar or deadlines: "lịch họp", "hạn nộp",
 * "bao giờ họp BCĐ quý 2?", "tuần này có họp không". A message stating a concrete date
 * or time ("họp lúc 14h30 nhé", "hạn nộp 30/6") informs rather than asks, unless it also
 * asks "when".
 */
export function asksForDeadlines(text: string): boolean {
  const when = WHEN.test(text) && EVENT.test(text);
  const asked = asksSomething(text) || /\b(chua|khong)( \?)?$/.test(text);
  const scheduleNoun = SCHEDULE.exec(text);
  const schedule =
    (scheduleNoun !== null &&
      !/\blich su\b/.test(text) &&
      (asked || !makesStatement(text.slice(scheduleNoun.index)))) ||
    (DEADLINE_STATE.test(text) && asked);
  const meetingYesNo = /\bco hop\b.*\b(khong|chua)\b/.test(text);
  if (!when && !schedule && !meetingYesNo) return false;
  const concrete = /\b_(date|time)_\b/.test(text);
  return !concrete || when;
}

const REPORTING = "(cap nhat|nhap|bao cao|gui|nop|co so_lieu|co du lieu|dien|khai bao|gui so_lieu)";

const WHO = /\b(ai|nao|nhung|cac)\b/g;
const NOT_YET = /\b(chua|khong|quen)\b/g;
const REPORTED = new RegExp(`\\b${REPORTING}\\b`, "g");
const NOT_REPORTED = new RegExp(`\\b(chua|quen) ${REPORTING}\\b`, "g");
const WHO_OR_LIST = /\b(ai|nao|nhung|danh sach)\b/g;
const LIST = /\bdanh sach\b/g;
const NOT_YET_REPORTED = new RegExp(`\\bchua ${REPORTING}\\b`, "g");

/**
 * True when the patterns match one after another, each after the end of the previous
 * match: what `/a.*b.*c/` tests, in time linear in the text. Nested `.*` backtrack
 * cubically on text such as "ai chưa ai chưa …", which anyone in a group can send.
 */
function inOrder(text: string, patterns: readonly RegExp[]): boolean {
  let from = 0;
  for (const pattern of patterns) {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) return false;
    from = match.index + match[0].length;
  }
  return true;
}

/** True when the message asks who or what has not reported yet: "ai chưa cập nhật?", "còn thiếu số liệu nào". */
export function asksWhoIsMissing(text: string): boolean {
  if (inOrder(text, [WHO, NOT_YET, REPORTED])) return true;
  if (inOrder(text, [NOT_REPORTED, WHO_OR_LIST])) return true;
  if (inOrder(text, [LIST, NOT_YET_REPORTED])) return true;
  return /\b(thieu|chua co) (so_lieu|du lieu)\b.*\b(nao|gi|ai|\?|khong)\b|\b(con )?thieu (so_lieu|du lieu|gi)\b/.test(
    text,
  );
}

const SHORTFALL =
  /\b(chua dat|(dang |con )?thieu (nhung |cac )?(chi tieu|tieu chi)|khong dat|chua hoan thanh|chua xong|chua dam bao|khong dam bao|con thieu|chua du|khong du|duoi muc|con thap|con yeu|truot|rot|chua dat yeu cau)\b/;
const SET = /\b(nao|nhung|cac|bao nhieu|may|gi|danh sach|liet ke|con lai|tat ca)\b/;

/** "còn thiếu bao nhiêu người nữa": how much one indicator lacks, not which indicators are short. */
function asksForAmount(text: string): boolean {
  return (
    /\b(bao nhieu|may) (nguoi|ho|ho so|thue bao|doanh nghiep|truong|can bo|%|phan tram)\b/.test(text) &&
    !/\b(nao|nhung|cac|danh sach)\b/.test(text)
  );
}

/**
 * True when the message asks which indicators are not met: "chỉ tiêu nào chưa đạt?",
 * "những chỉ tiêu chưa đạt". When one indicator is named ("3.2 chưa đạt à?") the question
 * is about that indicator unless it asks for a set ("nào", "những", "bao nhiêu").
 */
export function asksForUnmet(text: string, namesIndicator: boolean): boolean {
  return SHORTFALL.test(text) && ((SET.test(text) && !asksForAmount(text)) || !namesIndicator);
}

const PROGRESS_NOUN = requestedNoun(
  "(tien do|tinh hinh|ket qua|tong the|tong diem|diem so|xep hang|xep loai|thong ke)",
);

/** True when the message asks about overall progress: "tiến độ chung thế nào", "đạt bao nhiêu rồi", "/tiendo". */
export function asksForProgress(text: string): boolean {
  if (/\b(dat|duoc) (duoc )?(bao nhieu|may)\b/.test(text)) return true;
  if (/\b(bao nhieu|may) (chi tieu|tieu chi|chi so|diem)\b/.test(text)) return true;
  if (/\b(dat|hoan thanh|xong) (chua|het chua)\b/.test(text) && !/\b(cap nhat|nhap)\b/.test(text)) return true;
  return requests(text, PROGRESS_NOUN);
}
