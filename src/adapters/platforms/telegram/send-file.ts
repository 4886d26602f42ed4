import type { ChatAddress } from "./chat-address.js";
import { type Api, apiSignal, InputFile, type Message } from "./grammy-deps.js";

/** A report or chart to send: the bytes (or a local file path), its file name, a caption. */
export interface OutboundFile {
  content: Uint8Array | string;
  filename: string;
  caption?: string;
}

/** Telegram's limit on a caption, in characters. */
export const MAX_CAPTION_LENGTH = 1_024;

/** Sends a file (a report as .xlsx, .docx or .pdf) as a document, in the chat's topic when it has one. */
export function sendTelegramDocument(
  api: Api,
  address: ChatAddress,
  file: OutboundFile,
  signal?: AbortSignal,
): Promise<Message.DocumentMessage> {
  return api.sendDocument(
    address.chatId,
    new InputFile(file.content, file.filename),
    fileOptions(address, file),
    apiSignal(signal),
  );
}

/** Sends a picture (a progress chart as .png) as a photo, in the chat's topic when it has one. */
export function sendTelegramPhoto(
  api: Api,
  address: ChatAddress,
  file: OutboundFile,
  signal?: AbortSignal,
): Promise<Message.PhotoMessage> {
  return api.sendPhoto(
    address.chatId,
    new InputFile(file.content, file.filename),
    fileOptions(address, file),
    apiSignal(signal),
  );
}

function fileOptions(address: ChatAddress, file: OutboundFile): { caption?: string; message_thread_id?: number } {
  return {
    ...(file.caption ? { caption: clip(file.caption, MAX_CAPTION_LENGTH) } : {}),
    ...(address.threadId !== undefined ? { message_thread_id: address.threadId } : {}),
  };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
