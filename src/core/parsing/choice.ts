import type { Catalog } from "../catalog/catalog-schema.js";
import { lex } from "../text/lex.js";
import { toTerms } from "./terms.js";
import { fitsYesNo } from "./yes-no.js";

type ChoiceOption = Extract<Catalog["indicators"][number]["measure"], { kind: "choice" }>["options"][number];

/** Words naming who acted, which any option may be answered with. */
const ROLE_WORDS = new Set([
  "chu",
  "tich",
  "bi",
  "thu",
  "pho",
  "truong",
  "ban",
  "nguoi",
  "dung",
  "dau",
  "cap",
  "lam",
  "ki",
  "tri",
  "uy",
  "nhan",
  "dan",
  "dang",
]);

/** Who acted, in the sense choice options use: the head of the commune, a deputy, or not the head. */
type Role = "head" | "deputy" | "not-head";

function foldedTerms(text: string): string {
  return toTerms(lex(text))
    .map((term) => term.text)
    .join(" ");
}

const NEGATIVE_START = /^(khong|chua)\b/;

/**
 * The role a text names. Officials say "chủ tịch", "bí thư" or "người đứng đầu" for the
 * head and "phó chủ tịch", "cấp phó" for a deputy; options say "không do người đứng đầu"
 * for an act not led by the head.
 */
function roleOf(text: string): Role | null {
  if (/\bpho\b/.test(text)) return "deputy";
  if (/\b(khong do|khong phai) (nguoi dung dau|chu tich|bi thu)\b/.test(text)) return "not-head";
  if (/\b(chu tich|bi thu|nguoi dung dau)\b/.test(text)) return "head";
  return null;
}

/**
 * What reading a choice needs from its option labels, folded once per list of options:
 * each label's terms joined, its distinct words, every word of any label, how many labels
 * use each word, and the role each label names.
 */
interface FoldedLabels {
  readonly folded: readonly string[];
  readonly distinct: readonly (readonly string[])[];
  readonly words: ReadonlySet<string>;
  readonly usedBy: ReadonlyMap<string, number>;
  readonly roles: readonly (Role | null)[];
}

function foldLabels(options: readonly ChoiceOption[]): FoldedLabels {
  const folded = options.map((option) => foldedTerms(option.label));
  const distinct = folded.map((label) => [...new Set(label.split(" "))]);
  const usedBy = new Map<string, number>();
  for (const label of distinct) {
    for (const term of label) usedBy.set(term, (usedBy.get(term) ?? 0) + 1);
  }
  return {
    folded,
    distinct,
    words: new Set(folded.flatMap((label) => label.split(" "))),
    usedBy,
    roles: folded.map(roleOf),
  };
}

/** A catalog's option lists never change once loaded: their labels are folded once. */
const labelsOfOptions = new WeakMap<readonly ChoiceOption[], FoldedLabels>();

function labelsOf(options: readonly ChoiceOption[]): FoldedLabels {
  let labels = labelsOfOptions.get(options);
  if (!labels) {
    labels = foldLabels(options);
    labelsOfOptions.set(options, labels);
  }
  return labels;
}

/** Options with a label shaped like `text`'s role, a deputy accepting "not the head" options when no deputy option exists. */
function optionsForRole(options: readonly ChoiceOption[], labels: FoldedLabels, role: Role): ChoiceOption[] {
  const labelled = options.flatMap((option, i) =>
    NEGATIVE_START.test(labels.folded[i] ?? "") ? [] : [{ option, role: labels.roles[i] ?? null }],
  );
  const exact = labelled.filter((label) => label.role === role);
  if (exact.length > 0 || role !== "deputy") return exact.map((label) => label.option);
  return labelled.filter((label) => label.role === "not-head").map((label) => label.option);
}

/**
 * The option sharing the most telling words with the text, when no other option comes
 * close. The "có" of an option that opens with a no ("Chưa có Quyết định …", "Không có
 * máy tính …") does not count: a member's plain "có" means the opposite.
 */
function closestLabel(options: readonly ChoiceOption[], labels: FoldedLabels, text: string): ChoiceOption | null {
  const words = new Set(text.split(" "));
  const { usedBy } = labels;
  const scores = labels.distinct.map((label, i) =>
    label
      .filter((term) => words.has(term) && !(term === "co" && NEGATIVE_START.test(labels.folded[i] ?? "")))
      .reduce((sum, term) => sum + Math.log((options.length + 1) / (usedBy.get(term) ?? 1)), 0),
  );
  const best = Math.max(...scores);
  const leaders = scores.filter((score) => score >= best - 0.3);
  return best > 0.5 && leaders.length === 1 ? (options[scores.indexOf(best)] ?? null) : null;
}

/**
 * Picks the option of a choice measure a message means, or null when it cannot tell:
 * - a number from 1 to the number of options ("2", "phương án 2");
 * - a "no" ("chưa họp", "không tổ chức") → the one option that says no;
 * - a role ("chủ tịch chủ trì", "phó chủ tịch làm trưởng ban") → the option for that role;
 * - otherwise the option whose label shares the most telling words with the message,
 *   or a plain yes when exactly one option is a yes.
 * Words that belong to no option, no role, no yes/no statement and none of the
 * indicator's own phrases (`related`) mean the message is about something else
 * ("hôm qua phát hiện 1 máy nhiễm mã độc"): null.
 */
export function readChoice(
  options: readonly ChoiceOption[],
  text: string,
  number: number | null,
  yesNo: boolean | null,
  related: ReadonlySet<string> = new Set(),
): ChoiceOption | null {
  if (number !== null && Number.isInteger(number) && number >= 1 && number <= options.length)
    return options[number - 1] ?? null;
  const said = foldedTerms(text);
  const labels = labelsOf(options);
  const labelWords = labels.words;
  const unexplained = said
    .split(" ")
    .filter((word) => word !== "" && !labelWords.has(word) && !ROLE_WORDS.has(word) && !/^\d/.test(word));
  if (!fitsYesNo(unexplained, related)) return null;
  const negative = options.filter((_, i) => NEGATIVE_START.test(labels.folded[i] ?? ""));
  const negatesAll =
    /^(khong|chua)\b/.test(said) || /\b(khong|chua) (to chuc|hop|ban hanh|co|thanh lap|xay ra)\b/.test(said);
  const role = roleOf(said);
  if (role) {
    const forRole = optionsForRole(options, labels, role);
    if (forRole.length === 1) return forRole[0] ?? null;
  }
  const closest = closestLabel(options, labels, said);
  // "có máy bị nhiễm chưa được xử lý": a later "chưa" that an option says too picks that option, not the no.
  if (closest && !negatesAll && !negative.includes(closest)) return closest;
  if ((yesNo === false || negatesAll) && negative.length === 1) return negative[0] ?? null;
  if (closest) return closest;
  if (yesNo !== true) return null;
  const positive = options.filter((option) => !negative.includes(option));
  return positive.length === 1 ? (positive[0] ?? null) : null;
}
