import fs from "node:fs";
import path from "node:path";
import {
  builtInCatalogDir,
  type CatalogRegistry,
  findCatalog,
  loadCatalogRegistry,
} from "../../adapters/catalogs/catalog-registry.js";
import { loadCommunePlanFile } from "../../adapters/catalogs/load-catalog-file.js";
import type { Commune } from "../../adapters/storage/prisma-types.js";
import { createCommune, findCommuneBySlug, type NewCommune } from "../../adapters/storage/stores/communes.js";
import { createPlan } from "../../adapters/storage/stores/plans.js";
import type { Catalog, CommunePlanFile } from "../../core/catalog/catalog-schema.js";
import { type CliCommand, exitCode } from "../cli-command.js";
import { inTransaction, withCliDatabase } from "../open-cli-database.js";
import { isSlug, slugify } from "./admin-terms.js";
import { missingFlags, parseCliArgs, reportUsage } from "./parse-cli-args.js";

const options = {
  slug: { type: "string" },
  name: { type: "string" },
  district: { type: "string" },
  province: { type: "string" },
  catalog: { type: "string" },
  year: { type: "string" },
  plan: { type: "string" },
  join: { type: "string" },
} as const;

/**
 * `xaso commune add`: registers a commune and its plan for one catalog and year, with the
 * commune's own targets when a plan file is named. Everything is written in one
 * transaction; running it again with the same details changes nothing.
 */
export const communeAddCommand: CliCommand = {
  name: "commune add",
  summary: "Thêm một xã và kế hoạch năm của xã theo một bộ chỉ tiêu",
  usage:
    'xaso commune add --slug MÃ_XÃ --name "TÊN XÃ" --district "HUYỆN" --province "TỈNH" --catalog BỘ_CHỈ_TIÊU --year NĂM [--plan KẾ_HOẠCH] [--join approval|open]',
  async run(args, context) {
    const { io } = context;
    const input = readInput(args);
    if (!input.ok) return reportUsage(io, input.message, this.usage);
    const { commune, year, catalogId, planName, joinGiven } = input;

    const registry = await loadCatalogRegistry(context.config.catalogDir);
    const catalog = findCatalog(registry, catalogId);
    if (!catalog) {
      io.err(`Không có bộ chỉ tiêu "${catalogId}". Có: ${registry.catalogs.map((c) => c.id).join(", ")}.`);
      return exitCode.failed;
    }
    const planFile =
      planName === undefined ? undefined : await findPlanFile(planName, registry, context.config.catalogDir);
    if (planFile && !planFile.ok) {
      io.err(planFile.message);
      return exitCode.failed;
    }
    const plan = planFile?.plan;
    const mismatch = plan && planMismatch(planName ?? "", plan, catalog, year, commune.name);
    if (mismatch) {
      io.err(mismatch);
      return exitCode.failed;
    }

    const at = context.now();
    const outcome = await withCliDatabase(context, (db) =>
      inTransaction(db, async (tx, refuse) => {
        const existing = await findCommuneBySlug(tx, commune.slug);
        if (existing) {
          const differs = differences(existing, commune, joinGiven);
          if (differs.length)
            refuse(
              `Mã xã "${commune.slug}" đã dùng cho xã ${existing.name} (${existing.district}, ${existing.province}); khác ở: ${differs.join(", ")}. Chọn mã khác hoặc ghi đúng thông tin đã lưu.`,
            );
        }
        const stored = existing ?? (await createCommune(tx, commune, { at }));
        const created = await createPlan(tx, {
          communeId: stored.id,
          catalog,
          year,
          targetOverrides: plan?.targets,
          at,
          actor: { platform: "cli" },
        });
        if (!created.ok) {
          refuse(
            created.status === "unknown-codes"
              ? `Kế hoạch ${planName} có mã không thuộc bộ chỉ tiêu ${catalog.id}: ${created.codes.join(", ")}; chưa lưu gì.`
              : `${created.message} Chưa lưu gì.`,
          );
        }
        return { commune: stored, communeIsNew: !existing, planIsNew: created.status === "created" };
      }),
    );
    if (!outcome.ok) {
      io.err(outcome.message);
      return exitCode.failed;
    }

    const { commune: stored, communeIsNew, planIsNew } = outcome.value;
    io.out(
      communeIsNew
        ? `Đã thêm xã ${stored.name} (${stored.district}, ${stored.province}), mã ${stored.slug}.`
        : `Xã ${stored.name} (mã ${stored.slug}) đã có; giữ nguyên.`,
    );
    const described = `kế hoạch năm ${year} theo bộ chỉ tiêu ${catalog.id} (${catalog.indicators.length} chỉ tiêu)`;
    if (!planIsNew) io.out(`Đã có ${described}; giữ nguyên các chỉ tiêu đã lưu.`);
    else if (!plan) io.out(`Đã tạo ${described}, dùng chỉ tiêu của bộ.`);
    else io.out(`Đã tạo ${described}, với ${describeOverrides(plan)} theo kế hoạch ${planName}.`);
    if (communeIsNew) io.out(`Tiếp theo: xaso bind --platform telegram --chat MÃ_NHÓM --commune ${stored.slug}`);
    return exitCode.ok;
  },
};

