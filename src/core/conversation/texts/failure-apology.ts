/**
 * Said when a message addressed to the bot could not be handled: everything it would have
 * written was rolled back, so the member simply sends it again a little later.
 */
export const FAILURE_APOLOGY = "Xin lỗi, có lỗi khi xử lý tin nhắn này. Anh/chị thử lại sau ít phút.";
