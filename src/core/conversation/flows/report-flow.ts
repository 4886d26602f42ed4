import type { RequestedPeriod } from "../../parsing/report-request.js";
import { changesSince } from "../../reports/changes-since.js";
import { buildCommuneReport } from "../../reports/commune-report.js";
import { buildDraftReport } from "../../reports/draft-report.js";
import { reportCaption } from "../../reports/report-caption.js";
import { reportFile } from "../../reports/report-file.js";
import { halfPeriod, quarterPeriod, type ReportPeriod, yearPeriod } from "../../reports/report-period.js";
import type { CommuneSnapshot } from "../commune-snapshot.js";
import type { ConverseInput, DialogOutcome } from "../converse-input.js";
import type { Effect } from "../effects.js";
import { requireFullHistory } from "../history-required.js";
import { say } from "../outcome.js";
import type { SessionState } from "../session-state.js";
import { FILE_CAPTIONS, noPlanForYear } from "../texts/report.js";

/** The period asked for, in the plan's year when no year was named. */
function periodOf(requested: RequestedPeriod | null, year: number): ReportPeriod {
  if (requested === null || requested.kind === "year") return yearPeriod(year);
  if (requested.kind === "quarter") return quarterPeriod(year, requested.part ?? 1);
  return halfPeriod(year, requested.part ?? 1);
}

/**
 * `/baocao` and its wordings, by any approved member (viewers included): the progress
 * chart with a one-paragraph summary as its caption (met x/y, points for a scored catalog,
 * what changed since the last report), then the appendix as Word and Excel and the draft
 * report as Word. A period with no figures yet still gets every file, its rows reading
 * "Chưa có số liệu". A year other than the chat's plan year is refused with one line,
 * and nothing is sent. The dialog in progress, if any, is left as it was. Cutting at a
 * period's end and saying what changed need every figure version, so the step asks for
 * the full history first.
 */
export function sendReport(
  input: ConverseInput,
  snapshot: CommuneSnapshot,
  requested: RequestedPeriod | null,
  session: SessionState | null,
): DialogOutcome {
  const { now, timeZone } = input;
  requireFullHistory(snapshot);
  if (requested?.year != null && requested.year !== snapshot.year)
    return say(session, noPlanForYear(snapshot.communeName, requested.year, snapshot.year));
  const period = periodOf(requested, snapshot.year);
  const report = buildCommuneReport({ snapshot, period, now, timeZone });
  const since = snapshot.lastReportAt ?? null;
  const changes = since ? changesSince(snapshot, since, report.asOf) : [];
  const draft = buildDraftReport(report, snapshot, now, timeZone);
  const effects: Effect[] = [
    {
      type: "sendFile",
      file: reportFile("chart-png", report),
      caption: reportCaption(report, changes, since, timeZone),
    },
    { type: "sendFile", file: reportFile("appendix-docx", report), caption: FILE_CAPTIONS.appendixDocx },
    { type: "sendFile", file: reportFile("appendix-xlsx", report), caption: FILE_CAPTIONS.appendixXlsx },
    {
      type: "sendFile",
      file: reportFile("draft-docx", report, draft),
      caption: FILE_CAPTIONS.draftDocx,
      ...(snapshot.languageModel === "off"
        ? {}
        : {
            modelWording: {
              communeId: snapshot.communeId,
              people: snapshot.members.map((member) => ({ name: member.displayName, role: member.role })),
            },
          }),
    },
  ];
  return { session, effects };
}