type CommuneInput =
  | { ok: true; commune: NewCommune; year: number; catalogId: string; planName: string | undefined; joinGiven: boolean }
  | { ok: false; message: string };

/** Reads and checks the flags; a mistake comes back as one line. */
function readInput(args: string[]): CommuneInput {
  const parsed = parseCliArgs(args, options);
  if (!parsed.ok) return parsed;
  const values = trimmed(parsed.values);
  const missing = missingFlags(values, ["slug", "name", "district", "province", "catalog", "year"]);
  if (missing.length) return { ok: false, message: `Thiếu ${missing.join(", ")}.` };
  const { slug = "", name = "", district = "", province = "", catalog = "", year = "", plan, join } = values;
  if (!isSlug(slug))
    return {
      ok: false,
      message: `Mã xã "${slug}" chỉ được gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ ${slugify(name) || "thuy-son"}.`,
    };
  if (!/^\d{4}$/.test(year) || Number(year) < 2000 || Number(year) > 2100)
    return { ok: false, message: `Năm "${year}" không hợp lệ; ghi bốn chữ số, ví dụ 2024.` };
  if (join !== undefined && join !== "open" && join !== "approval") {
    return {
      ok: false,
      message: `--join chỉ nhận approval (thư ký/trưởng ban duyệt) hoặc open (ai trong nhóm cũng vào được), không phải "${join}".`,
    };
  }
  const commune: NewCommune = { slug, name, district, province, joinPolicy: join === "open" ? "open" : "approval" };
  return {
    ok: true,
    commune,
    year: Number(year),
    catalogId: catalog,
    planName: plan || undefined,
    joinGiven: join !== undefined,
  };
}

type PlanLookup = { ok: true; plan: CommunePlanFile } | { ok: false; message: string };

/**
 * Finds a commune plan by its file name without extension (`thuy-son-2023` in
 * src/catalogs/plans or CATALOG_DIR/plans), or else by commune and year.
 */
async function findPlanFile(name: string, registry: CatalogRegistry, catalogDir: string): Promise<PlanLookup> {
  const dirs = [builtInCatalogDir, path.resolve(catalogDir)].map((dir) => path.join(dir, "plans"));
  const file =
    path.basename(name) === name
      ? dirs
          .flatMap((dir) => ["yaml", "yml", "json"].map((ext) => path.join(dir, `${name}.${ext}`)))
          .find((f) => fs.existsSync(f))
      : undefined;
  if (file) {
    const loaded = await loadCommunePlanFile(file);
    return loaded.ok
      ? { ok: true, plan: loaded.value }
      : { ok: false, message: `Tệp kế hoạch ${file} có lỗi, chưa lưu gì: ${loaded.errors.join("; ")}` };
  }
  const byCommune = registry.plans.find((plan) => `${slugify(plan.commune)}-${plan.year}` === name);
  if (byCommune) return { ok: true, plan: byCommune };
  const known = registry.plans.map((plan) => `${slugify(plan.commune)}-${plan.year}`);
  return { ok: false, message: `Không có kế hoạch "${name}".${known.length ? ` Có: ${known.join(", ")}.` : ""}` };
}

/** Why a plan file does not fit the commune being added, or null when it fits. */
function planMismatch(
  name: string,
  plan: CommunePlanFile,
  catalog: Catalog,
  year: number,
  communeName: string,
): string | null {
  if (plan.catalog !== catalog.id)
    return `Kế hoạch ${name} theo bộ chỉ tiêu ${plan.catalog}, không phải ${catalog.id}; chưa lưu gì.`;
  if (plan.year !== year) return `Kế hoạch ${name} là của năm ${plan.year}, không phải ${year}; chưa lưu gì.`;
  if (slugify(plan.commune) !== slugify(communeName))
    return `Kế hoạch ${name} là của xã ${plan.commune}, không phải xã ${communeName}; chưa lưu gì.`;
  return null;
}

function describeOverrides(plan: CommunePlanFile): string {
  const targets = Object.values(plan.targets);
  const notAssessed = targets.filter((target) => target === null).length;
  return `${targets.length} chỉ tiêu riêng của xã${notAssessed ? ` (${notAssessed} không đánh giá)` : ""}`;
}

function differences(stored: Commune, given: NewCommune, compareJoin: boolean): string[] {
  const labels = { name: "tên", district: "huyện", province: "tỉnh", joinPolicy: "cách gia nhập" } as const;
  const fields = compareJoin
    ? (["name", "district", "province", "joinPolicy"] as const)
    : (["name", "district", "province"] as const);
  return fields.filter((field) => stored[field] !== given[field]).map((field) => labels[field]);
}

function trimmed(values: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value?.trim()]));
}
