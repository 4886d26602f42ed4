import { foldVietnamese } from "../text/fold-vietnamese.js";
import { lex } from "../text/lex.js";
import { type Command, readMentions, withoutMentions } from "./commands.js";
import type { IndicatorIndex } from "./indicator-index.js";
import type { ParsedMessage } from "./parsed-message.js";
import { reportCommandIntent } from "./report-request.js";
import { resolveCode } from "./resolve-code.js";
import { resolveIndicator } from "./resolve-indicator.js";
import { readRoleWords } from "./role-words.js";

/** Command names (without "/"), folded, and the intent each stands for. */
const SIMPLE: Readonly<Record<string, ParsedMessage>> = {
  hoantac: { intent: "undo" },
  undo: { intent: "undo" },
  huy: { intent: "cancel" },
  huybo: { intent: "cancel" },
  cancel: { intent: "cancel" },
  chuadat: { intent: "query_unmet" },
  tiendo: { intent: "query_progress" },
  ketqua: { intent: "query_progress" },
  tonghop: { intent: "query_progress" },
  chuacapnhat: { intent: "query_missing" },
  chuanhap: { intent: "query_missing" },
  thieu: { intent: "query_missing" },
  thieusolieu: { intent: "query_missing" },
  lichhop: { intent: "query_deadlines" },
  lich: { intent: "query_deadlines" },
  hannop: { intent: "query_deadlines" },
  han: { intent: "query_deadlines" },
  deadline: { intent: "query_deadlines" },
  huongdan: { intent: "help" },
  help: { intent: "help" },
  start: { intent: "help" },
  trogiup: { intent: "help" },
  menu: { intent: "help" },
  dadat: { intent: "query_met" },
  chitieudat: { intent: "query_met" },
  diem: { intent: "query_score" },
  tongdiem: { intent: "query_score" },
  sosanh: { intent: "query_compare" },
  namtruoc: { intent: "query_compare" },
  thanhvien: { intent: "query_members" },
  danhsach: { intent: "query_members" },
  bcd: { intent: "query_members" },
  batdau: { intent: "start_committee" },
  thamgia: { intent: "join_committee" },
  dongy: { intent: "confirm" },
  xacnhan: { intent: "confirm" },
};

const UPDATE_COMMANDS = new Set(["capnhat", "nhap", "update", "baocaosolieu"]);
const CORRECTION_COMMANDS = new Set(["sua", "sualai", "chinhsua", "dieuchinh"]);
const INDICATOR_COMMANDS = new Set(["chitieu", "xem", "tieuchi"]);
/** `/baocao quý I`: the report files, for the period named after the command. */
const REPORT_COMMANDS = new Set(["baocao", "xuatbaocao", "phuluc"]);
/** `/xoathanhvien @Tên`: remove a member from the committee. */
const REMOVE_MEMBER_COMMANDS = new Set(["xoathanhvien", "xoatv"]);

/** A name match counts only when it covers at least half the words typed ("họp BCĐ quý 1" is not 1.2 by "BCĐ" alone). */
function coversMostOf(args: string, matched: number): boolean {
  return matched * 2 >= lex(foldVietnamese(args)).length;
}

/** The catalog codes named in command arguments, and what did not resolve to one code. */
function readCodes(text: string, index: IndicatorIndex): { codes: string[]; unresolved: string[] } {
  const codes: string[] = [];
  const unresolved: string[] = [];
  const words: string[] = [];
  for (const token of text.split(/[\s,;]+/).filter(Boolean)) {
    const resolution = resolveCode(token, index.catalog);
    if (resolution.kind === "exact") codes.push(resolution.code);
    else if (resolution.kind === "ambiguous" || /^(?:\d|[ivxl]+\.\d)/i.test(token)) unresolved.push(token);
    else words.push(token);
  }
  const phrase = words
    .filter((word) => !/^(cho|và|va|phụ|phu|trách|trach|giao|chỉ|chi|tiêu|tieu)$/i.test(word))
    .join(" ");
  if (phrase) {
    const reference = resolveIndicator(phrase, index);
    if (reference.kind === "found" && coversMostOf(phrase, reference.lexemes.length)) codes.push(reference.code);
    else if (reference.kind !== "none") unresolved.push(phrase);
  }
  return { codes: [...new Set(codes)], unresolved };
}

/**
 * The intent of a slash command. `parseArgs` reads free text after update-like commands,
 * so "/capnhat 3.2 6608/8315" is an update and "/capnhat 3.2" starts one for 3.2.
 */
export function commandIntent(
  command: Command,
  index: IndicatorIndex,
  parseArgs: (args: string) => ParsedMessage,
): ParsedMessage {
  const name = foldVietnamese(command.name).replace(/_/g, "");
  const simple = Object.hasOwn(SIMPLE, name) ? SIMPLE[name] : undefined;
  if (simple) return simple;
  if (REPORT_COMMANDS.has(name)) return reportCommandIntent(command.args);
  if (UPDATE_COMMANDS.has(name) || CORRECTION_COMMANDS.has(name)) {
    const correcting = CORRECTION_COMMANDS.has(name);
    const parsed = command.args ? parseArgs(command.args) : null;
    if (parsed?.intent === "update" || parsed?.intent === "correction")
      return { ...parsed, intent: correcting ? "correction" : parsed.intent };
    if (parsed?.intent === "ambiguous" || parsed?.intent === "unknown_indicator")
      return {
        ...parsed,
        purpose: correcting ? "correction" : parsed.purpose === "query" ? "start_update" : parsed.purpose,
      } as ParsedMessage;
    if (parsed?.intent === "batch") return parsed;
    if ((parsed?.intent === "start_update" || parsed?.intent === "query_indicator") && parsed.code)
      return { intent: "start_update", code: parsed.code, correcting };
    const { codes } = readCodes(command.args, index);
    if (codes[0] || !command.args) return { intent: "start_update", code: codes[0] ?? null, correcting };
    // "/capnhat họp BCĐ quý 1": the words name the indicator.
    const reference = resolveIndicator(command.args, index);
    if (reference.kind === "found" && coversMostOf(command.args, reference.lexemes.length))
      return { intent: "start_update", code: reference.code, correcting };
    if (reference.kind === "ambiguous")
      return {
        intent: "ambiguous",
        candidates: reference.candidates.map((c) => c.code),
        figure: null,
        purpose: correcting ? "correction" : "start_update",
      };
    return { intent: "start_update", code: null, correcting };
  }
  if (INDICATOR_COMMANDS.has(name)) {
    const { codes } = readCodes(command.args, index);
    const [code] = codes;
    return code ? { intent: "query_indicator", code } : { intent: "query_progress" };
  }
  if (name === "phancong" || name === "giao") {
    const mentions = readMentions(command.args);
    const { codes, unresolved } = readCodes(withoutMentions(command.args, mentions), index);
    return { intent: "assign", codes, unresolved, mentions };
  }
  if (name === "duyet" || name === "pheduyet") {
    const mentions = readMentions(command.args);
    const role = readRoleWords(withoutMentions(command.args, mentions));
    return role === null ? { intent: "approve", mentions } : { intent: "approve", mentions, role };
  }
  if (REMOVE_MEMBER_COMMANDS.has(name)) return { intent: "remove_member", mentions: readMentions(command.args) };
  return { intent: "unknown", command: name };
}
