/**
 * Reading "có" / "chưa có" statements about a yes/no indicator.
 *
 * The yes/no words are the commonest words of the language ("có", "rồi", "không",
 * "chưa"), so a message only counts as a yes/no figure when, once the indicator
 * reference is taken out, nothing is left but a yes/no predicate: polarity words, verbs
 * of doing ("đã triển khai", "chưa lắp đặt"), fillers ("xã mình", "ạ", "nhé") and words of
 * the indicator itself. "em có gửi trên zalo rồi" is not a statement that the Zalo channel
 * exists: "gửi" is left over. Verbs are read as whole phrases, so a syllable that happens
 * to start one ("yếu" of "yêu cầu") does not pass for it.
 */

const NEGATIVE = new Set(["chua", "khong"]);

/** Words and phrases that affirm: the fact is there or the work is done. */
const AFFIRMING = [
  "co",
  "roi",
  "xong",
  "dat",
  "ok",
  "da",
  "hoan thanh",
  "trien khai",
  "ban hanh",
  "lap dat",
  "thanh lap",
  "ket noi",
  "hoat dong",
  "duy tri",
  "van hanh",
  "dau tu",
  "trang bi",
  "cai dat",
  "to chuc",
  "su dung",
  "ap dung",
  "dua vao su dung",
  "dua vao",
  "phe duyet",
  "xay dung",
  "thuc hien",
  "dam bao",
  "dap ung",
  "kich hoat",
  "phat song",
  "lap",
  "mo",
  "tao",
  "lam",
  "ki",
  "thong suot",
  "day du",
  "dat yeu cau",
  "hop",
  "tham gia",
  // a verb of running with how well it runs: "duy trì tốt", "hoạt động ổn định"
  ...["duy tri", "hoat dong", "van hanh", "ket noi"].flatMap((verb) => [
    `${verb} tot`,
    `${verb} on dinh`,
    `${verb} binh thuong`,
  ]),
].map((phrase) => phrase.split(" "));

/** Words and phrases with no polarity that a yes/no statement may contain. */
const NEUTRAL = [
  "dang",
  "duoc",
  "luon",
  "san",
  "ca",
  "deu",
  "cung",
  "nua",
  "van",
  "con",
  "moi",
  "vua",
  "het",
  "toan bo",
  "chinh thuc",
  "so",
  "ngay",
  "nam",
  "_document_",
  "_date_",
  "ke hoach",
  "quyet dinh",
  "van ban",
  "nhe",
  "nha",
  "a",
  "lai",
  "nao",
  "gi",
  "sap",
  "se",
  "chuan bi",
  "mua",
  "xa",
  "xa minh",
  "minh",
  "em",
  "ben em",
  "chung em",
  "toi",
  "chung toi",
  "hien",
  "hien tai",
  "hien nay",
  "nay",
  "thi",
  "la",
  "voi",
  "o",
  "tai",
  "tren",
  "trong",
  "cua",
  "anh",
  "chi",
  "dong chi",
  "bao cao",
  "ta",
  "dia phuong",
  "vang",
  "the",
  "nhu",
  "ve",
  "muc",
  "tc",
  "ct",
  "chi tieu",
  "tieu chi",
  "ket qua",
  "tinh trang",
  "roi",
  "sua",
  "sua lai",
  "chinh lai",
  "chinh sua",
  "dieu chinh",
  "nham",
  "nhap nham",
  "nhap sai",
  "dung la",
  "cap nhat lai",
  "nhap lai",
  "bao cao lai",
  "oa",
  "mien phi",
  "va",
  "cac",
  // where the thing is: "wifi ở UBND và nhà văn hóa đã lắp đặt"
  "uy ban nhan dan",
  "uy ban",
  "tru so",
  "nha van hoa",
  "hoi truong",
  "cho",
  "tram y te",
  "truong hoc",
  "cong an xa",
  "bo phan mot cua",
  "khu dan cu",
  "thon",
  "xom",
  "trung tam",
  "dia ban",
].map((phrase) => phrase.split(" "));

/** Words that put the fact in the future ("sắp lắp", "sẽ triển khai"): not yet a yes. */
const FUTURE = new Set(["sap", "se", "chuan"]);
/** "đang" before these means work in progress, not done: "đang triển khai", "đang lắp". */
const IN_PROGRESS = new Set(["trien", "lap", "xay", "lam", "thuc", "mua", "chuan", "ket"]);

