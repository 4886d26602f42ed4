import { canonicalWord } from "./canonical-word.js";

/**
 * Abbreviations officials type in the group chat and that the catalogs use in their own
 * aliases (CĐS, BCĐ, TTHC, DVCTT, HSSK, TMĐT, …), folded, with their expansion. Both the
 * message and the catalog phrases are expanded the same way, so "tk ngân hàng" meets
 * "tài khoản ngân hàng" and "HSSK" meets "hồ sơ sức khỏe".
 *
 * Only abbreviations that are unambiguous in this domain are listed: "hs" (hồ sơ or học
 * sinh) and "kh" (kế hoạch or không) are left alone. A Map, so a word such as
 * "constructor" finds nothing rather than Object.prototype's members.
 */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    cds: "chuyen doi so",
    bcd: "ban chi dao",
    cb: "can bo",
    cbcc: "can bo cong chuc",
    cbccvc: "can bo cong chuc vien chuc",
    tthc: "thu tuc hanh chinh",
    dvctt: "dich vu cong truc tuyen",
    dvc: "dich vu cong",
    dn: "doanh nghiep",
    dnnvv: "doanh nghiep nho va vua",
    hkd: "ho kinh doanh",
    htx: "hop tac xa",
    attt: "an toan thong tin",
    ttdt: "thong tin dien tu",
    hssk: "ho so suc khoe",
    hsskdt: "ho so suc khoe dien tu",
    tmdt: "thuong mai dien tu",
    kts: "kinh te so",
    xhs: "xa hoi so",
    cqs: "chinh quyen so",
    cqnn: "co quan nha nuoc",
    cntt: "cong nghe thong tin",
    cks: "chu ky so",
    tk: "tai khoan",
    tkdd: "tai khoan dinh danh",
    dddt: "dinh danh dien tu",
    // "Điện thoại di động": the phone every catalog counts is the smartphone, while "di
    // động" on its own names the mobile network (4G/5G, SIM di động) of other indicators.
    dtdd: "dien thoai thong minh",
    dtdm: "dien thoai thong minh",
    cq: "cap quang",
    quag: "quang",
    dttm: "dien thoai thong minh",
    ttkdtm: "thanh toan khong dung tien mat",
    ubnd: "uy ban nhan dan",
    hgd: "ho gia dinh",
    qd: "quyet dinh",
    bc: "bao cao",
    vb: "van ban",
    csdl: "co so du lieu",
    cnscd: "cong nghe so cong dong",
    tslcd: "truyen so lieu chuyen dung",
    sl: "so luong",
    sp: "san pham",
    bcao: "bao cao",
    ktra: "kiem tra",
    tgian: "thoi gian",
    sdt: "so dien thoai",
    k: "khong",
    ko: "khong",
    kg: "khong",
    khg: "khong",
    hok: "khong",
    hong: "khong",
    dc: "duoc",
    r: "roi",
    ntn: "nhu the nao",
    bn: "bao nhieu",
    bnhieu: "bao nhieu",
    ng: "nguoi",
    e: "em",
    vs: "voi",
    j: "gi",
    oke: "ok",
    okie: "ok",
    okay: "ok",
    smartphone: "dien thoai thong minh",
    internet: "internet",
    net: "internet",
    website: "trang thong tin dien tu",
    web: "trang thong tin dien tu",
  }),
);

/**
 * Two-word shorthand whose words alone are ambiguous ("hs" is also học sinh, "tt" also
 * thông tin or thanh toán, "nh" also nhé): expanded only as a pair.
 */
const PAIRED_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    "tk nh": "tai khoan ngan hang",
    "hs tt": "ho so truc tuyen",
    "dvc tt": "dich vu cong truc tuyen",
  }),
);

/** The words two folded words typed one after the other stand for ("tk nh" → tài khoản ngân hàng), or null. */
export function expandPair(first: string, second: string): string[] | null {
  return PAIRED_ABBREVIATIONS.get(`${first} ${second}`)?.split(" ").map(canonicalWord) ?? null;
}

/** Tone marks (huyền, sắc, ngã, hỏi, nặng) as combining characters. */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * True when a word was typed with a tone mark. Abbreviations are typed without one, so
 * "hỏng" (broken) and "Hồng" (a name) are words in their own right, not "hông" (không).
 */
function hasToneMark(typed: string): boolean {
  return TONE_MARK.test(typed.normalize("NFD"));
}

/**
 * The words one folded word stands for, in canonical spelling: an abbreviation's
 * expansion (unless `typed` carries a tone mark), or the word itself. "tk" → ["tai", "khoan"], "tỷ" → ["ti"].
 */
export function expandWord(word: string, typed?: string): string[] {
  const abbreviation = ABBREVIATIONS.get(word);
  const expansion =
    abbreviation === undefined || (typed !== undefined && hasToneMark(typed)) ? undefined : abbreviation;
  if (expansion === undefined && !word.includes(" ")) return [canonicalWord(word)];
  return (expansion ?? word).split(" ").map(canonicalWord);
}
