import { describe, expect, it } from "vitest";
import { runXaso } from "./cli-harness.js";

describe("xaso with a command it does not have", () => {
  it.each([
    [["bao-cao", "--commune", "thuy-son", "--out", "bao-cao.docx"], 'Không có lệnh "bao-cao".'],
    [["catalog", "shwo", "hue-2023"], 'Không có lệnh "catalog shwo".'],
    [["catalog", "--json"], 'Không có lệnh "catalog".'],
    [["--json"], 'Không có lệnh "--json".'],
  ])("names only the command words of %j, then lists the commands", async (argv, line) => {
    const { code, err, out } = await runXaso(argv);
    expect(code).toBe(2);
    expect(err).toBe(line);
    expect(out).toContain("Cách dùng: npm run -s xaso -- LỆNH [tham số]");
  });
});

describe("xaso with a misused option", () => {
  it("names the option in Vietnamese and shows the usage, without internals", async () => {
    const { code, err } = await runXaso(["parse", "--bogus", "3.2: 1/2"]);
    expect(code).toBe(2);
    expect(err).toBe('Tham số không hợp lệ --bogus. Cách dùng: xaso parse [--catalog ID] ["TIN NHẮN"]');
  });
});
