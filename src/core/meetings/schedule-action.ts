import { z } from "zod";

/**
 * A change to the committee's calendar, read back to the member and carried out once
 * they confirm: a meeting scheduled, moved, cancelled or recorded as held, a deadline
 * added, reminders paused or resumed in the chat, the
 * commune's lead times changed. Times are ISO instants.
 */
export const scheduleActionSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("add-meeting"),
    title: z.string(),
    startsAt: z.string(),
    location: z.string().nullable(),
    year: z.number().int(),
    quarter: z.number().int().min(1).max(4),
  }),
  z.object({ kind: z.literal("move-meeting"), meetingId: z.string(), title: z.string(), startsAt: z.string() }),
  z.object({ kind: z.literal("cancel-meeting"), meetingId: z.string(), title: z.string() }),
  z.object({
    kind: z.literal("record-meeting"),
    year: z.number().int(),
    quarter: z.number().int().min(1).max(4),
    title: z.string(),
    heldOn: z.string(),
    chairedByHead: z.boolean(),
    chairName: z.string().nullable(),
    conclusionRef: z.string().nullable(),
    conclusionOn: z.string().nullable(),
    photosUrl: z.string().nullable(),
    /** The catalog indicator the meeting scores (Huế I.2.2–I.2.5), saved with it. */
    indicatorCode: z.string().nullable(),
  }),
  z.object({
    kind: z.literal("add-deadline"),
    title: z.string(),
    dueAt: z.string(),
    indicatorCode: z.string().nullable(),
  }),
  z.object({ kind: z.literal("pause-reminders"), paused: z.boolean() }),
  /** The commune's new lead times (/nhacnho trước 3 ngày), with the ones they replace for the read-back. */
  z.object({
    kind: z.literal("set-lead-times"),
    deadlineDaysBefore: z.array(z.number().int().min(1).max(60)).min(1).max(3),
    meetingHoursBefore: z.number().min(0.5).max(12),
    quarterDaysBefore: z.number().int().min(1).max(60),
  }),
  /** A member's answer to a nudge: done (stop this week's nudges), or remind again at `remindAt`. */
  z.object({ kind: z.literal("answer-nudge"), membershipId: z.string(), remindAt: z.string().nullable() }),
]);

export type ScheduleAction = z.output<typeof scheduleActionSchema>;
