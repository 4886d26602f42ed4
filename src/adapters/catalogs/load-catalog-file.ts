import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import {
  type Catalog,
  type CommunePlanFile,
  catalogSchema,
  communePlanFileSchema,
} from "../../core/catalog/catalog-schema.js";
import { describeCatalogIssues } from "./describe-issues.js";

/** Validation messages in Vietnamese, for whoever edits a province's catalog file. */
const vietnameseErrors = { error: z.locales.vi().localeError };

/** Result of reading a data file: the validated value, or the problems found, in Vietnamese. */
export type LoadResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Reads and validates one catalog file (YAML or JSON). */
export async function loadCatalogFile(file: string): Promise<LoadResult<Catalog>> {
  return loadValidated(file, (data) => catalogSchema.safeParse(data, vietnameseErrors));
}

/** Reads and validates one commune plan file (a commune's own targets). */
export async function loadCommunePlanFile(file: string): Promise<LoadResult<CommunePlanFile>> {
  return loadValidated(file, (data) => communePlanFileSchema.safeParse(data, vietnameseErrors));
}

type SafeParse<T> = (
  data: unknown,
) => { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } };

async function loadValidated<T>(file: string, validate: SafeParse<T>): Promise<LoadResult<T>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return { ok: false, errors: [`không đọc được tệp ${file}`] };
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    return { ok: false, errors: [`tệp ${file} không đúng định dạng YAML/JSON: ${(error as Error).message}`] };
  }
  const parsed = validate(data);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: describeCatalogIssues(parsed.error.issues, data) };
}
