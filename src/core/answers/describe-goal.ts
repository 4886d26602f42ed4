import type { Measure, Target } from "../catalog/catalog-schema.js";
import { describeTarget } from "../catalog/describe-target.js";

/**
 * What a figure is compared with, as officials read it: `describeTarget` ("≥ 85%", "Có",
 * "≥ 4 cuộc họp"), except that a choice measure names the option that meets it ("Người đứng
 * đầu …") rather than a bare "Có".
 */
export function describeGoal(measure: Measure, target: Target | null): string {
  if (measure.kind === "choice" && target !== null && target.value === true) {
    const meeting = measure.options.filter((option) => option.meets).map((option) => option.label);
    if (meeting.length > 0) return meeting.join(" hoặc ");
  }
  return describeTarget(measure, target);
}
