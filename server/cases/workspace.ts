import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { enqueueEmail } from "@/server/email";
import { DomainError } from "@/server/errors";
import type { JobQueue } from "@/server/jobs/queue";
import { searchArticles } from "@/server/kb";
import { listQueues } from "@/server/routing";
import { checkUpload, getStorage, MAX_ATTACHMENTS_PER_MESSAGE, newStorageKey } from "@/server/storage";
import { env } from "@/server/env";
import { addStaffMessage, createCase, type UploadedFile } from "./index";
import { caseLinks } from "./links";
import * as queries from "./queries";
import * as workspaceQueries from "./workspace-queries";
import type { LinkInput, SendInput } from "./workspace-schemas";

/** A viewer whose last heartbeat is older than this has left (closed the tab without saying so). */
export const VIEWER_TTL_MS = 45_000;

async function caseOrThrow(db: Database, number: string) {
  const row = await queries.findCaseByNumber(db, number);
  if (!row) throw new DomainError("common.notFound");
  return row;
}

/** The timeline as the workspace polls it: every event (internal included), the files, and the newest event id. */
export async function getTimeline(db: Database, _actor: Actor, input: { number: string }) {
  const row = await caseOrThrow(db, input.number);
  const [events, attachments] = await Promise.all([
    queries.listEvents(db, { caseId: row.id, publicOnly: false }),
    queries.listAttachments(db, { caseId: row.id, publicOnly: false }),
  ]);
  return { status: row.status, events, attachments, lastEventId: events.at(-1)?.id ?? null };
}

/**
 * The composer's send. Two agents writing at once never lose a message: each send is stored. When
 * events from someone else arrived after `seenEventId` and the agent has not confirmed, nothing is
 * stored and the new events come back to be read first. A reply goes out on the case's channel (email
 * through the outbox, and the portal timeline); a note stays internal and emails each @mentioned colleague.
 */
export async function sendFromWorkspace(db: Database, queue: JobQueue, actor: Actor, input: SendInput, files: UploadedFile[] = []) {
  if (files.length > MAX_ATTACHMENTS_PER_MESSAGE) throw new DomainError("cases.tooManyAttachments");
  const checked = files.map((f) => checkUpload(f));
  const row = await caseOrThrow(db, input.number);
  if (row.status === "closed") throw new DomainError("cases.closed");
  if (input.seenEventId && !input.isConfirmed) {
    const newEvents = await workspaceQueries.listEventsAfter(db, { caseId: row.id, seenEventId: input.seenEventId, excludeUserId: actor.userId });
    if (newEvents.length) return { status: "stale" as const, newEvents };
  }
  const isNote = input.kind === "note";
  const colleagues = isNote && input.mentions.length ? await workspaceQueries.listColleagues(db) : [];
  const mentioned = colleagues.filter((c) => input.mentions.includes(c.userId) && c.userId !== actor.userId);
  const sent = await addStaffMessage(db, queue, {
    caseId: row.id,
    author: "agent",
    authorUserId: actor.userId,
    body: input.body,
    isInternal: isNote,
    waitOnCustomer: !isNote && input.waitOnCustomer,
    data: mentioned.length ? { mentions: mentioned.map((m) => m.userId) } : undefined,
  });
  const eventId = sent?.messageEventId;
  if (!eventId) throw new DomainError("common.notFound");
  for (const file of checked) {
    const key = newStorageKey("cases");
    await getStorage().put(key, file.bytes, file.contentType);
    await queries.insertAttachment(db, {
      caseId: row.id,
      eventId,
      fileName: file.fileName,
      contentType: file.contentType,
      sizeBytes: file.bytes.byteLength,
      storageKey: key,
      sha256: file.sha256,
      visibility: isNote ? "internal" : "public",
      uploadedBy: actor.userId,
    });
  }
  if (mentioned.length) {
    const author = colleagues.find((c) => c.userId === actor.userId)?.displayName ?? actor.name ?? actor.email;
    const url = caseLinks(row).agentUrl;
    await Promise.all(
      mentioned.map((m) =>
        enqueueEmail(db, queue, {
          idempotencyKey: `agent-mention/${eventId}/${m.userId}`,
          to: m.email,
          locale: m.locale,
          template: "agent-mention",
          props: { locale: m.locale, caseNumber: row.number, subject: row.subject, authorName: author, excerpt: input.body.slice(0, 500), url },
        }),
      ),
    );
  }
  return { status: "sent" as const, eventId };
}

