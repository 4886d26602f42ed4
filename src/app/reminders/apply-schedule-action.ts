import type { DbClient, Prisma } from "../../adapters/storage/prisma-types.js";
import { createDeadline } from "../../adapters/storage/stores/deadlines.js";
import {
  cancelMeeting,
  createMeeting,
  recordMeetingHeld,
  rescheduleMeeting,
} from "../../adapters/storage/stores/meetings.js";
import {
  loadReminderSettings,
  saveReminderSettings,
  setRemindersPaused,
} from "../../adapters/storage/stores/reminder-chats.js";
import { markNudgesDone, queueReminders } from "../../adapters/storage/stores/reminder-jobs.js";
import type { ScheduleAction } from "../../core/meetings/schedule-action.js";

/** Where a calendar change was confirmed: the commune, its plan, who and in which chat. */
export interface ScheduleScope {
  communeId: string;
  planId: string;
  personId?: string | undefined;
  platform: string;
  chatId: string;
  at: Date;
}

/**
 * Writes a confirmed calendar change inside the message's transaction. The reminders it
 * brings (an invitation, reminders before a meeting) are planned by the next clock tick
 * from what is stored here, so nothing else needs queuing.
 */
export async function applyScheduleAction(db: DbClient, action: ScheduleAction, scope: ScheduleScope): Promise<void> {
  const actor = { personId: scope.personId, at: scope.at };
  switch (action.kind) {
    case "add-meeting":
      await createMeeting(db, {
        communeId: scope.communeId,
        title: action.title,
        startsAt: new Date(action.startsAt),
        location: action.location,
        year: action.year,
        quarter: action.quarter,
        createdBy: scope.personId,
        platform: scope.platform,
        chatId: scope.chatId,
        at: scope.at,
      });
      return;
    case "move-meeting":
      await rescheduleMeeting(db, { meetingId: action.meetingId, startsAt: new Date(action.startsAt), ...actor });
      return;
    case "cancel-meeting":
      await cancelMeeting(db, { meetingId: action.meetingId, ...actor });
      return;
    case "record-meeting":
      await recordMeetingHeld(db, {
        communeId: scope.communeId,
        year: action.year,
        quarter: action.quarter,
        title: action.title,
        heldOn: new Date(action.heldOn),
        chairedByHead: action.chairedByHead,
        chairName: action.chairName,
        conclusionRef: action.conclusionRef,
        conclusionOn: action.conclusionOn ? new Date(action.conclusionOn) : null,
        photosUrl: action.photosUrl,
        ...actor,
      });
      return;
    case "add-deadline":
      await createDeadline(db, {
        communeId: scope.communeId,
        planId: scope.planId,
        title: action.title,
        dueAt: new Date(action.dueAt),
        indicatorCode: action.indicatorCode,
        createdBy: scope.personId,
        platform: scope.platform,
        chatId: scope.chatId,
        at: scope.at,
      });
      return;
    case "answer-nudge": {
      await markNudgesDone(db, scope.communeId, action.membershipId);
      if (!action.remindAt) return;
      const day = action.remindAt.slice(0, 10);
      await queueReminders(
        db,
        [
          {
            communeId: scope.communeId,
            platform: scope.platform,
            chatId: scope.chatId,
            dueAt: new Date(action.remindAt),
            status: "pending",
            payload: {
              key: `nudge:${action.membershipId}:${day}:snooze`,
              kind: "nudge",
              target: action.membershipId,
              occurrence: day,
              offset: "snooze",
              why: "Nhắc lại theo yêu cầu của thành viên",
            },
          },
        ],
        scope.at,
      );
      return;
    }
    case "set-lead-times": {
      const stored = await loadReminderSettings(db, scope.communeId);
      const kept = typeof stored === "object" && stored !== null && !Array.isArray(stored) ? stored : {};
      const { deadlineDaysBefore, meetingHoursBefore, quarterDaysBefore } = action;
      await saveReminderSettings(db, {
        communeId: scope.communeId,
        settings: { ...kept, deadlineDaysBefore, meetingHoursBefore, quarterDaysBefore } as Prisma.InputJsonObject,
        personId: scope.personId,
        platform: scope.platform,
        chatId: scope.chatId,
        at: scope.at,
      });
      return;
    }
    case "pause-reminders":
      await setRemindersPaused(db, {
        platform: scope.platform,
        chatId: scope.chatId,
        paused: action.paused,
        ...actor,
      });
      return;
  }
}
