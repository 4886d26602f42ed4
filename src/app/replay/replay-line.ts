import { z } from "zod";

/** One line of a replay file: a message from someone in a chat, or a clock change. */
export const replayLineSchema = z.union([
  z
    .object({
      chat: z.string().min(1),
      group: z.boolean().default(true),
      user: z.string().min(1),
      name: z.string().min(1).optional(),
      /** The message, or the caption when `file` is given (then it may be left out). */
      text: z.string().optional(),
      /** A file sent with the message, by its name ("189-BC-UBND.pdf"): forwarded or attached. */
      file: z.string().trim().min(1).optional(),
      /** A message id, to replay a redelivery; generated when absent. */
      id: z.string().min(1).optional(),
      mention: z.boolean().default(false),
      reply: z.boolean().default(false),
      /** false: the sender is not enrolled (to show what a stranger gets). */
      member: z.boolean().default(true),
      /** The sender's role when enrolled: chair, deputy, secretary, member (default) or viewer. */
      role: z.enum(["chair", "deputy", "secretary", "member", "viewer"]).default("member"),
    })
    .refine((line) => line.text !== undefined || line.file !== undefined, {
      message: "cần text hoặc file",
      path: ["text"],
    })
    .transform((line) => ({ ...line, text: line.text ?? "" })),
  z.object({ clock: z.iso.datetime({ offset: true }) }),
]);

export type ReplayLine = z.output<typeof replayLineSchema>;
