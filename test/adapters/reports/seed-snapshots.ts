import fs from "node:fs";
import { parse as parseYaml } from "yaml";
import type { Catalog, Indicator } from "../../../src/core/catalog/catalog-schema.js";
import type { CommuneSnapshot, EvidenceInfo, FigureVersion } from "../../../src/core/conversation/commune-snapshot.js";
import type { FigureValue } from "../../../src/core/evaluation/figure-value.js";
import { parsePercent } from "../../../src/core/numbers/parse-number.js";
import { snapshotOf } from "../../core/answers/fixtures.js";
import { loadCatalogOrFail, loadCommunePlanOrFail } from "../../support/catalogs.js";

interface Criterion {
  code: string;
  status: "met" | "unmet" | "not-assessed";
  numerator?: number;
  denominator?: number;
  percent?: string;
  value?: boolean | number | null;
  evidence?: { number: string; date: string }[];
}

const readFixture = (name: string) =>
  parseYaml(fs.readFileSync(`test/fixtures/${name}`, "utf8")) as {
    criteria: Criterion[];
    groups?: { code: string; met: number; assessed: number }[];
  };

/** The figure a seed report gives, in the shape the bot stores; null when it gives none. */
function figureOf(indicator: Indicator, reported: Criterion): FigureValue | null {
  if (indicator.measure.kind === "ratio") {
    if (reported.numerator !== undefined && reported.denominator !== undefined)
      return { kind: "ratio", numerator: reported.numerator, denominator: reported.denominator };
    const percent = reported.percent === undefined ? null : parsePercent(reported.percent);
    if (percent !== null) return { kind: "percent", percent };
    return typeof reported.value === "number" ? { kind: "percent", percent: reported.value } : null;
  }
  if (typeof reported.value !== "boolean") return null;
  return indicator.measure.kind === "document"
    ? { kind: "document", issued: reported.value }
    : { kind: "boolean", value: reported.value };
}

function evidenceOf(reported: Criterion): EvidenceInfo[] {
  return (reported.evidence ?? []).map((item) => {
    const [day = "", month = "", year = ""] = item.date.split("/");
    const issuedOn = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
    return { kind: "document", reference: item.number, issuedOn };
  });
}

function versionOf(value: FigureValue, evidence: EvidenceInfo[]): FigureVersion {
  return {
    version: 1,
    kind: "update",
    value,
    previousValue: null,
    at: new Date("2023-12-08T09:00:00+07:00"),
    byMembershipId: "m-lan",
    byName: "Lan",
    platform: "telegram",
    chatId: "chat-1",
    evidence,
  };
}

/** Pillar counts a seed report prints ("Chỉ tiêu đạt: 10/10"). */
export type SeedGroups = { code: string; met: number; assessed: number }[];

/**
 * Hoằng Phụ's 2023 report (seed 004) as the bot would hold it: every printed figure and its
 * evidence. 1.10, 2.2 and 3.6 are judged Đạt in the report without a figure; they are
 * entered as 100% so the pillar counts are the report's.
 */
export async function hoangPhuSnapshot(): Promise<{ snapshot: CommuneSnapshot; groups: SeedGroups; catalog: Catalog }> {
  const catalog = await loadCatalogOrFail("thanh-hoa-2023");
  const fixture = readFixture("hoang-phu-2023.yaml");
  const figures: Record<string, FigureVersion[]> = {};
  for (const reported of fixture.criteria) {
    const indicator = catalog.indicators.find((candidate) => candidate.code === reported.code);
    if (!indicator || reported.status === "not-assessed") continue;
    const value = figureOf(indicator, reported) ?? { kind: "percent", percent: 100 };
    figures[reported.code] = [versionOf(value, evidenceOf(reported))];
  }
  const snapshot = snapshotOf({
    catalog,
    communeName: "Hoằng Phụ",
    district: "Hoằng Hóa",
    year: 2023,
    period: "2023",
    figures,
  });
  return { snapshot, groups: fixture.groups ?? [], catalog };
}

/**
 * Thúy Sơn's appendix (seed 000) under its own plan: the values that reproduce each
 * printed verdict; unmet rates without a printed figure are entered just under the target.
 */
export async function thuySonSnapshot(): Promise<{ snapshot: CommuneSnapshot; expected: Map<string, string> }> {
  const catalog = await loadCatalogOrFail("thanh-hoa-2023");
  const plan = await loadCommunePlanOrFail("thuy-son-2023");
  const fixture = readFixture("thuy-son-2023.yaml");
  const figures: Record<string, FigureVersion[]> = {};
  const expected = new Map<string, string>();
  for (const reported of fixture.criteria) {
    const indicator = catalog.indicators.find((candidate) => candidate.code === reported.code);
    if (!indicator) continue;
    const target = Object.hasOwn(plan.targets, reported.code) ? plan.targets[reported.code] : indicator.target;
    let value = figureOf(indicator, reported);
    if (value === null && reported.status === "unmet" && typeof target?.value === "number")
      value = { kind: "percent", percent: target.value - 0.1 };
    if (value === null) continue;
    figures[reported.code] = [versionOf(value, [])];
    expected.set(reported.code, reported.status === "met" ? "Đạt" : "Chưa đạt");
  }
  const snapshot = snapshotOf({ catalog, year: 2023, period: "2023", targetOverrides: plan.targets, figures });
  return { snapshot, expected };
}
