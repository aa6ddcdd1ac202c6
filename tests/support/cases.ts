import type { Database } from "@/db/client";
import { seedCaseReference } from "@/db/seed/cases/reference";
import { closeAsCustomer, createCase } from "@/server/cases";
import type { JobQueue } from "@/server/jobs/queue";
import { listQueues } from "@/server/routing";
import { createContact, type ArrangedCustomer } from "./arrange";
import { arrangeWorkspaceWorld, type WorkspaceWorld } from "./workspace";
import { arrangeSettingsWorld, type SettingsWorld } from "./settings";
import { arrangeSurveysWorld, type SurveysWorld } from "./surveys";

export type CasesWorld = WorkspaceWorld & {
  viewOfA: { number: string };
  replyOfA: { number: string };
  closeOfA: { number: string };
  reopenOfA: { number: string };
  /** A case the agent actions (status, priority, assignment, queue) work on, and a queue to move it to. */
  workOfA: { number: string };
  otherQueueId: string;
  /**
   * Channel-only contacts to merge, one pair per call: a merge deletes its `from` record, so the
   * matrix's input takes the next pair each time it is asked (once per persona).
   */
  mergePairs: { fromId: string; intoId: string }[];
  /** Macros, queues, rules and other admin settings (tests/support/settings.ts). */
  settings: SettingsWorld;
  /** Survey templates and a sent survey's link (tests/support/surveys.ts). */
  surveys: SurveysWorld;
};

/** Routing set-up plus cases of customer A: one per mutation, so a success in one row cannot break another. */
export async function arrangeCasesWorld(db: Database, queue: JobQueue, customerA: ArrangedCustomer): Promise<CasesWorld> {
  await seedCaseReference(db);
  const make = (subject: string) => createCase(db, queue, { customerId: customerA.customerId, channel: "portal", category: "delivery", subject, description: "Where is my parcel?" }, { notify: false });
  const [view, reply, close, reopen, work] = [await make("view"), await make("reply"), await make("close"), await make("reopen"), await make("work")];
  const otherQueueId = (await listQueues(db)).find((q) => q.key !== "general")!.id;
  await closeAsCustomer(db, queue, customerA.actor, { number: reopen.number });
  const mergePairs = [];
  for (let i = 0; i < 8; i++) mergePairs.push({ fromId: (await createContact(db)).customerId, intoId: (await createContact(db)).customerId });
  return { ...(await arrangeWorkspaceWorld(db, queue, customerA)), viewOfA: { number: view.number }, replyOfA: { number: reply.number }, closeOfA: { number: close.number }, reopenOfA: { number: reopen.number }, workOfA: { number: work.number }, otherQueueId, mergePairs, settings: await arrangeSettingsWorld(db), surveys: await arrangeSurveysWorld(db, queue, customerA) };
}
