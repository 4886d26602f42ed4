import { answerProvinceQuestion, foldedCommuneNames, type ProvinceView } from "../answers/answer-province.js";
import { type InboundMessage, isAddressedToBot } from "../messages/inbound-message.js";
import { readProvinceQuestion } from "../parsing/province-question.js";
import { foldVietnamese } from "../text/fold-vietnamese.js";

/** What answering a message in a province chat reads: the province's communes through its roll-up. */
export interface ProvinceChatInput {
  message: Pick<InboundMessage, "isGroup" | "text" | "mentionsBot" | "repliesToBot">;
  province: string;
  views: readonly ProvinceView[];
  now: Date;
  timeZone: string;
}

const QUESTION_CUE = /\?|\b(?:the nao|ra sao|nhu the nao|tien do|ket qua|bao nhieu)\b/;

/**
 * One message in a chat bound to a province (the Sở's or UBND tỉnh's oversight group):
 * answered from the province roll-up, read-only. A question about the communes is
 * answered; a commune's name or a code said in passing in a group is left alone unless
 * the message is addressed to the bot or asks something; anything else addressed to the
 * bot gets the list of questions. Returns the reply, or null to stay silent.
 */
export function converseInProvinceChat(input: ProvinceChatInput): string | null {
  const { message, province, views, now, timeZone } = input;
  const addressed = isAddressedToBot(message);
  const question = readProvinceQuestion(message.text, foldedCommuneNames(views));
  if (!question)
    return addressed
      ? `Xin lỗi, tôi chưa hiểu câu hỏi.\n${answerProvinceQuestion({ kind: "help" }, province, views, now, timeZone)}`
      : null;
  const passing = question.kind === "commune" || (question.kind === "indicator" && question.focus === "all");
  if (passing && !addressed && !QUESTION_CUE.test(foldVietnamese(message.text).toLowerCase())) return null;
  return answerProvinceQuestion(question, province, views, now, timeZone);
}
