import fs from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { type HolidayYear, holidayYearSchema } from "../../core/calendar/holiday-year.js";
import { builtInCatalogDir } from "./catalog-registry.js";

/** The holiday data files found and the ones that could not be used, one line each. */
export interface HolidayYears {
  years: HolidayYear[];
  problems: string[];
}

/**
 * Reads the official days off per year: `src/catalogs/holidays/YYYY.yaml`, then
 * `CATALOG_DIR/holidays/YYYY.yaml`, where an administrator adds a year's announcement (a
 * later file for the same year replaces the earlier). A bad file is reported and skipped:
 * that year falls back to the computed holidays.
 */
export async function loadHolidayYears(importedDir?: string): Promise<HolidayYears> {
  const byYear = new Map<number, HolidayYear>();
  const problems: string[] = [];
  for (const base of [builtInCatalogDir, ...(importedDir ? [path.resolve(importedDir)] : [])]) {
    const dir = path.join(base, "holidays");
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (!/\.(ya?ml|json)$/.test(name)) continue;
      const file = path.join(dir, name);
      try {
        const parsed = holidayYearSchema.safeParse(parseYaml(await readFile(file, "utf8")), {
          error: z.locales.vi().localeError,
        });
        if (parsed.success) byYear.set(parsed.data.year, parsed.data);
        else
          problems.push(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      } catch {
        problems.push(`${file}: không đọc được tệp YAML`);
      }
    }
  }
  return { years: [...byYear.values()], problems };
}
