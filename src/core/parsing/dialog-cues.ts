import { PARTICLES, trimParticles } from "./particles.js";

/**
 * Messages that steer the dialog rather than ask or report: start an update, take the
 * last one back, stop, or answer yes or no.
 */

/** True when the message wants to start reporting figures: "/capnhat", "cập nhật số liệu", "nhập 3.2". */
export function wantsToUpdate(text: string): boolean {
  const verb = /\b(cap nhat|nhap|khai bao|bo sung|update|bao cao so_lieu|gui so_lieu|dien so_lieu)\b/.exec(text);
  if (!verb) return false;
  const before = text.slice(0, verb.index);
  const after = text.slice(verb.index + verb[0].length);
  if (/\b(da|vua|moi)\s*$/.test(before) || /^\s*(xong|roi|duoc roi|het)\b/.test(after)) return false;
  if (/\b(chua|khong)\b/.test(before)) return false;
  return /^(\s*(toi|em|minh|cho|xin|muon|can|giup|de|bot|oi|a|nhe|anh|chi|va|bay gio|gio|lai|tiep))*\s*$/.test(before);
}

/** True when the message asks to take back the last update: "hoàn tác", "undo", "hủy lần cập nhật vừa rồi". */
export function asksToUndo(text: string): boolean {
  if (/\b(hoan tac|undo)\b/.test(text)) return true;
  return /\b(huy|xoa|bo|go|rut|lay lai)\b.*\b(vua (roi|nhap|gui|cap nhat|xong|bao cao)|gan nhat|cuoi cung|lan cuoi|truoc do|lan truoc|vua nay)\b/.test(
    text,
  );
}

/** True when the whole message says to stop the current dialog: "hủy", "thôi", "thôi không nhập nữa". */
export function asksToCancel(terms: readonly string[]): boolean {
  const text = trimParticles(terms, new Set(["thoi"])).join(" ");
  return /^(huy|huy bo|thoi|thoi khoi|thoi khong (can|nhap|cap nhat|lam)? ?nua|thoi khong can|khong (nhap|cap nhat|lam|can) nua|dung lai|cancel|stop|thoat|ket thuc|huy (nhap|cap nhat|thao tac))$/.test(
    text,
  );
}

const YES_WORDS = new Set([
  "co",
  "dung",
  "roi",
  "ok",
  "dong",
  "y",
  "xac",
  "nhan",
  "chuan",
  "chinh",
  "vang",
  "da",
  "u",
  "uh",
  "um",
  "yes",
  "chot",
  "duoc",
  "phai",
  "okela",
  "like",
  "vay",
]);
const NO_WORDS = new Set(["khong", "sai", "chua", "no", "nham", "nope"]);

/**
 * Reads a whole message as a bare yes or no ("có", "đúng rồi", "ok", "đồng ý", "xác nhận";
 * "không", "sai", "chưa đúng"), or null when it says more than that.
 */
export function readBareYesNo(terms: readonly string[]): boolean | null {
  const words = trimParticles(terms, new Set(["roi"]));
  if (words.length === 0 || words.length > 4) return null;
  if (!words.every((word) => YES_WORDS.has(word) || NO_WORDS.has(word) || PARTICLES.has(word))) return null;
  if (words.some((word) => NO_WORDS.has(word))) return false;
  return words.some((word) => YES_WORDS.has(word)) ? true : null;
}
