import { z } from "zod";

/**
 * The shape of an indicator catalog data file (`src/catalogs/*.yaml`).
 *
 * Catalogs are the product's domain truth: codes, names, units, targets, formulas,
 * deadlines and points exactly as the source documents state them. Every file is
 * validated against this schema when loaded, so a typo in a province's own set is
 * reported with its row and field instead of surfacing as a wrong verdict later.
 */

const nonEmpty = z.string().trim().min(1);

/** A day of the year written the Vietnamese way, "31/3" or "30/06". */
export const dayOfYearSchema = z
  .string()
  .regex(/^(0?[1-9]|[12]\d|3[01])\/(0?[1-9]|1[0-2])$/, "ngày phải có dạng ngày/tháng, ví dụ 31/3");

/** How a figure is compared with its target. */
export const comparatorSchema = z.enum([">=", ">", "<=", "<", "="]);

/**
 * A target: comparator and value. For ratios the value is a percent (85 means 85%);
 * for yes/no and document indicators it is `true`; for counts it is the minimum count.
 */
export const targetSchema = z.object({
  op: comparatorSchema,
  value: z.union([z.number(), z.boolean()]),
});

/** A ratio such as "households with fibre / all households", evaluated as a percent. */
const ratioMeasureSchema = z.object({
  kind: z.literal("ratio"),
  /** What is counted on top, phrased as a noun the bot can turn into a question. */
  numerator: nonEmpty,
  /** What it is divided by. */
  denominator: nonEmpty,
  /** Unit of both counts: hộ, người, hồ sơ, doanh nghiệp, ... */
  unit: nonEmpty,
  /** Unit of the denominator when it differs from the numerator's. */
  denominatorUnit: nonEmpty.optional(),
  /**
   * What the indicator's name counts when the numerator counts the opposite, so that a higher
   * figure is better: Huế VI.2.5 is named "Tỉ lệ bức xúc" (lower is better) and counts the
   * reports nobody complained about. Worded to follow the unit ("phản ánh" + "bị người dân
   * bức xúc …"), so listings can read the target as the name means it: "Không có phản ánh nào
   * bị người dân bức xúc …".
   */
  complement: nonEmpty.optional(),
});

/** A yes/no fact ("Có" / "Chưa có"). */
const booleanMeasureSchema = z.object({
  kind: z.literal("boolean"),
  /** The fact, phrased so "Đã … chưa?" reads naturally. */
  question: nonEmpty,
});

/** A count with a minimum, e.g. meetings held, articles published. */
const countMeasureSchema = z.object({
  kind: z.literal("count"),
  question: nonEmpty,
  unit: nonEmpty,
});

/** A document the commune must issue (plan, decision, regulation). */
const documentMeasureSchema = z.object({
  kind: z.literal("document"),
  /** Which document, e.g. "Kế hoạch chuyển đổi số năm". */
  document: nonEmpty,
});

/** One option of a choice measure, with the share of max points it earns in scored sets. */
export const choiceOptionSchema = z.object({
  value: nonEmpty,
  label: nonEmpty,
  /** Share of the item's max points (0..1); absent in unscored sets. */
  share: z.number().min(0).max(1).optional(),
  /** True when choosing this option means the indicator is met. */
  meets: z.boolean().default(false),
});

/** A pick from fixed options, e.g. who heads the committee (head / deputy / nobody). */
const choiceMeasureSchema = z.object({
  kind: z.literal("choice"),
  question: nonEmpty,
  options: z.array(choiceOptionSchema).min(2),
});

/** A free status text, reported but not compared with a target. */
const statusMeasureSchema = z.object({
  kind: z.literal("status"),
  question: nonEmpty,
});

export const measureSchema = z.discriminatedUnion("kind", [
  ratioMeasureSchema,
  booleanMeasureSchema,
  countMeasureSchema,
  documentMeasureSchema,
  choiceMeasureSchema,
  statusMeasureSchema,
]);

/**
 * How points are earned in a scored set (e.g. Huế's 600-point index).
 * - `met`: full marks when the indicator is met, none otherwise.
 * - `choice`: the chosen option's `share` of max points (head = 1, deputy = 0,5).
 * - `proportional`: max × ratio (or × ratio / target when `ofTarget`), capped at max.
 * - `per-unit`: `points` per unit counted, capped at max (0,5 per meeting, max 2).
 * - `thresholds`: the share of the highest step reached (≥ 2 articles = 1, 1 = 0,5).
 */
export const scoringSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("met") }),
  z.object({ kind: z.literal("choice") }),
  z.object({ kind: z.literal("proportional"), ofTarget: z.boolean().default(false) }),
  z.object({ kind: z.literal("per-unit"), points: z.number().positive() }),
  z.object({
    kind: z.literal("thresholds"),
    steps: z.array(z.object({ atLeast: z.number().min(0), share: z.number().min(0).max(1) })).min(1),
  }),
]);

