import type { Role } from "@/server/accounts";
import type { CasesWorld } from "./cases";
import type { ForumWorld } from "./forum";
import type { KbWorld } from "./kb";

/** Who calls: a signed-in role, or nobody. */
export type CallerKind = Role | "anonymous";

/** What the matrix arranges once and hands to each row's input. */
export type PolicyWorld = {
  /** An order of customer A (organization X). */
  orderOfA: { number: string };
  /** A user no caller of the matrix plays, for the admin mutations to act on. */
  targetUserId: string;
  /** Knowledge-base objects (tests/support/kb.ts). */
  kb: KbWorld;
  /** Cases of customer A (tests/support/cases.ts). */
  cases: CasesWorld;
  /** Forum threads and posts of customer A and of another member (tests/support/forum.ts). */
  forum: ForumWorld;
};

export type ProcedurePolicy = {
  /** The roles that may call it; "anonymous" makes it public. */
  allowed: readonly CallerKind[];
  /**
   * "owner": the sample input names customer A's object, so any other caller of an allowed role must
   * get NOT_FOUND, exactly as for a missing object.
   */
  scope?: "owner";
  /** A valid input for the allowed roles. */
  input?: (world: PolicyWorld) => unknown;
};

const matrixTarget = { firstResponse: 60, nextResponse: 120, resolution: 480 };
const matrixSlaPolicy = (calendarId: string) => ({
  name: "Matrix policy",
  isActive: false,
  conditions: [{ field: "channel", op: "in", values: ["sms"] }],
  calendarId,
  targets: { low: matrixTarget, normal: matrixTarget, high: matrixTarget, urgent: matrixTarget },
});
const matrixCalendar = { name: "Matrix calendar", timeZone: "Europe/Rome", weeklyHours: { "1": [{ start: "09:00", end: "12:00" }, { start: "14:00", end: "24:00" }] }, holidays: ["2026-12-25"] };

const everyone = ["anonymous", "customer", "agent", "admin"] as const;
const signedIn = ["customer", "agent", "admin"] as const;
const staff = ["agent", "admin"] as const;

/**
 * Every procedure of appRouter and who may call it. tests/authorization-matrix.test.ts fails when a
 * procedure has no row here (or a row names a procedure that no longer exists): adding a procedure
 * means deciding its policy.
 */