/** Records that the agent has the case open (and whether they are typing); answers who else does. */
export async function heartbeat(db: Database, actor: Actor, input: { number: string; isTyping: boolean }, now = new Date()) {
  const row = await caseOrThrow(db, input.number);
  await workspaceQueries.touchViewer(db, { caseId: row.id, userId: actor.userId, isTyping: input.isTyping, now });
  const viewers = await workspaceQueries.listViewers(db, { caseId: row.id, excludeUserId: actor.userId, since: new Date(now.getTime() - VIEWER_TTL_MS) });
  return { viewers: viewers.map((v) => ({ userId: v.userId, name: v.name, isTyping: v.isTyping })) };
}

export async function leaveCase(db: Database, actor: Actor, input: { number: string }) {
  const row = await caseOrThrow(db, input.number);
  await workspaceQueries.deleteViewer(db, { caseId: row.id, userId: actor.userId });
  return { left: true };
}

/** Colleagues to mention or assign, and the queues a case can be escalated to. */
export async function getWorkspaceOptions(db: Database) {
  const [colleagues, queues] = await Promise.all([workspaceQueries.listColleagues(db), listQueues(db)]);
  return {
    colleagues: colleagues.map((c) => ({ userId: c.userId, displayName: c.displayName, presence: c.presence })),
    queues: queues.map((q) => ({ id: q.id, name: q.name })),
  };
}

/**
 * Knowledge-base articles to link in a reply, in the case's language, with their public address.
 * Searched as the public sees it: an internal article must never end up in a customer's reply.
 */
export async function findKbLinks(db: Database, actor: Actor, input: { number: string; q: string }) {
  const row = await caseOrThrow(db, input.number);
  const base = env.APP_URL.replace(/\/$/, "");
  const result = await searchArticles(db, null, { q: input.q, locale: row.locale, limit: 8, context: "backoffice" });
  return {
    locale: row.locale,
    items: result.items.map((item) => ({
      articleId: item.articleId,
      title: item.title,
      summary: item.summary,
      url: `${base}/${row.locale}/help/a/${item.slug}`,
    })),
  };
}

/** Links the case to one of its customer's orders or to a forum thread (a link event on the timeline). */
export async function linkCase(db: Database, actor: Actor, input: LinkInput, now = new Date()) {
  const row = await caseOrThrow(db, input.number);
  let link: { kind: LinkInput["kind"]; id: string; label: string; locale?: string };
  if (input.kind === "order") {
    const order = await queries.findOrderOfCustomer(db, { customerId: row.customerId, number: input.orderNumber });
    if (!order) throw new DomainError("workspace.linkNotFound");
    link = { kind: "order", id: order.id, label: order.number };
  } else {
    const thread = await workspaceQueries.findForumThread(db, input.threadId);
    if (!thread) throw new DomainError("workspace.linkNotFound");
    link = { kind: "forum_thread", id: thread.id, label: thread.title, locale: thread.locale };
  }
  await db.transaction(async (tx) => {
    await queries.insertEvents(tx, [
      { caseId: row.id, kind: "link", visibility: "internal", author: "agent", authorUserId: actor.userId, data: link, createdAt: now },
    ]);
    // The first order linked becomes the case's order (what order requests and scoring read).
    await queries.updateCase(tx, row.id, { lastActivityAt: now, ...(link.kind === "order" && !row.orderId ? { orderId: link.id } : {}) });
  });
  return link;
}

/**
 * A new case from one message of this case (the customer asked two things at once): it goes through
 * the usual intake (scored, routed, SLA), and both timelines say where it came from.
 */
export async function splitCase(db: Database, queue: JobQueue, actor: Actor, input: { number: string; eventId: string; subject: string }, now = new Date()) {
  const row = await caseOrThrow(db, input.number);
  const event = await workspaceQueries.findEventOfCase(db, { caseId: row.id, eventId: input.eventId });
  if (!event || (event.kind !== "message_in" && event.kind !== "message_out") || !event.body) throw new DomainError("workspace.splitNotMessage");
  const created = await createCase(
    db,
    queue,
    { customerId: row.customerId, channel: row.channel, category: row.category, subject: input.subject, description: event.body, locale: row.locale },
    { notify: false, now },
  );
  await queries.insertEvents(db, [
    {
      caseId: row.id,
      kind: "split",
      visibility: "internal",
      author: "agent",
      authorUserId: actor.userId,
      data: { intoCaseNumber: created.number, eventId: event.id },
      createdAt: now,
    },
    {
      caseId: created.id,
      kind: "split",
      visibility: "internal",
      author: "agent",
      authorUserId: actor.userId,
      data: { fromCaseNumber: row.number, eventId: event.id },
      createdAt: now,
    },
  ]);
  return { number: created.number };
}