type Part = "negative" | "affirming" | "neutral" | "related";

/** Phrases by their first word, so that only those that can start at a term are tried. */
function byFirstWord(phrases: readonly (readonly string[])[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  const index = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const [first = ""] = phrase;
    const list = index.get(first);
    if (list) list.push(phrase);
    else index.set(first, [phrase]);
  }
  return index;
}

const AFFIRMING_BY_FIRST = byFirstWord(AFFIRMING);
const NEUTRAL_BY_FIRST = byFirstWord(NEUTRAL);

/** The length of the longest of `phrases` written at term `i`, or 0. */
function longestAt(
  terms: readonly string[],
  i: number,
  phrases: ReadonlyMap<string, readonly (readonly string[])[]>,
): number {
  let longest = 0;
  for (const phrase of phrases.get(terms[i] ?? "") ?? []) {
    if (phrase.length <= longest) continue;
    let k = 1;
    while (k < phrase.length && terms[i + k] === phrase[k]) k += 1;
    if (k === phrase.length) longest = phrase.length;
  }
  return longest;
}

/** Splits terms into known phrases, longest first; null when a term fits no phrase. */
function parts(terms: readonly string[], related: ReadonlySet<string>): Part[] | null {
  const found: Part[] = [];
  let i = 0;
  while (i < terms.length) {
    const term = terms[i] ?? "";
    if (NEGATIVE.has(term)) {
      found.push("negative");
      i += 1;
      continue;
    }
    const affirming = longestAt(terms, i, AFFIRMING_BY_FIRST);
    const neutral = longestAt(terms, i, NEUTRAL_BY_FIRST);
    if (affirming > 0 && affirming >= neutral) {
      found.push("affirming");
      i += affirming;
    } else if (neutral > 0) {
      found.push("neutral");
      i += neutral;
    } else if (related.has(term)) {
      found.push("related");
      i += 1;
    } else {
      return null;
    }
  }
  return found;
}

/** True when the terms could all belong to a yes/no statement about the indicator (polarity or not). */
export function fitsYesNo(terms: readonly string[], related: ReadonlySet<string> = new Set()): boolean {
  return parts(terms, related) !== null;
}

/**
 * The polarity of a yes/no statement, or null when the terms are not one. `related`
 * holds the words of the indicator's own phrases, which a statement may repeat
 * ("4.5 đã có wifi công cộng").
 */
export function readYesNo(terms: readonly string[], related: ReadonlySet<string> = new Set()): boolean | null {
  if (terms.length === 0) return null;
  const found = parts(terms, related);
  if (!found) return null;
  if (found.includes("negative")) return false;
  if (terms.some((term, i) => FUTURE.has(term) || (term === "dang" && IN_PROGRESS.has(terms[i + 1] ?? ""))))
    return null;
  return found.includes("affirming") ? true : null;
}

/** Particles that may close a question after "chưa" / "không": "có chưa ạ?", "xong chưa vậy". */
const TAIL = new Set(["?", "a", "vay", "nhi", "ha", "the", "anh", "chi", "em", "oi", "nhe", "nha", "ban"]);
/** Words a yes/no question asks about before its closing "chưa" / "không". */
const ASSERTING = new Set([
  "co",
  "roi",
  "xong",
  "dat",
  "da",
  "duoc",
  "hoan",
  "thanh",
  "trien",
  "khai",
  "lap",
  "ket",
  "noi",
  "hoat",
  "dong",
  "ban",
  "hanh",
  "to",
  "chuc",
]);

/**
 * True when yes/no words form a question: an asserting word followed later by a closing
 * "chưa" or "không" ("có chưa", "đã lắp camera chưa", "có không"). With `related` (the
 * indicator's words), every word before the closing one must also belong to a yes/no
 * statement about it: "xã có camera không?" asks about the camera indicator, "có ai
 * biết cách cài VNeID không?" does not ask about VNeID's figure.
 */
export function isYesNoQuestion(terms: readonly string[], related?: ReadonlySet<string>): boolean {
  const words = [...terms];
  while (words.length > 0 && TAIL.has(words[words.length - 1] ?? "")) words.pop();
  const last = words[words.length - 1];
  if (last === undefined || !NEGATIVE.has(last)) return false;
  const asked = words.slice(0, -1);
  if (!asked.some((term) => ASSERTING.has(term))) return false;
  return related === undefined || parts(asked, related) !== null;
}
