import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { DomainError } from "@/server/errors";
import type { JobQueue } from "@/server/jobs/queue";
import { afterStatusChange } from "./lifecycle";
import * as queries from "./queries";
import * as workspaceQueries from "./workspace-queries";

/**
 * Merges duplicate cases of one customer into `intoNumber`: the messages and notes of each duplicate
 * (with their attachments) are copied onto the surviving case at their original time, a merge event
 * is written on both sides, and each duplicate is closed pointing at the survivor. Cases of another
 * customer are refused and nothing changes. Used by the workspace and by the queue's bulk merge.
 */
export async function mergeCases(db: Database, queue: JobQueue, actor: Actor, input: { intoNumber: string; fromNumbers: string[] }, now = new Date()) {
  const fromNumbers = [...new Set(input.fromNumbers)].filter((n) => n !== input.intoNumber);
  if (fromNumbers.length === 0) throw new DomainError("workspace.mergeSelf");
  const found = await workspaceQueries.findCasesByNumbers(db, [input.intoNumber, ...fromNumbers]);
  const target = found.find((c) => c.number === input.intoNumber);
  if (!target || found.length !== fromNumbers.length + 1) throw new DomainError("common.notFound");
  if (found.some((c) => c.customerId !== target.customerId)) throw new DomainError("workspace.mergeOtherCustomer");

  const closed = await db.transaction(async (tx) => {
    const locked = await queries.lockCases(
      tx,
      found.map((c) => c.id),
    );
    const into = locked.find((c) => c.id === target.id)!;
    if (into.status === "closed") throw new DomainError("cases.closed");
    const sources = locked.filter((c) => c.id !== target.id && c.status !== "closed");
    for (const source of sources) {
      const events = await workspaceQueries.listConversationEvents(tx, source.id);
      const copies = await queries.insertEvents(
        tx,
        events.map((e) => ({
          caseId: into.id,
          kind: e.kind,
          visibility: e.visibility,
          author: e.author,
          authorUserId: e.authorUserId,
          channel: e.channel,
          body: e.body,
          bodyHtml: e.bodyHtml,
          data: { ...e.data, mergedFromCaseNumber: source.number },
          createdAt: e.createdAt,
        })),
      );
      const copyOf = new Map(events.map((e, i) => [e.id, copies[i]!.id]));
      const files = await workspaceQueries.listAttachmentRows(tx, source.id);
      // The bytes stay where they are: the copy points at the same stored object.
      await workspaceQueries.insertAttachmentRows(
        tx,
        files.map((f) => ({
          caseId: into.id,
          eventId: f.eventId ? (copyOf.get(f.eventId) ?? null) : null,
          fileName: f.fileName,
          contentType: f.contentType,
          sizeBytes: f.sizeBytes,
          storageKey: f.storageKey,
          sha256: f.sha256,
          visibility: f.visibility,
          uploadedBy: f.uploadedBy,
          createdAt: f.createdAt,
        })),
      );
      await queries.insertEvents(tx, [
        {
          caseId: source.id,
          kind: "merge",
          visibility: "internal",
          author: "agent",
          authorUserId: actor.userId,
          data: { intoCaseNumber: into.number, byUserId: actor.userId },
          createdAt: now,
        },
        {
          caseId: source.id,
          kind: "status",
          visibility: "public",
          author: "agent",
          authorUserId: actor.userId,
          data: { from: source.status, to: "closed", reason: "merged", intoCaseNumber: into.number },
          createdAt: now,
        },
      ]);
      await queries.updateCase(tx, source.id, { status: "closed", closedAt: now, slaPausedAt: source.slaPausedAt ?? now, lastActivityAt: now });
    }
    if (sources.length) {
      await queries.insertEvents(tx, [
        {
          caseId: into.id,
          kind: "merge",
          visibility: "internal",
          author: "agent",
          authorUserId: actor.userId,
          data: { fromCaseNumbers: sources.map((s) => s.number), byUserId: actor.userId },
          createdAt: now,
        },
      ]);
      await queries.updateCase(tx, into.id, { lastActivityAt: now });
    }
    return sources;
  });
  for (const source of closed) {
    const row = await queries.findCaseById(db, source.id);
    if (row) await afterStatusChange(db, queue, { caseRow: row, from: source.status, to: "closed", now });
  }
  return { intoNumber: target.number, mergedNumbers: closed.map((c) => c.number) };
}
