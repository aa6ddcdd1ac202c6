import { z } from "zod";
import { locales } from "@/server/i18n/config";

/** A post's Markdown source: a reply of a few words is fine, a novel is not. */
export const POST_MAX_CHARS = 20_000;
export const TITLE_MIN_CHARS = 8;
export const TITLE_MAX_CHARS = 150;

const id = z.uuid("errors.validation.invalid");
const locale = z.enum(locales, "errors.validation.invalid");

// One-line plain text: CR/LF would end up in email subjects.
export const threadTitle = z
  .string()
  .trim()
  .min(1, "errors.validation.required")
  .min(TITLE_MIN_CHARS, "errors.forum.titleTooShort")
  .max(TITLE_MAX_CHARS, "errors.validation.tooLong")
  .refine((s) => !/[\r\n]/.test(s), "errors.validation.invalid");

export const postBody = z.string().trim().min(1, "errors.forum.bodyRequired").max(POST_MAX_CHARS, "errors.forum.bodyTooLong");

export const threadTabs = ["latest", "unanswered", "solved"] as const;
export type ThreadTab = (typeof threadTabs)[number];

export const listThreadsInput = z.strictObject({
  locale,
  tab: z.enum(threadTabs).default("latest"),
  categorySlug: z.string().trim().max(60, "errors.validation.tooLong").regex(/^[a-z0-9-]+$/, "errors.validation.invalid").nullish(),
  page: z.number().int().min(1, "errors.validation.tooSmall").max(500, "errors.validation.tooLarge").default(1),
});
export type ListThreadsInput = z.infer<typeof listThreadsInput>;

export const localeInput = z.strictObject({ locale });
export const threadIdInput = z.strictObject({ threadId: id });
export const threadPageInput = z.strictObject({ threadId: id, page: z.number().int().min(1, "errors.validation.tooSmall").max(1000, "errors.validation.tooLarge").default(1) });
export const postIdInput = z.strictObject({ postId: id });
export const memberInput = z.strictObject({ userId: id, locale });

export const createThreadInput = z.strictObject({
  categoryId: id,
  locale,
  title: threadTitle,
  bodyMd: postBody,
});
export type CreateThreadInput = z.infer<typeof createThreadInput>;

export const replyInput = z.strictObject({
  threadId: id,
  bodyMd: postBody,
  /** Staff only: the answer support stands behind. */
  isOfficial: z.boolean().default(false),
});
export type ReplyInput = z.infer<typeof replyInput>;

export const editPostInput = z.strictObject({ postId: id, bodyMd: postBody });
export type EditPostInput = z.infer<typeof editPostInput>;

export const followInput = z.strictObject({ threadId: id, isFollowing: z.boolean() });

export const flagReasons = ["spam", "abuse", "off_topic", "other"] as const;
export const flagInput = z.strictObject({
  postId: id,
  reason: z.enum(flagReasons, "errors.validation.required"),
  note: z.string().trim().max(500, "errors.validation.tooLong").default(""),
});
export type FlagInput = z.infer<typeof flagInput>;

export const searchThreadsInput = z.strictObject({
  query: z.string().trim().min(1, "errors.validation.required").max(200, "errors.validation.tooLong"),
  locale,
  limit: z.number().int().min(1, "errors.validation.tooSmall").max(50, "errors.validation.tooLarge").default(10),
});
export type SearchThreadsInput = z.infer<typeof searchThreadsInput>;

export const unsubscribeInput = z.strictObject({ token: z.string().trim().min(10, "errors.forum.unsubscribeInvalid").max(300, "errors.forum.unsubscribeInvalid") });

// Moderation (staff).
export const setHiddenInput = z.strictObject({ postId: id, isHidden: z.boolean() });
export const lockInput = z.strictObject({ threadId: id, isLocked: z.boolean() });
export const moveInput = z.strictObject({ threadId: id, categoryId: id });
export const mergeInput = z.strictObject({ sourceThreadId: id, targetThreadId: id });
export const renameInput = z.strictObject({ threadId: id, title: threadTitle });
export const resolveFlagInput = z.strictObject({ flagId: id, decision: z.enum(["uphold", "dismiss"]) });
export const unansweredInput = z.strictObject({
  olderThanHours: z.number().int().min(0, "errors.validation.tooSmall").max(24 * 90, "errors.validation.tooLarge").default(24),
  limit: z.number().int().min(1, "errors.validation.tooSmall").max(100, "errors.validation.tooLarge").default(50),
});
export const escalateInput = z.strictObject({
  threadId: id,
  category: z.string().trim().min(1, "errors.validation.required").max(40, "errors.validation.tooLong").default("technical"),
});
export const promoteInput = z.strictObject({ threadId: id, kbCategoryId: id });
export const flagQueueInput = z.strictObject({ limit: z.number().int().min(1, "errors.validation.tooSmall").max(100, "errors.validation.tooLarge").default(50) });
