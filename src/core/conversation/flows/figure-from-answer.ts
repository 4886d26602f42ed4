import type { Indicator } from "../../catalog/catalog-schema.js";
import type { FigureValue } from "../../evaluation/figure-value.js";
import { foldVietnamese } from "../../text/fold-vietnamese.js";
import { readStepAnswer, type StepAnswer, stepExpectations } from "../read-step-answer.js";

/** A figure read from an answer, a partial ratio (numerator only), or nothing usable. */
export type AnswerReading =
  | { kind: "figure"; figure: FigureValue }
  | { kind: "numerator"; value: number }
  | { kind: "unusable" };

/**
 * Reads the answer to an indicator's first question according to its measure: a ratio
 * takes a numerator, a whole fraction or a percent; yes/no and document indicators take
 * yes/no (a document number counts as "issued"); counts take a number; choices take the
 * option's number or words; status takes any text.
 */
export function figureFromAnswer(indicator: Indicator, answer: StepAnswer, rawText: string): AnswerReading {
  const reading = readForMeasure(indicator, answer, rawText);
  // "có, số 44/KH-UBND": a yes/no question answered with the document itself.
  if (reading.kind === "unusable" && indicator.measure.kind === "document") {
    const document = readStepAnswer(rawText, stepExpectations.evidence);
    if (document.kind === "evidence" && document.evidence.reference)
      return figure({ kind: "document", issued: true, reference: document.evidence.reference });
  }
  return reading;
}

function readForMeasure(indicator: Indicator, answer: StepAnswer, rawText: string): AnswerReading {
  const measure = indicator.measure;
  switch (measure.kind) {
    case "ratio":
      if (answer.kind === "fraction")
        return figure({ kind: "ratio", numerator: answer.numerator, denominator: answer.denominator });
      if (answer.kind === "percent") return figure({ kind: "percent", percent: answer.value });
      if (answer.kind === "number") return { kind: "numerator", value: answer.value };
      return { kind: "unusable" };
    case "boolean":
      if (answer.kind === "yes" || answer.kind === "no")
        return figure({ kind: "boolean", value: answer.kind === "yes" });
      return { kind: "unusable" };
    case "document":
      if (answer.kind === "evidence" && answer.evidence.reference)
        return figure({ kind: "document", issued: true, reference: answer.evidence.reference });
      if (answer.kind === "yes" || answer.kind === "no")
        return figure({ kind: "document", issued: answer.kind === "yes" });
      return { kind: "unusable" };
    case "count":
      return answer.kind === "number" ? figure({ kind: "count", value: answer.value }) : { kind: "unusable" };
    case "choice": {
      const byIndex = answer.kind === "choice" ? measure.options[answer.index] : undefined;
      const option = byIndex ?? measure.options.find((o) => foldVietnamese(o.value) === foldVietnamese(rawText));
      return option ? figure({ kind: "choice", option: option.value }) : { kind: "unusable" };
    }
    case "status":
      return rawText.trim() ? figure({ kind: "status", text: rawText.trim() }) : { kind: "unusable" };
  }
}

function figure(value: FigureValue): AnswerReading {
  return { kind: "figure", figure: value };
}