/** Points of one item in a scored set. */
export const pointsSchema = z.object({
  max: z.number().positive(),
  scoring: scoringSchema,
  /** How the source document says it is scored, restored to proper Vietnamese. */
  rule: nonEmpty,
});

/** One indicator (chỉ tiêu / tiêu chí / chỉ số) of a catalog. */
export const indicatorSchema = z.object({
  code: nonEmpty,
  /** Code of the group/pillar it belongs to. */
  group: nonEmpty,
  /** Full Vietnamese name, worded as in the source document. */
  name: nonEmpty,
  /**
   * Short name for read-backs, confirmations and lists ("Tài khoản ngân hàng (từ 15 tuổi)"):
   * faithful to the full name, at most 48 characters, unique within the catalog. The full name
   * stays for "3.2 thế nào?" and the reports.
   */
  short: z.string().trim().min(1).max(48, "tên ngắn tối đa 48 ký tự").optional(),
  /** Short names and phrases officials actually type ("cáp quang", "VNeID"). */
  aliases: z.array(nonEmpty).default([]),
  measure: measureSchema,
  /** Absent or null: not assessed this period (Không đánh giá). */
  target: targetSchema.nullable().default(null),
  /** Formula as the document states it, e.g. "(Số hộ có cáp quang / Tổng số hộ) × 100%". */
  formula: nonEmpty.optional(),
  /** Completion deadline within the year, "31/3". */
  deadline: dayOfYearSchema.optional(),
  points: pointsSchema.optional(),
  /** What the commune has to do (Huế: "Nội dung thực hiện"). */
  guidance: nonEmpty.optional(),
  /** Evidence to attach (tài liệu minh chứng; the province's documents may say "kiểm chứng"). */
  evidence: nonEmpty.optional(),
  notes: nonEmpty.optional(),
});

/** A group or pillar, e.g. "1 Chính quyền số" or "VI Chính quyền số". */
export const groupSchema = z.object({
  code: nonEmpty,
  name: nonEmpty,
});

/** A whole catalog file. */
export const catalogSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "mã bộ chỉ tiêu chỉ gồm chữ thường, số và dấu gạch ngang"),
    /** Bumped whenever a published catalog changes meaning; submissions keep their version. */
    version: z.number().int().positive().default(1),
    title: nonEmpty,
    /** Legal source: decision/plan number and date. */
    source: nonEmpty,
    year: z.number().int().min(2000).max(2100),
    groups: z.array(groupSchema).min(1),
    indicators: z.array(indicatorSchema).min(1),
  })
  .superRefine((catalog, ctx) => {
    const groupCodes = new Set(catalog.groups.map((g) => g.code));
    const seen = new Set<string>();
    const shortNames = new Map<string, string>();
    catalog.indicators.forEach((indicator, index) => {
      if (!groupCodes.has(indicator.group)) {
        ctx.addIssue({
          code: "custom",
          path: ["indicators", index, "group"],
          message: `nhóm "${indicator.group}" không có trong danh sách nhóm`,
        });
      }
      if (seen.has(indicator.code)) {
        ctx.addIssue({
          code: "custom",
          path: ["indicators", index, "code"],
          message: `mã "${indicator.code}" bị trùng`,
        });
      }
      seen.add(indicator.code);
      const short = indicator.short?.toLocaleLowerCase("vi");
      const sameShort = short === undefined ? undefined : shortNames.get(short);
      if (sameShort !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["indicators", index, "short"],
          message: `tên ngắn "${indicator.short}" trùng với chỉ tiêu ${sameShort}`,
        });
      }
      if (short !== undefined) shortNames.set(short, indicator.code);
    });
  });

/** A commune's own targets for one catalog and year, overriding the catalog's. */
export const communePlanFileSchema = z.object({
  catalog: nonEmpty,
  commune: nonEmpty,
  district: nonEmpty,
  province: nonEmpty,
  year: z.number().int().min(2000).max(2100),
  source: nonEmpty,
  targets: z.record(z.string(), targetSchema.nullable()),
});

export type Catalog = z.output<typeof catalogSchema>;
export type CatalogInput = z.input<typeof catalogSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
export type IndicatorGroup = z.output<typeof groupSchema>;
export type Measure = z.output<typeof measureSchema>;
export type Target = z.output<typeof targetSchema>;
export type Scoring = z.output<typeof scoringSchema>;
export type Points = z.output<typeof pointsSchema>;
export type CommunePlanFile = z.output<typeof communePlanFileSchema>;
