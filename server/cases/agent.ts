import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { DomainError } from "@/server/errors";
import { setAgentPresence } from "@/server/routing";
import { getCustomerPanel } from "@/server/customers/panel";
import { recommendedChannels } from "@/server/scoring";
import * as queries from "./queries";

/**
 * Everything the case workspace shows in one read: scores with their reasons, the recommended
 * channels, queue, assignee, SLA due dates, the full timeline (internal events included), the routing
 * and assignment decisions that explain why the case is where it is, the links to orders and forum
 * threads, and the customer panel.
 */
export async function getCaseForAgentOrThrow(db: Database, _actor: Actor, number: string) {
  const found = await queries.findCaseForAgent(db, number);
  if (!found) throw new DomainError("common.notFound");
  const row = found.case;
  const [events, attachments, channels, otherCases, customerPanel] = await Promise.all([
    queries.listEvents(db, { caseId: row.id, publicOnly: false }),
    queries.listAttachments(db, { caseId: row.id, publicOnly: false }),
    recommendedChannels(db, row),
    queries.listCasesOfCustomerForAgent(db, row.customerId, row.id),
    getCustomerPanel(db, row.customerId),
  ]);
  const links = events.filter((e) => e.kind === "link").map((e) => ({ kind: String(e.data.kind), id: String(e.data.id), label: String(e.data.label), locale: typeof e.data.locale === "string" ? e.data.locale : null }));
  const why = events.filter((e) => e.kind === "routing" || e.kind === "assignment" || e.kind === "escalation").map((e) => ({ id: e.id, kind: e.kind, createdAt: e.createdAt, data: e.data }));
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    description: row.description,
    status: row.status,
    priority: row.priority,
    channel: row.channel,
    category: row.category,
    categoryName: found.categoryNames,
    locale: row.locale,
    createdAt: row.createdAt,
    customer: { id: row.customerId, name: found.customerName, isVip: found.customerIsVip },
    scores: { complexity: row.complexity, severity: row.severity, effort: row.effort, reasons: row.scoreReasons, isCorrected: !!row.scoresCorrectedBy },
    recommended: channels,
    queueId: row.queueId,
    queueName: found.queueName,
    assigneeId: row.assigneeId,
    assigneeName: found.assigneeName,
    sla: {
      policyName: found.slaPolicyName,
      firstResponseDueAt: row.firstResponseDueAt,
      firstRespondedAt: row.firstRespondedAt,
      nextResponseDueAt: row.nextResponseDueAt,
      resolutionDueAt: row.resolutionDueAt,
      pausedAt: row.slaPausedAt,
      escalationLevel: row.escalationLevel,
    },
    why,
    events,
    attachments,
    lastEventId: events.at(-1)?.id ?? null,
    links,
    otherCases,
    customerPanel,
  };
}

/**
 * The calling agent's own presence. Going away or offline hands their open cases back to routing
 * (server/routing setAgentPresence). Staff without an agent profile (an admin who takes no cases)
 * have no presence: nothing changes and `presence` comes back null.
 */
export async function setMyPresence(db: Database, actor: Actor, input: { presence: "available" | "busy" | "away" | "offline" }) {
  const outcome = await setAgentPresence(db, { userId: actor.userId, presence: input.presence });
  return { presence: outcome.hasProfile ? input.presence : null, reassigned: outcome.reassigned };
}
