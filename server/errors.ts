/**
 * Domain errors: services throw `new DomainError(code)`; the code is also the i18n key under
 * `errors.` in server/i18n/messages, and `server/api/trpc.ts` maps it to an HTTP-level code here.
 */
export const errorCodes = {
  /** No valid session (signed out, signed out everywhere, or the account was disabled). */
  "auth.unauthenticated": "UNAUTHORIZED",
  /** Signed in, but the role may not call this. */
  "auth.forbidden": "FORBIDDEN",
  /** Too many sign-in or magic-link requests for this address or network. */
  "auth.rateLimited": "TOO_MANY_REQUESTS",
  /** The input failed validation; field errors are attached. */
  "common.invalidInput": "BAD_REQUEST",
  /** A record that does not exist, or that the caller may not see (the two answer alike). */
  "common.notFound": "NOT_FOUND",
  /** Anything unexpected: logged on the server, never shown in detail. */
  "common.internal": "INTERNAL_SERVER_ERROR",
  /** An admin tried to change their own role or disable themselves (they would lock themselves out). */
  "users.cannotChangeSelf": "BAD_REQUEST",
  /** createCase got a category key that is not in case_categories. */
  "cases.unknownCategory": "BAD_REQUEST",
  /** The order named on a case is not one of this customer's orders. */
  "cases.orderNotFound": "BAD_REQUEST",
  /** A reply or change on a closed case (the customer may reopen it first, within the reopen window). */
  "cases.closed": "CONFLICT",
  /** Closing a case that is already closed or resolved. */
  "cases.alreadyClosed": "CONFLICT",
  /** Reopening a case that is not closed or resolved. */
  "cases.notClosed": "CONFLICT",
  /** Reopening after the reopen window (REOPEN_DAYS after closing) has passed. */
  "cases.reopenExpired": "CONFLICT",
  /** An attachment over the size limit, of a type we do not accept, or whose bytes do not match its type. */
  "cases.attachmentRejected": "BAD_REQUEST",
  /** More attachments in one message than allowed. */
  "cases.tooManyAttachments": "BAD_REQUEST",
  /** Merging two customer records that both have a sign-in account (each account keeps its own record). */
  "cases.mergeAccounts": "CONFLICT",
  /** Assigning a case to someone who has no agent profile (customers, admins who take no cases). */
  "cases.notAnAgent": "BAD_REQUEST",
  /** Moving a case to a queue that does not exist. */
  "cases.unknownQueue": "BAD_REQUEST",
  /** Merging a customer record into itself. */
  "cases.mergeSame": "BAD_REQUEST",
  /** Merging cases of two different customers (merge the customer records first). */
  "workspace.mergeOtherCustomer": "BAD_REQUEST",
  /** Merging a case into itself, or with no other case named. */
  "workspace.mergeSelf": "BAD_REQUEST",
  /** Linking an order that is not the case's customer's, or a forum thread that does not exist. */
  "workspace.linkNotFound": "BAD_REQUEST",
  /** Splitting from an event that is not a message of this case. */
  "workspace.splitNotMessage": "BAD_REQUEST",
  /** A survey link whose token is malformed or whose signature does not match: like a missing page. */
  "surveys.invalidToken": "NOT_FOUND",
  /** A survey link past its expiry (the answer can no longer be given or changed). */
  "surveys.expired": "FORBIDDEN",
  /** The survey was withdrawn (the case reopened before it was sent) or never sent. */
  "surveys.withdrawn": "CONFLICT",
  /** An answer that is not one of the question's choices, or a rating out of range. */
  "surveys.invalidAnswer": "BAD_REQUEST",
  /** Too many answers or opt-outs posted for one survey within the hour. */
  "surveys.rateLimited": "TOO_MANY_REQUESTS",
  /** A template for a category that does not exist. */
  "surveys.unknownCategory": "BAD_REQUEST",
  /** Another template already covers this category and language. */
  "surveys.templateExists": "CONFLICT",
  /** The default template must keep no category and no language. */
  "surveys.defaultTemplateScope": "BAD_REQUEST",
  /** Deleting the default template (every case without a more specific one would lose its survey). */
  "surveys.defaultTemplateDelete": "BAD_REQUEST",
  /** A routing rule that asks for a skill no agent can have (the skill key does not exist). */
  "settings.unknownSkill": "BAD_REQUEST",
  /** A queue or skill key another queue or skill already uses. */
  "settings.keyTaken": "CONFLICT",
  /** Unsetting the default queue without making another one the default (intake needs one). */
  "settings.defaultQueueRequired": "BAD_REQUEST",
  /** A queue whose fallback is itself. */
  "settings.fallbackSelf": "BAD_REQUEST",
  /** A queue member or lead who has no agent profile. */
  "settings.notAnAgent": "BAD_REQUEST",
  /** Deleting or renaming the key of a skill that routing rules or case categories still ask for. */
  "settings.skillInUse": "CONFLICT",
  /** An SLA policy on a business calendar that does not exist. */
  "settings.unknownCalendar": "BAD_REQUEST",
  /** A calendar time zone that is not an IANA zone, or opening hours that end before they start. */
  "settings.invalidCalendar": "BAD_REQUEST",
  /** Deleting a business calendar that SLA policies still use. */
  "settings.calendarInUse": "CONFLICT",
  /** A scoring matrix cell whose primary and secondary channel are the same. */
  "scoring.sameChannels": "BAD_REQUEST",
  /** Another translation of the same language already uses this URL slug. */
  "kb.slugTaken": "CONFLICT",
  /** Someone saved the translation since the editor opened it: reload and merge. */
  "kb.versionConflict": "CONFLICT",
  /** The category chosen for an article does not exist. */
  "kb.categoryNotFound": "BAD_REQUEST",
  /** Too many "was this helpful?" votes from one visitor (signed-in user or IP) within the hour. */
  "kb.feedbackRateLimited": "TOO_MANY_REQUESTS",
  /** A cancellation asked once the parcel has left the warehouse (shipped or delivered). */
  "orders.cannotCancelShipped": "CONFLICT",
  /** A cancellation on an order already cancelled, returned or refunded. */
  "orders.cannotCancel": "CONFLICT",
  /** A return on an order that is not delivered. */
  "orders.cannotReturn": "CONFLICT",
  /** A return asked more than RETURN_WINDOW_DAYS after delivery. */
  "orders.returnWindowClosed": "CONFLICT",
  /** A refund on an order that is neither delivered nor returned. */
  "orders.cannotRefund": "CONFLICT",
  /** A request of this kind already exists on the order (its case is open). */
  "orders.requestExists": "CONFLICT",
  /** The reason is not one offered for this kind of request. */
  "orders.reasonInvalid": "BAD_REQUEST",
  /** Reason "other" without a few words of explanation. */
  "orders.detailsRequired": "BAD_REQUEST",
  /** A tracking event for an order that has no parcel yet. */
  "orders.noShipment": "CONFLICT",
  /** An email change to the address the account already has. */
  "account.emailUnchanged": "BAD_REQUEST",
  /** Confirming an email change to an address another account took meanwhile. */
  "account.emailTaken": "CONFLICT",
  /** An email-change link that is unknown, used, expired or another account's. */
  "account.emailLinkInvalid": "BAD_REQUEST",
  /** Too many email-change requests in a short time. */
  "account.rateLimited": "TOO_MANY_REQUESTS",
  /** A second deletion request while the first one's case is being handled. */
  "account.deletionAlreadyRequested": "CONFLICT",
  /** A forum category id that does not exist (asking, moving a thread). */
  "forum.categoryNotFound": "BAD_REQUEST",
  /** A post whose Markdown renders to nothing visible (only whitespace, or only stripped HTML). */
  "forum.bodyEmpty": "BAD_REQUEST",
  /** Replying to, editing in, or accepting in a thread a moderator locked (staff are not held). */
  "forum.locked": "CONFLICT",
  /** Too many threads, posts, votes or flags from one member within the hour (FORUM_*_PER_HOUR). */
  "forum.rateLimited": "TOO_MANY_REQUESTS",
  /** A link or image from an account younger than two days with under 10 reputation points (anti-spam). */
  "forum.linksNotAllowed": "BAD_REQUEST",
  /** A member asked to mark a reply official: only staff answer officially. */
  "forum.officialStaffOnly": "FORBIDDEN",
  /** Withdrawing the question of a thread (a moderator hides threads). */
  "forum.cannotDeleteQuestion": "BAD_REQUEST",
  /** Upvoting one's own post. */
  "forum.cannotVoteOwn": "BAD_REQUEST",
  /** A second upvote of the same post by the same member. */
  "forum.alreadyVoted": "CONFLICT",
  /** Accepting the question itself as its answer. */
  "forum.cannotAcceptQuestion": "BAD_REQUEST",
  /** Accepting the reply that is already the accepted one. */
  "forum.alreadyAccepted": "CONFLICT",
  /** Flagging one's own post. */
  "forum.cannotFlagOwn": "BAD_REQUEST",
  /** A second flag of the same post by the same member. */
  "forum.alreadyFlagged": "CONFLICT",
  /** Merging a thread into itself. */
  "forum.mergeSame": "BAD_REQUEST",
  /** Escalating a thread whose author has no customer record (staff, or a deleted account). */
  "forum.noCustomer": "BAD_REQUEST",
  /** Promoting a thread with neither an accepted nor an official answer. */
  "forum.notSolved": "CONFLICT",
  /** Promoting a thread that already has its article draft. */
  "forum.alreadyPromoted": "CONFLICT",
  /** An unsubscribe link that was altered or is not ours. */
  "forum.unsubscribeInvalid": "BAD_REQUEST",
  /** A queue page cursor that was altered or comes from another sort. */
  "queues.badCursor": "BAD_REQUEST",
  /** Saving or renaming a view to a name the agent already uses. */
  "queues.viewNameTaken": "CONFLICT",
  /** A bulk action on more cases than one batch allows (zod message of bulkUpdateInput). */
  "queues.tooManyCases": "BAD_REQUEST",
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = "DomainError";
  }
}
