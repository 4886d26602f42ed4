import {
  type Catalog,
  type CatalogInput,
  catalogSchema,
  type Indicator,
} from "../../../src/core/catalog/catalog-schema.js";

type IndicatorInput = CatalogInput["indicators"][number];

/** A small catalog parsed through the real schema, so defaults (target null, meets false) apply. */
export function catalogOf(
  indicators: IndicatorInput[],
  groups: CatalogInput["groups"] = [{ code: "1", name: "Chính quyền số" }],
): Catalog {
  return catalogSchema.parse({
    id: "thu-nghiem",
    title: "Bộ chỉ tiêu thử nghiệm",
    source: "Kế hoạch thử nghiệm",
    year: 2025,
    groups,
    indicators,
  });
}

/** One indicator parsed through the catalog schema. */
export function indicatorOf(input: Omit<IndicatorInput, "group"> & { group?: string }): Indicator {
  const [indicator] = catalogOf([{ group: "1", ...input }]).indicators;
  if (!indicator) throw new Error("catalog without indicators");
  return indicator;
}

/** "Hộ gia đình có cáp quang / tổng số hộ", unit hộ, target as given. */
export function fibre(target: IndicatorInput["target"] = { op: ">=", value: 85 }): Indicator {
  return indicatorOf({
    code: "4.1",
    name: "Tỷ lệ hộ gia đình có kết nối cáp quang",
    measure: { kind: "ratio", numerator: "số hộ có cáp quang", denominator: "tổng số hộ", unit: "hộ" },
    target,
  });
}

/** "Số cuộc họp BCĐ", unit cuộc họp, target as given. */
export function meetings(target: IndicatorInput["target"] = { op: ">=", value: 4 }): Indicator {
  return indicatorOf({
    code: "1.2",
    name: "Số cuộc họp Ban chỉ đạo chuyển đổi số",
    measure: { kind: "count", question: "số cuộc họp đã tổ chức", unit: "cuộc họp" },
    target,
  });
}