export const procedurePolicy: Record<string, ProcedurePolicy> = {
  "account.me": { allowed: everyone },
  "account.profile": { allowed: ["customer"] },
  "account.setLocale": { allowed: signedIn, input: () => "fr" },
  "account.signOutEverywhere": { allowed: signedIn },
  "account.updateProfile": {
    allowed: ["customer"],
    input: () => ({ displayName: "Matrix Customer", phone: "+33 6 12 34 56 78", locale: "en", channels: ["email", "phone"], fromHour: 9, toHour: 18, days: [1, 2, 3, 4, 5], timeZone: "Europe/Paris" }),
  },
  "account.requestEmailChange": { allowed: ["customer"], input: () => ({ email: `matrix-${Math.random().toString(36).slice(2, 10)}@example.com` }) },
  "account.sessions": { allowed: signedIn },
  "account.signOutOtherSessions": { allowed: signedIn },
  // Revoking a session id that is not the caller's is a no-op (it answers count 0 and reveals nothing).
  "account.revokeSession": { allowed: signedIn, input: () => ({ sessionId: "00000000-0000-4000-8000-000000000000" }) },
  "account.exportData": { allowed: ["customer"] },
  "account.requestDeletion": { allowed: ["customer"], input: () => ({ reason: "" }) },

  "cases.categories": { allowed: signedIn },
  "cases.list": { allowed: ["customer"], input: () => ({ limit: 20 }) },
  "cases.get": { allowed: ["customer"], scope: "owner", input: (world) => ({ number: world.cases.viewOfA.number }) },
  "cases.create": { allowed: ["customer"], input: () => ({ category: "other", subject: "Matrix case", description: "Created by the authorization matrix" }) },
  "cases.reply": { allowed: ["customer"], scope: "owner", input: (world) => ({ number: world.cases.replyOfA.number, body: "A reply" }) },
  "cases.close": { allowed: ["customer"], scope: "owner", input: (world) => ({ number: world.cases.closeOfA.number }) },
  "cases.reopen": { allowed: ["customer"], scope: "owner", input: (world) => ({ number: world.cases.reopenOfA.number }) },
  "cases.agentGet": { allowed: staff, input: (world) => ({ number: world.cases.viewOfA.number }) },
  "cases.correctScores": { allowed: staff, input: (world) => ({ number: world.cases.viewOfA.number, complexity: "low", severity: "medium", effort: "high" }) },
  "cases.mergeCustomers": { allowed: staff, input: (world) => world.cases.mergePairs.shift() },
  "cases.setStatus": { allowed: staff, input: (world) => ({ number: world.cases.workOfA.number, status: "on_hold" }) },
  "cases.setPriority": { allowed: staff, input: (world) => ({ number: world.cases.workOfA.number, priority: "high" }) },
  "cases.assign": { allowed: staff, input: (world) => ({ number: world.cases.workOfA.number, assigneeId: null }) },
  "cases.moveToQueue": { allowed: staff, input: (world) => ({ number: world.cases.workOfA.number, queueId: world.cases.otherQueueId }) },
  "cases.setPresence": { allowed: staff, input: () => ({ presence: "available" }) },
  "cases.matrix": { allowed: staff },

  "queues.view": { allowed: staff, input: () => ({ view: "all", filters: { priority: ["high", "urgent"] }, sort: "sla" }) },
  "queues.counts": { allowed: staff },
  "queues.options": { allowed: staff },
  "queues.me": { allowed: staff },
  "queues.next": { allowed: staff },
  "queues.savedViews": { allowed: staff },
  "queues.saveView": { allowed: staff, input: () => ({ name: `Matrix ${Math.random().toString(36).slice(2, 10)}`, base: "all", filters: {}, sort: "sla" }) },
  "queues.deleteView": { allowed: staff, input: () => ({ id: "00000000-0000-4000-8000-000000000000" }) },
  "queues.bulkUpdate": { allowed: staff, input: (world) => ({ numbers: [world.cases.workOfA.number], action: { kind: "priority", priority: "high" } }) },
  // Only the subscription's set-up runs here (the role check); the stream itself is never read.
  "queues.onChange": { allowed: staff },
  "cases.updateMatrix": { allowed: ["admin"], input: () => ({ cells: [{ complexity: "low", severity: "low", effort: "low", primaryChannel: "self_service", secondaryChannel: "bot" }] }) },

  // Public: holding the signed, unexpired link is the permission (an altered one is not found, an expired one forbidden).
  "surveys.survey": { allowed: everyone, input: (world) => ({ token: world.cases.surveys.surveyToken }) },
  "surveys.respond": { allowed: everyone, input: (world) => ({ token: world.cases.surveys.surveyToken, csat: 5, ces: null, answers: {} }) },
  "surveys.optOut": { allowed: everyone, input: (world) => ({ token: world.cases.surveys.surveyToken }) },
  "surveys.deleteTemplate": { allowed: ["admin"], input: (world) => ({ id: world.cases.surveys.deletableTemplateId }) },
  "surveys.results": { allowed: staff, input: () => ({ days: 90 }) },
  "surveys.templates": { allowed: ["admin"] },
  "surveys.template": { allowed: ["admin"], input: (world) => ({ id: world.cases.surveys.templateId }) },
  "surveys.saveTemplate": {
    allowed: ["admin"],
    input: (world) => ({ id: world.cases.surveys.templateId, name: "Matrix template", category: "other", locale: "it", csatQuestion: "Soddisfatto?", cesQuestion: "Facile?", questions: [], delayMinutes: 0, reminderDays: 3, validDays: 14, lowScoreThreshold: 2, lowScoreAction: "task" }),
  },

  "customers.search": { allowed: staff, input: () => ({ query: "customer", limit: 10 }) },
  "customers.get": { allowed: staff, input: (world) => ({ id: world.cases.settings.customerIds.merged }) },
  "customers.mergePreview": { allowed: staff, input: (world) => ({ fromId: world.cases.settings.customerIds.duplicate, intoId: world.cases.settings.customerIds.merged }) },

  "workspace.timeline": { allowed: staff, input: (world) => ({ number: world.cases.viewOfA.number }) },
  "workspace.options": { allowed: staff },
  "workspace.kbLinks": { allowed: staff, input: (world) => ({ number: world.cases.viewOfA.number, q: "colis" }) },
  "workspace.send": { allowed: staff, input: (world) => ({ number: world.cases.replyOfA.number, kind: "note", body: "A note from the matrix" }) },
  "workspace.heartbeat": { allowed: staff, input: (world) => ({ number: world.cases.viewOfA.number, isTyping: false }) },
  "workspace.leave": { allowed: staff, input: (world) => ({ number: world.cases.viewOfA.number }) },
  // Each call merges a fresh pair of A's cases (a merge closes its duplicate).
  "workspace.merge": { allowed: staff, input: (world) => world.cases.caseMergePairs.shift() },
  "workspace.split": { allowed: staff, input: (world) => ({ number: world.cases.splitOfA.number, eventId: world.cases.splitOfA.messageEventId, subject: "Split by the matrix" }) },
  "workspace.link": { allowed: staff, input: (world) => ({ number: world.cases.viewOfA.number, kind: "order", orderNumber: world.orderOfA.number }) },

  "macros.list": { allowed: staff, input: () => ({ locale: "en", query: "" }) },
  "macros.render": { allowed: staff, input: (world) => ({ id: world.cases.settings.macroId, caseNumber: world.cases.viewOfA.number }) },
  "macros.listAll": { allowed: ["admin"] },
  "macros.create": { allowed: ["admin"], input: () => ({ name: "Matrix macro", locale: "fr", body: "Bonjour {{customer.name}}" }) },
  "macros.update": { allowed: ["admin"], input: (world) => ({ id: world.cases.settings.macroId, data: { name: "Matrix macro", locale: "en", body: "Hello", categoryKey: null, isActive: true } }) },
  "macros.delete": { allowed: ["admin"], input: (world) => ({ id: world.cases.settings.macroDeleteTargets.shift() }) },
  "settings.rules": { allowed: ["admin"] },
  "settings.routingOptions": { allowed: ["admin"] },
  "settings.createRule": { allowed: ["admin"], input: (world) => ({ name: "Matrix rule", isActive: false, conditions: [{ field: "channel", op: "in", values: ["sms"] }], queueId: world.cases.otherQueueId }) },
  "settings.updateRule": {
    allowed: ["admin"],
    input: (world) => ({ id: world.cases.settings.ruleId, data: { name: "Matrix rule", isActive: false, conditions: [{ field: "severity", op: "atLeast", values: ["high"] }], queueId: world.cases.otherQueueId } }),
  },
  "settings.deleteRule": { allowed: ["admin"], input: (world) => ({ id: world.cases.settings.ruleDeleteTargets.shift() }) },
  "settings.moveRule": { allowed: ["admin"], input: (world) => ({ id: world.cases.settings.ruleId, direction: "up" }) },
  "settings.testRouting": { allowed: ["admin"], input: () => ({ channel: "email", category: "delivery", locale: "fr", tier: "standard", isVip: false, complexity: "low", severity: "medium", effort: "low" }) },
  "settings.queues": { allowed: ["admin"] },
  "settings.createQueue": { allowed: ["admin"], input: () => ({ key: `matrix-${Math.random().toString(36).slice(2, 10)}`, name: "Matrix queue", strategy: "least_load" }) },
  "settings.updateQueue": {
    allowed: ["admin"],
    input: (world) => ({ id: world.cases.settings.queue.id, data: { key: world.cases.settings.queue.key, name: "Matrix queue", strategy: "round_robin", memberIds: [world.cases.settings.agentUserId] } }),
  },
  "settings.skills": { allowed: ["admin"] },
  "settings.createSkill": { allowed: ["admin"], input: () => ({ key: `matrix-${Math.random().toString(36).slice(2, 10)}`, name: "Matrix skill" }) },
  "settings.updateSkill": { allowed: ["admin"], input: (world) => ({ id: world.cases.settings.skillId, data: { key: `matrix-${Math.random().toString(36).slice(2, 10)}`, name: "Renamed skill" } }) },
  "settings.deleteSkill": { allowed: ["admin"], input: (world) => ({ id: world.cases.settings.skillDeleteTargets.shift() }) },
  "settings.slaPolicies": { allowed: ["admin"] },
  "settings.createSlaPolicy": { allowed: ["admin"], input: (world) => matrixSlaPolicy(world.cases.settings.calendarId) },
  "settings.updateSlaPolicy": { allowed: ["admin"], input: (world) => ({ id: world.cases.settings.slaPolicyId, data: matrixSlaPolicy(world.cases.settings.calendarId) }) },
  "settings.deleteSlaPolicy": { allowed: ["admin"], input: (world) => ({ id: world.cases.settings.slaPolicyDeleteTargets.shift() }) },
  "settings.moveSlaPolicy": { allowed: ["admin"], input: (world) => ({ id: world.cases.settings.slaPolicyId, direction: "up" }) },
  "settings.calendars": { allowed: ["admin"] },
  "settings.createCalendar": { allowed: ["admin"], input: () => matrixCalendar },
  "settings.updateCalendar": { allowed: ["admin"], input: (world) => ({ id: world.cases.settings.calendarId, data: matrixCalendar }) },
  "settings.deleteCalendar": { allowed: ["admin"], input: (world) => ({ id: world.cases.settings.calendarDeleteTargets.shift() }) },
  "settings.agents": { allowed: ["admin"] },
  "settings.updateAgent": {
    allowed: ["admin"],
    input: (world) => ({ userId: world.cases.settings.agentUserId, data: { displayName: "Matrix Agent", languages: ["en", "fr"], capacity: 12, isQueueLead: false, skills: [{ skillId: world.cases.settings.skillId, proficiency: 3 }] } }),
  },
  "settings.channelSecrets": { allowed: ["admin"] },
  "settings.rotateChannelSecret": { allowed: ["admin"], input: () => ({ channel: "generic" }) },
  "settings.audit": { allowed: ["admin"], input: () => ({ limit: 20 }) },

  "orders.list": { allowed: ["customer"], input: () => ({ limit: 20 }) },
  "orders.get": { allowed: ["customer"], scope: "owner", input: (world) => ({ number: world.orderOfA.number }) },
  "orders.viewer": { allowed: ["customer"] },
  "orders.inTransit": { allowed: ["customer"] },
  "orders.tracking": { allowed: ["customer"], scope: "owner", input: (world) => ({ number: world.orderOfA.number }) },
  "orders.createRequest": { allowed: ["customer"], scope: "owner", input: (world) => ({ number: world.orderOfA.number, kind: "refund", reason: "damaged", details: "" }) },
  "orders.abandonRequest": { allowed: ["customer"], scope: "owner", input: (world) => ({ number: world.orderOfA.number, kind: "return", step: "opened" }) },
  "orders.listInvoices": { allowed: ["customer"], input: () => ({ limit: 20 }) },
  "orders.getInvoice": { allowed: ["customer"], scope: "owner", input: (world) => ({ number: world.orderOfA.number }) },
  "orders.addTrackingEvent": { allowed: staff, input: (world) => ({ number: world.orderOfA.number, status: "delivered", location: "Lyon", description: "Delivered to the letterbox" }) },

  "system.health": { allowed: everyone },

  "kb.search": { allowed: everyone, input: () => ({ q: "colis", locale: "fr" }) },
  "kb.suggest": { allowed: everyone, input: () => ({ q: "col", locale: "fr" }) },
  "kb.recordClick": { allowed: everyone, input: (world) => ({ articleId: world.kb.articleId, locale: "fr", query: "colis" }) },
  "kb.feedback": { allowed: everyone, input: (world) => ({ articleId: world.kb.articleId, locale: "fr", isHelpful: true }) },
  "kb.home": { allowed: everyone, input: () => ({ locale: "fr" }) },
  "kb.category": { allowed: everyone, input: (world) => ({ locale: "fr", slug: world.kb.categorySlug }) },
  "kb.article": { allowed: everyone, input: (world) => ({ locale: "fr", slug: world.kb.slug }) },
  "kb.faq": { allowed: everyone, input: () => ({ locale: "fr" }) },
  "kb.sitemap": { allowed: everyone, input: () => ({ locale: "fr" }) },
  "kb.categories": { allowed: staff },
  "kb.list": { allowed: staff, input: () => ({}) },
  "kb.get": { allowed: staff, input: (world) => ({ id: world.kb.articleId }) },
  "kb.create": {
    allowed: staff,
    input: (world) => ({ categoryId: world.kb.categoryId, kind: "article", audience: "public", translation: { locale: "en", title: `Matrix ${Math.random().toString(36).slice(2, 10)}`, bodyMd: "Body", status: "draft" } }),
  },
  // Each call gets a fresh article at version 1, so the agent's save does not make the admin's stale.
  "kb.saveTranslation": {
    allowed: staff,
    input: (world) => ({ articleId: world.kb.saveTargets.shift(), locale: "fr", title: `Cible ${Math.random().toString(36).slice(2, 10)}`, bodyMd: "Texte", status: "draft", expectedVersion: 1 }),
  },
  "kb.update": { allowed: staff, input: (world) => ({ id: world.kb.articleId, data: { categoryId: world.kb.categoryId, kind: "article", audience: "public" } }) },
  "kb.versions": { allowed: staff, input: (world) => ({ id: world.kb.translationId }) },
  "kb.restore": { allowed: staff, input: (world) => ({ id: world.kb.versionId }) },
  "kb.preview": { allowed: staff, input: () => ({ bodyMd: "**bold**" }) },
  "kb.insights": { allowed: staff, input: () => ({ days: 30 }) },

  "forum.categories": { allowed: everyone, input: () => ({ locale: "fr" }) },
  "forum.list": { allowed: everyone, input: () => ({ locale: "fr", tab: "latest" }) },
  "forum.thread": { allowed: everyone, input: (world) => ({ threadId: world.forum.threadOfA }) },
  "forum.member": { allowed: everyone, input: (world) => ({ userId: world.forum.targetUserId, locale: "fr" }) },
  "forum.search": { allowed: everyone, input: () => ({ query: "téléphone", locale: "fr" }) },
  // The signed token alone authorizes it (the email recipient holds it); repeating it changes nothing.
  "forum.unsubscribe": { allowed: everyone, input: (world) => ({ token: world.forum.unsubscribeToken }) },
  "forum.create": { allowed: ["customer"], input: (world) => ({ categoryId: world.forum.categoryId, locale: "fr", title: "Question de la matrice", bodyMd: "Le texte de la question." }) },
  "forum.reply": { allowed: signedIn, input: (world) => ({ threadId: world.forum.threadOfA, bodyMd: "Une réponse." }) },
  // Members change only their own posts (staff moderate any): someone else's post answers like a missing one.
  "forum.edit": { allowed: signedIn, scope: "owner", input: (world) => ({ postId: world.forum.questionOfA, bodyMd: "Question précisée." }) },
  "forum.revisions": { allowed: signedIn, scope: "owner", input: (world) => ({ postId: world.forum.questionOfA }) },
  "forum.delete": { allowed: ["customer"], scope: "owner", input: (world) => ({ postId: world.forum.deleteTargets.shift() }) },
  // Only the asker (or staff) accepts; each call gets a thread of A with a fresh reply.
  "forum.accept": { allowed: signedIn, scope: "owner", input: (world) => ({ postId: world.forum.acceptTargets.shift() }) },
  "forum.vote": { allowed: signedIn, input: (world) => ({ postId: world.forum.replyOfTarget }) },
  "forum.unvote": { allowed: signedIn, input: (world) => ({ postId: world.forum.replyOfTarget }) },
  "forum.follow": { allowed: signedIn, input: (world) => ({ threadId: world.forum.threadOfA, isFollowing: true }) },
  "forum.flag": { allowed: signedIn, input: (world) => ({ postId: world.forum.replyOfTarget, reason: "spam" }) },
  "forum.flagQueue": { allowed: staff, input: () => ({}) },
  "forum.resolveFlag": { allowed: staff, input: (world) => ({ flagId: world.forum.flagTargets.shift(), decision: "dismiss" }) },
  "forum.setHidden": { allowed: staff, input: (world) => ({ postId: world.forum.replyOfTarget, isHidden: false }) },
  "forum.lock": { allowed: staff, input: (world) => ({ threadId: world.forum.threadOfA, isLocked: false }) },
  "forum.move": { allowed: staff, input: (world) => ({ threadId: world.forum.threadOfA, categoryId: world.forum.categoryId }) },
  "forum.merge": { allowed: staff, input: (world) => world.forum.mergeTargets.shift() },
  "forum.rename": { allowed: staff, input: (world) => ({ threadId: world.forum.threadOfA, title: "Téléphone qui ne charge plus (renommé)" }) },
  "forum.unanswered": { allowed: staff, input: () => ({ olderThanHours: 0 }) },
  "forum.escalate": { allowed: staff, input: (world) => ({ threadId: world.forum.threadOfA, category: "technical" }) },
  "forum.promote": { allowed: staff, input: (world) => ({ threadId: world.forum.promoteTargets.shift(), kbCategoryId: world.kb.categoryId }) },

  "users.list": { allowed: ["admin"], input: () => ({}) },
  "users.setRole": { allowed: ["admin"], input: (world) => ({ userId: world.targetUserId, role: "customer" }) },
  "users.setDisabled": { allowed: ["admin"], input: (world) => ({ userId: world.targetUserId, isDisabled: false }) },
};
