import { foldVietnamese } from "../text/fold-vietnamese.js";
import { readCommand } from "./commands.js";
import { CODE_SHAPE } from "./resolve-code.js";

/** Which communes a question about one indicator asks for. */
export type ProvinceFocus = "unmet" | "met" | "no-data" | "all";

/** What a message in a province chat asks, before the roll-up answers it. */
export type ProvinceQuestion =
  /** "xã nào chưa đạt 3.2?", "bao nhiêu xã đạt 3.2", "3.2 thế nào?" */
  | { kind: "indicator"; code: string; focus: ProvinceFocus }
  /** "tiến độ các xã", "/tiendo", "xã nào đạt nhiều nhất?" */
  | { kind: "progress" }
  /** "chỉ tiêu nào nhiều xã chưa đạt nhất?", "/chuadat" */
  | { kind: "weakest" }
  /** "xã Thúy Sơn thế nào?", "Thúy Sơn", a commune's name with any question */
  | { kind: "commune"; name: string }
  | { kind: "help" };

const COMMANDS: Readonly<Record<string, ProvinceQuestion>> = Object.assign(Object.create(null), {
  tiendo: { kind: "progress" },
  chuadat: { kind: "weakest" },
  huongdan: { kind: "help" },
  help: { kind: "help" },
  start: { kind: "help" },
});

/** A folded word that looks like an indicator code: "3.2", "i.2.2", "1.3a". */
function codeIn(folded: string): string | null {
  for (const word of folded.split(/[\s,;:?!()]+/)) {
    const candidate = word.replace(/[.]+$/, "");
    if (CODE_SHAPE.test(candidate)) return candidate;
  }
  return null;
}

function focusOf(folded: string): ProvinceFocus {
  if (/\bchua (?:co so lieu|cap nhat|nhap|bao cao)\b|\bthieu so lieu\b/.test(folded)) return "no-data";
  if (/\bchua dat\b|\bkhong dat\b|\bcon thieu\b/.test(folded)) return "unmet";
  if (/\b(?:xa|phuong|don vi) nao\b.*\bdat\b|\bbao nhieu (?:xa|phuong)\b.*\bdat\b/.test(folded)) return "met";
  return "all";
}

/**
 * Reads a question asked in a province or oversight chat, with or without diacritics:
 * communes missing an indicator ("xã nào chưa đạt 3.2?", "xã nào chưa có số liệu 3.4"),
 * meeting it ("bao nhiêu xã đạt 3.2"), one indicator across the province ("3.2 thế
 * nào?"), the communes' progress ("tiến độ các xã", /tiendo), the indicators most
 * communes miss (/chuadat), one commune by name (`communeNames`, folded), help. Null when
 * the message asks none of these.
 */
export function readProvinceQuestion(text: string, communeNames: readonly string[]): ProvinceQuestion | null {
  const command = readCommand(text);
  const folded = foldVietnamese(command ? command.args : text)
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
  const code = codeIn(folded);
  if (command) {
    if (command.name === "chuadat" && code) return { kind: "indicator", code, focus: "unmet" };
    return COMMANDS[command.name] ?? null;
  }
  if (code) return { kind: "indicator", code, focus: focusOf(folded) };
  if (/\bchi tieu nao\b.*\b(?:chua dat|nhieu xa|yeu|kem)\b/.test(folded)) return { kind: "weakest" };
  if (/\btien do\b|\bxep hang\b|\b(?:xa|phuong) nao\b.*\b(?:nhieu nhat|it nhat|tot nhat|cham nhat)\b/.test(folded))
    return { kind: "progress" };
  const words = ` ${folded.replace(/[?.!,;:]/g, " ").replace(/\s+/g, " ")} `;
  const named = communeNames.find((name) => words.includes(` ${name} `));
  if (named) return { kind: "commune", name: named };
  if (/\b(?:huong dan|giup|lam the nao)\b/.test(folded)) return { kind: "help" };
  return null;
}
