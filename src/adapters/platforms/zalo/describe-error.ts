/**
 * A short, safe description of anything thrown or emitted as an error. Websocket error
 * events carry the socket and its request headers (cookies included), so they are never
 * logged whole: only a message and a code.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) return withCode(error.message, (error as { code?: unknown }).code);
  if (typeof error === "object" && error !== null && "message" in error && typeof error.message === "string")
    return error.message;
  if (typeof error === "string") return error;
  return "lỗi không rõ";
}

function withCode(message: string, code: unknown): string {
  return typeof code === "string" || typeof code === "number" ? `${message} (code ${code})` : message;
}
