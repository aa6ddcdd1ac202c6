import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { caseEvents } from "@/db/schema";
import { createCase } from "@/server/cases";
import type { JobQueue } from "@/server/jobs/queue";
import type { ArrangedCustomer } from "./arrange";

export type WorkspaceWorld = {
  /** Pairs of customer A's cases for workspace.merge: the matrix takes one per persona (a merge closes the duplicate). */
  caseMergePairs: { intoNumber: string; fromNumbers: string[] }[];
  /** A case of A and its first message, to split a new case from. */
  splitOfA: { number: string; messageEventId: string };
};

export async function arrangeWorkspaceWorld(db: Database, queue: JobQueue, customerA: ArrangedCustomer): Promise<WorkspaceWorld> {
  const make = (subject: string) =>
    createCase(
      db,
      queue,
      { customerId: customerA.customerId, channel: "email", category: "delivery", subject, description: "My parcel is late and the invoice is wrong." },
      { notify: false },
    );
  const caseMergePairs = [];
  for (let i = 0; i < 8; i++)
    caseMergePairs.push({ intoNumber: (await make(`merge into ${i}`)).number, fromNumbers: [(await make(`merge from ${i}`)).number] });
  const split = await make("split");
  const [message] = await db
    .select({ id: caseEvents.id })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, split.id), eq(caseEvents.kind, "message_in")));
  return { caseMergePairs, splitOfA: { number: split.number, messageEventId: message!.id } };
}
