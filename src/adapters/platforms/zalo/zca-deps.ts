// The one file that imports zca-js. The package declares its types as `export * from "./dist"`,
// a directory import that TypeScript's NodeNext resolution refuses, so "zca-js" type-checks
// as a module without exports. Its own declaration files under dist/ are complete: this file
// takes the runtime module from the package entry and gives it those types. The version is
// pinned in package.json.
import * as runtime from "zca-js";
import type * as Zca from "../../../../node_modules/zca-js/dist/index.js";

const zca = runtime as unknown as typeof Zca;

/** zca-js's own types and classes, used by the port, its implementation and the tests. */
export type {
  API,
  Credentials,
  GroupEvent,
  LoginQRCallbackEvent,
  Message,
  TGroupMessage,
  TMention,
  TMessage,
  TQuote,
} from "../../../../node_modules/zca-js/dist/index.js";
export type ThreadType = Zca.ThreadType;
export type GroupMessage = Zca.GroupMessage;
export type UserMessage = Zca.UserMessage;

export const { Zalo, ZaloApiError, ThreadType, GroupEventType, LoginQRCallbackEventType, UserMessage, GroupMessage } =
  zca;

/** The logged-in account class itself, for the contract test that builds one against a local server. */
export const ZcaApi = zca.API;
