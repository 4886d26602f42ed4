import type { EvidenceInfo } from "../../core/conversation/commune-snapshot.js";
import type { ConverseInput } from "../../core/conversation/converse-input.js";
import type { Effect, StorageEffect } from "../../core/conversation/effects.js";
import type { FigureValue } from "../../core/evaluation/figure-value.js";

/**
 * One stored effect as `xaso replay --effects` prints it and transcripts record it: a
 * short JSON object whose first key names what was stored ("saved", "undone", "member",
 * "approved", "bound", "assigned") and whose other keys say what and by whom, so a reply
 * such as "Đã lưu" cannot pass a transcript without the save behind it.
 */
export type EffectLine = Record<string, unknown>;

/** The first key of each kind of effect line; a transcript line starting with one is expected output. */
export const EFFECT_LINE_KEYS = [
  "saved",
  "undone",
  "member",
  "approved",
  "removed",
  "bound",
  "assigned",
  "scheduled",
  "languageModel",
] as const;

/** The storage effects among a step's effects, each as its line, in the order they were applied. */
export function effectLines(effects: readonly Effect[], input: ConverseInput): EffectLine[] {
  return effects.filter((effect): effect is StorageEffect => effect.type !== "reply").map((e) => effectLine(e, input));
}

/** Whether a parsed transcript line is a recorded effect (messages always carry "chat"). */
export function isEffectLine(json: object): boolean {
  return !("chat" in json) && EFFECT_LINE_KEYS.some((key) => key in json);
}

function effectLine(effect: StorageEffect, input: ConverseInput): EffectLine {
  const by = input.sender.membership?.displayName ?? input.sender.name;
  switch (effect.type) {
    case "saveFigure":
      return {
        saved: effect.code,
        ...valueFields(effect.value),
        ...(effect.kind === "correction" ? { correction: true } : {}),
        ...(effect.evidence.length ? { evidence: effect.evidence.map(evidenceField) } : {}),
        by,
      };
    case "undoFigure":
      return {
        undone: effect.code,
        version: effect.undoneVersion,
        ...(effect.restore ? valueFields(effect.restore) : { cleared: true }),
        by,
      };
    case "requestJoin":
      return { member: input.message.sender.name, status: effect.approved ? "approved" : "pending" };
    case "approveMember":
      return { approved: memberName(effect.membershipId, input), role: effect.role, by };
    case "removeMember":
      return { removed: memberName(effect.membershipId, input), by };
    case "bindChat":
      return { bound: input.message.chatId, commune: communeName(effect.communeId, input), by };
    case "assign":
      return { assigned: effect.codes, to: memberName(effect.membershipId, input), by };
    case "schedule": {
      // Stored ids differ on every run: the line names what changed, not its row.
      const { kind, meetingId: _meeting, membershipId: _member, ...fields } = effect.action as Record<string, unknown>;
      return { scheduled: kind, ...fields, by };
    }
    case "setLanguageModel":
      return { languageModel: effect.enabled ? "on" : "off", by };
  }
}

/** The stored figure without its `kind`, under keys that say what each number is. */
function valueFields(value: FigureValue): EffectLine {
  switch (value.kind) {
    case "ratio":
      return { numerator: value.numerator, denominator: value.denominator };
    case "percent":
      return { percent: value.percent };
    case "boolean":
      return { yes: value.value };
    case "count":
      return { count: value.value };
    case "document":
      return { issued: value.issued, ...(value.reference ? { reference: value.reference } : {}) };
    case "choice":
      return { option: value.option };
    case "status":
      return { status: value.text };
  }
}

/** `{"document": "189/BC-UBND", "on": "2023-11-27"}`, `{"link": "https://…"}`. */
function evidenceField(evidence: EvidenceInfo): EffectLine {
  return {
    [evidence.kind]: evidence.reference ?? evidence.url ?? "",
    ...(evidence.issuedOn ? { on: evidence.issuedOn } : {}),
  };
}

function memberName(membershipId: string, input: ConverseInput): string {
  return input.snapshot?.members.find((member) => member.membershipId === membershipId)?.displayName ?? membershipId;
}

function communeName(communeId: string, input: ConverseInput): string {
  return input.sender.administers.find((plan) => plan.communeId === communeId)?.communeName ?? communeId;
}
