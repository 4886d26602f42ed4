import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandWord } from "../../../src/core/text/abbreviations.js";
import { canonicalWord } from "../../../src/core/text/canonical-word.js";
import { foldVietnamese } from "../../../src/core/text/fold-vietnamese.js";
import { lex } from "../../../src/core/text/lex.js";
import { sameWord, withinOneEdit } from "../../../src/core/text/near-spelling.js";
import { normalizeForTokens } from "../../../src/core/text/normalize-for-tokens.js";
import { numberWord } from "../../../src/core/text/number-words.js";

describe("foldVietnamese", () => {
  it.each([
    ["Hồ sơ  Sức khoẻ ĐIỆN TỬ", "ho so suc khoe dien tu"],
    ["hồ sơ sức khỏe điện tử", "ho so suc khoe dien tu"],
    ["Đã có", "da co"],
    ["đạt 68,2%", "dat 68,2%"],
    ["  Chỉ tiêu\t3.2\n", "chi tieu 3.2"],
    ["Huỷ", "huy"],
    ["Hủy", "huy"],
  ])("%j → %j", (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });

  it("folds decomposed input (NFD) the same as composed input", () => {
    expect(foldVietnamese("Tiếng Việt".normalize("NFD"))).toBe("tieng viet");
  });

  it("folds character by character exactly as folding the whole text would", () => {
    const wholeText = (text: string) =>
      text
        .normalize("NFD")
        .replace(/\p{M}+/gu, "")
        .replace(/[đĐ]/g, "d")
        .toLowerCase()
        .replace(/\s+/g, " ")
        .trim();
    const vietnamese = fc.constantFrom(..."ẠẢÃÀÁÂẬẦẤẨẪĂẮẰẶẲẴĐđÉÈẺẼẸÊẾỀỂỄỆİIıÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢŨƯỪỨỬỮỰỲÝỶỸỴǅß");
    const text = fc
      .array(
        fc.oneof(
          fc.string({ unit: "grapheme" }),
          vietnamese,
          fc.constantFrom("\u0301", "\u0323", "Σ", "ΑΣ ", "\u00a0", "\u2000"),
        ),
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (typed) => foldVietnamese(typed) === wholeText(typed)),
      { numRuns: 2_000 },
    );
    expect(foldVietnamese("ΟΔΟΣ Hồ")).toBe(wholeText("ΟΔΟΣ Hồ"));
  });
});

describe("normalizeForTokens", () => {
  it("keeps digits, decimal marks, slashes and percent signs intact", () => {
    expect(normalizeForTokens("Chỉ tiêu 3.2: 6.608/8.315 người, đạt 79,5%!")).toBe(
      "chi tieu 3.2 6.608/8.315 nguoi dat 79,5%",
    );
  });

  it("keeps roman and lettered codes and drops sentence punctuation", () => {
    expect(normalizeForTokens("I.3 và 1.3a (xong).")).toBe("i.3 va 1.3a xong");
  });

  it("keeps a question mark as its own word", () => {
    expect(normalizeForTokens("3.2 thế nào?")).toBe("3.2 the nao ?");
  });
});

describe("canonical spelling and abbreviations", () => {
  it("merges final y and i after consonants", () => {
    expect(["tỷ", "tỉ", "kỹ", "kĩ", "quý", "quí"].map((word) => canonicalWord(foldVietnamese(word)))).toEqual([
      "ti",
      "ti",
      "ki",
      "ki",
      "qui",
      "qui",
    ]);
  });

  it("leaves other words alone", () => {
    expect(canonicalWord("huy")).toBe("huy");
    expect(canonicalWord("y")).toBe("y");
  });

  it("expands abbreviations officials type", () => {
    expect(expandWord("tk")).toEqual(["tai", "khoan"]);
    expect(expandWord("hssk")).toEqual(["ho", "so", "suc", "khoe"]);
    expect(expandWord("cks")).toEqual(["chu", "ki", "so"]);
    expect(expandWord("cap")).toEqual(["cap"]);
  });

  it("reads small counts written as words", () => {
    expect(numberWord("hai")).toBe(2);
    expect(numberWord("nam")).toBe(5);
    expect(numberWord("sau")).toBeNull();
  });
});

describe("lex", () => {
  const kinds = (text: string) =>
    lex(text).map((lexeme) => (lexeme.kind === "mask" ? `mask:${lexeme.mask}` : `${lexeme.kind}:${lexeme.text}`));

  it("keeps Vietnamese numbers whole and codes apart from numbers", () => {
    expect(kinds("3.2: 5.120/7.400")).toEqual(["number:3.2", "symbol::", "number:5.120", "symbol:/", "number:7.400"]);
    expect(kinds("I.3 1.3a VIII.9.2")).toEqual(["code:i.3", "code:1.3a", "code:viii.9.2"]);
    expect(kinds("6 608/8 315")).toEqual(["number:6 608", "symbol:/", "number:8 315"]);
  });

  it("masks document numbers, full dates, times, phone numbers and links", () => {
    expect(kinds("1234/UBND-VHTT 85/BC-UBND 06-NQ/TU")).toEqual(["mask:document", "mask:document", "mask:document"]);
    expect(kinds("27/11/2023 5/2024")).toEqual(["mask:date", "mask:date"]);
    expect(kinds("14h30 8h 14:30")).toEqual(["mask:time", "mask:time", "mask:time"]);
    expect(kinds("0912 345 678 0912.345.678")).toEqual(["mask:phone", "mask:phone"]);
    expect(kinds("https://dvc.gov.vn/abc")).toEqual(["mask:url"]);
  });

  it("keeps the typed form of each word next to its folded form", () => {
    const [first, second] = lex("Điện tử");
    expect(first).toMatchObject({ text: "dien", typed: "điện" });
    expect(second).toMatchObject({ text: "tu", typed: "tử" });
  });

  it("does not take a sentence dot into a number", () => {
    expect(kinds("8315.")).toEqual(["number:8315", "symbol:."]);
  });
});

describe("near spelling", () => {
  it("tolerates one slip in foreign words", () => {
    expect(sameWord("intenet", "internet")).toBe(true);
    expect(sameWord("camrea", "camera")).toBe(true);
    expect(withinOneEdit("abc", "acb")).toBe(true);
  });

  it("compares Vietnamese syllables exactly", () => {
    expect(sameWord("thuong", "truong")).toBe(false);
    expect(sameWord("khoan", "khoa")).toBe(false);
  });
});
