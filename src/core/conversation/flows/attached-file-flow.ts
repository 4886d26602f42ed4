import type { ParsedMessage } from "../../parsing/parsed-message.js";
import { evidenceOfFile } from "../cited-evidence.js";
import type { ConverseInput, DialogOutcome } from "../converse-input.js";
import { say } from "../outcome.js";
import { canEnterFigures } from "../permissions.js";
import type { SessionState } from "../session-state.js";
import { fileWithoutFigure } from "../texts/attached-file.js";
import { attachFileToBatch } from "./batch-flow.js";
import { answerWithFile } from "./update-flow.js";

type WaitingForEvidence = Extract<SessionState, { step: "evidence" | "confirm" }>;

/**
 * A named file sent (attached or forwarded) by a member who can enter figures. While their
 * figure waits for evidence, at the evidence question or read back before "có", the file
 * is that evidence: its name (and caption) is read by the evidence reader and the figure
 * read back naming it; under a table of several figures it goes to the one that needs it
 * (or the member is asked which). In a private chat with nothing waiting the member is told how to
 * attach one. Null otherwise, so the message goes on as any other: a caption with a figure
 * ("3.2: 6.608/8.315" on a report's PDF) takes the file as its evidence there, and a file
 * in a group with no dialog waiting for it is left alone, like chatter.
 */
export function converseAboutFile(input: ConverseInput, intent: ParsedMessage): DialogOutcome | null {
  const { message, snapshot, session } = input;
  const file = message.attachment;
  const member = input.sender.membership;
  if (!file || message.edited || !snapshot || !member || !canEnterFigures(member)) return null;
  if (bringsFigures(intent)) return null;
  if (session?.step === "confirm-batch")
    return attachFileToBatch(
      { input, snapshot, member },
      session,
      file.fileName,
      evidenceOfFile(file.fileName, message.text),
    );
  if (session && waitsForEvidence(session))
    return answerWithFile(
      { input, snapshot, member },
      session,
      file.fileName,
      evidenceOfFile(file.fileName, message.text),
    );
  if (!session && !message.isGroup) return say(null, fileWithoutFigure(file.fileName));
  return null;
}

function waitsForEvidence(session: SessionState): session is WaitingForEvidence {
  return session.step === "evidence" || (session.step === "confirm" && session.draft.figure !== undefined);
}

function bringsFigures(intent: ParsedMessage): boolean {
  return intent.intent === "update" || intent.intent === "correction" || intent.intent === "batch";
}
