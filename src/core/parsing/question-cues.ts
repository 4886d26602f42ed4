import { trimParticles } from "./particles.js";

/**
 * Whether a message asks, and what for, over its terms joined by spaces (folded,
 * canonical spelling, abbreviations expanded: "bao gio", "ban chi dao", "qui"). Each cue
 * is a small grammar of the ways Vietnamese asks, not a list of sentences.
 */

/** Interrogative words; "mấy" only before what it counts, since "may" is also "máy" (machine). */
const INTERROGATIVE =
  /\b(bao nhieu|the nao|ra sao|sao roi|sao|nhu the nao|nao|gi|ai|den dau|toi dau|bao gio|khi nao|luc nao|may (chi tieu|tieu chi|chi so|cai|diem|phan tram|nguoi|ho|cuoc|lan|gio|ngay|hom|muc))\b/;

/**
 * The text without "nào" where it means "any" after a negation, not "which":
 * "không có sự cố nào" states that there was none.
 */
export function withoutNegativeAny(text: string): string {
  return text.replace(/\b(khong|chua)( [a-z_]+){0,5} nao\b/g, (match) => match.slice(0, -4));
}

/** True when the message asks with an interrogative word ("bao nhiêu", "thế nào", "nào", "bao giờ"). */
export function asksWithWords(text: string): boolean {
  return INTERROGATIVE.test(withoutNegativeAny(text));
}

/** True when the message asks something: a "?" or an interrogative word. */
export function asksSomething(text: string): boolean {
  return text.includes("?") || asksWithWords(text);
}

const STATUS =
  /\b(bao nhieu|the nao|ra sao|sao roi|sao|nhu the nao|den dau|toi dau|dat chua|duoc chua|xong chua|co chua|da chua|chua nhi|dat khong|co dat)\b/;

/** True when the message asks for a status or an amount, which is more than a tag question ("…, đúng không?"). */
export function asksForStatus(text: string): boolean {
  return STATUS.test(text);
}

/** Words that ask for what follows: "xem", "cho em biết", "báo cáo nhanh", "tổng hợp giúp". */
const REQUEST =
  "((xem|cho ((toi|em|minh|anh|chi) )?(xem|biet|hoi)|bao cao|gui|tong hop|tong ket|kiem tra|check)( (nhanh|gap|ngay|lai|giup( (toi|em|minh|anh|chi))?))? )*";

/** Words that make what follows a noun a statement ("số liệu em gửi rồi", "hạn nộp đã qua rồi"), not a request for it. */
const STATEMENT = /\b(da|roi|xong|gui|dang|se|vua|bi|nhan duoc)\b/;

/** True when the text states something (a done, sent or ongoing fact) rather than naming what is wanted. */
export function makesStatement(text: string): boolean {
  return STATEMENT.test(text);
}

/** A noun that may be asked for (see `requests`): where it is mentioned, and where it opens a request. */
export interface RequestedNoun {
  readonly mentioned: RegExp;
  readonly opening: RegExp;
}

/** The patterns of a noun written as a regular expression group: "(tien do|tinh hinh)". */
export function requestedNoun(noun: string): RequestedNoun {
  return { mentioned: new RegExp(`\\b${noun}\\b`), opening: new RegExp(`^(cho )?${REQUEST}${noun}\\b`) };
}

/** True when the noun opens the message (maybe after a request word) and nothing after it states something. */
function opensRequest(text: string, noun: RequestedNoun): boolean {
  const opening = trimParticles(text.split(" ")).join(" ");
  const match = noun.opening.exec(opening);
  return match !== null && !makesStatement(opening.slice(match[0].length));
}

/**
 * True when a progress or status noun is asked for, not just mentioned: the message
 * asks something ("tiến độ chung thế nào") or opens with the noun, maybe after a
 * request ("tiến độ", "xem kết quả", "báo cáo tiến độ"). "em đang tổng hợp kết quả"
 * mentions results without asking for them.
 */
export function requests(text: string, noun: RequestedNoun): boolean {
  if (!noun.mentioned.test(text)) return false;
  return asksSomething(text) || opensRequest(text, noun);
}

const INDICATOR_STATE = requestedNoun(
  "(tinh hinh|ket qua|so_lieu|tien do|xem|kiem tra|thong tin|chi tiet|hien trang|muc tieu)",
);

/**
 * True when the rest of a message naming one indicator asks about its state: "tình hình
 * cáp quang", "xem 3.2", "3.2 thế nào?", "cáp quang đạt chưa". A bare "?" is enough after
 * a code ("3.2?", "3.2 ai phụ trách?"), but not after words that merely mention the
 * indicator ("có ai biết cách cài VNeID không?"): `byCode` tells which.
 */
export function asksAboutIndicator(text: string, byCode: boolean): boolean {
  if (/\b(dat chua|duoc chua|xong chua|co chua)\b/.test(text)) return true;
  if (asksForStatus(text) || requests(text, INDICATOR_STATE)) return true;
  if (byCode) return asksSomething(text);
  return trimParticles(text.split(" ")).length === 0 && text.includes("?");
}
