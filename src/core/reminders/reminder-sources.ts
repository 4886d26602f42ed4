/** A meeting as the planner and the reminder texts read it. */
export interface MeetingRecord {
  id: string;
  title: string;
  startsAt: Date;
  location: string | null;
  /** The year and quarter whose BCĐ meeting this is, when it counts for one. */
  year: number | null;
  quarter: number | null;
  status: "scheduled" | "cancelled" | "held";
  createdAt: Date;
  /** When its current time was set: the creation, or the last reschedule. */
  arrangedAt: Date;
  heldOn: Date | null;
  chairedByHead: boolean | null;
  chairName: string | null;
  conclusionRef: string | null;
  conclusionOn: Date | null;
  photosUrl: string | null;
}

/** A deadline the committee set (the catalog's own deadlines come from the catalog). */
export interface DeadlineRecord {
  id: string;
  title: string;
  dueAt: Date;
  /** The one indicator it is about; null for a report needing every figure. */
  indicatorCode: string | null;
  status: "open" | "cancelled";
  createdAt: Date;
}
