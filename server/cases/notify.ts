import type { Database } from "@/db/client";
import { enqueueEmail } from "@/server/email";
import type { JobQueue } from "@/server/jobs/queue";
import { caseLinks } from "./links";
import type { CaseRow } from "./queries";

/** The customer's email about their case (created, a reply, a status change), threaded by its reply address. */
export async function notifyCustomer(db: Database, queue: JobQueue, params: { caseRow: CaseRow; to: string; kind: "created" | "reply" | "status"; key: string; excerpt?: string }) {
  const links = caseLinks(params.caseRow);
  await enqueueEmail(db, queue, {
    idempotencyKey: params.key,
    to: params.to,
    replyTo: links.replyAddress,
    locale: params.caseRow.locale,
    template: "case-update",
    props: {
      locale: params.caseRow.locale,
      kind: params.kind,
      number: params.caseRow.number,
      subject: params.caseRow.subject,
      status: params.caseRow.status,
      excerpt: params.excerpt ?? null,
      url: links.url,
      replyAddress: links.replyAddress,
    },
  });
}
