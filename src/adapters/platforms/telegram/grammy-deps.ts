// Every grammY import of the Telegram adapter passes through this file, so the framework
// and its plugins are pinned and replaced in one place; the rest of the adapter (and
// nothing outside it) depends on these names only.

export { autoRetry } from "@grammyjs/auto-retry";
export { type RunnerHandle, run, sequentialize } from "@grammyjs/runner";
export type { ApiClientOptions, Context, Transformer } from "grammy";
export { Api, Bot, BotError, Composer, GrammyError, HttpError, InputFile } from "grammy";
export type {
  BotCommand,
  CallbackQuery,
  ChatMemberUpdated,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  Message,
  MessageEntity,
  Update,
  User,
  UserFromGetMe,
} from "grammy/types";

import type { Api as ApiType } from "grammy";

/** The AbortSignal type grammY declares (its Node shim's); the platform's own AbortSignal works at run time. */
export type ApiSignal = NonNullable<Parameters<ApiType["getMe"]>[0]>;

/** A standard AbortSignal, typed as grammY expects it. */
export function apiSignal(signal: AbortSignal): ApiSignal;
export function apiSignal(signal: AbortSignal | undefined): ApiSignal | undefined;
export function apiSignal(signal: AbortSignal | undefined): ApiSignal | undefined {
  return signal as unknown as ApiSignal | undefined;
}
