import { createCalendar, deleteCalendar, listCalendars, updateCalendar } from "@/server/settings/calendars";
import { listAgentProfiles, updateAgentProfile } from "@/server/settings/agents";
import { listAuditEntries } from "@/server/settings/audit";
import { listChannelSecretSources, rotateChannelSecret } from "@/server/settings/channel-secrets";
import { createQueue, listQueueSettings, updateQueue } from "@/server/settings/queues";
import {
  createRoutingRule,
  deleteRoutingRule,
  listRoutingRules,
  moveRoutingRule,
  routingOptions,
  testRouting,
  updateRoutingRule,
} from "@/server/settings/routing-rules";
import {
  byIdInput,
  createCalendarInput,
  createQueueInput,
  createRoutingRuleInput,
  createSkillInput,
  createSlaPolicyInput,
  listAuditInput,
  moveRuleInput,
  rotateChannelSecretInput,
  testRoutingInput,
  updateAgentInput,
  updateCalendarInput,
  updateQueueInput,
  updateRoutingRuleInput,
  updateSkillInput,
  updateSlaPolicyInput,
} from "@/server/settings/schemas";
import { createSlaPolicy, deleteSlaPolicy, listSlaPolicies, moveSlaPolicy, updateSlaPolicy } from "@/server/settings/sla-policies";
import { createSkill, deleteSkill, listSkills, updateSkill } from "@/server/settings/skills";
import { adminProcedure, createTRPCRouter } from "../trpc";

/** Admin settings: every procedure is admin-only, every change is audited. */
export const settingsRouter = createTRPCRouter({
  rules: adminProcedure.query(({ ctx }) => listRoutingRules(ctx.db)),
  routingOptions: adminProcedure.query(({ ctx }) => routingOptions(ctx.db)),
  createRule: adminProcedure.input(createRoutingRuleInput).mutation(({ ctx, input }) => createRoutingRule(ctx.db, ctx.actor, input)),
  updateRule: adminProcedure.input(updateRoutingRuleInput).mutation(({ ctx, input }) => updateRoutingRule(ctx.db, ctx.actor, input)),
  deleteRule: adminProcedure.input(byIdInput).mutation(({ ctx, input }) => deleteRoutingRule(ctx.db, ctx.actor, input)),
  moveRule: adminProcedure.input(moveRuleInput).mutation(({ ctx, input }) => moveRoutingRule(ctx.db, ctx.actor, input)),
  testRouting: adminProcedure.input(testRoutingInput).query(({ ctx, input }) => testRouting(ctx.db, input)),

  queues: adminProcedure.query(({ ctx }) => listQueueSettings(ctx.db)),
  createQueue: adminProcedure.input(createQueueInput).mutation(({ ctx, input }) => createQueue(ctx.db, ctx.actor, input)),
  updateQueue: adminProcedure.input(updateQueueInput).mutation(({ ctx, input }) => updateQueue(ctx.db, ctx.actor, input)),

  skills: adminProcedure.query(({ ctx }) => listSkills(ctx.db)),
  createSkill: adminProcedure.input(createSkillInput).mutation(({ ctx, input }) => createSkill(ctx.db, ctx.actor, input)),
  updateSkill: adminProcedure.input(updateSkillInput).mutation(({ ctx, input }) => updateSkill(ctx.db, ctx.actor, input)),
  deleteSkill: adminProcedure.input(byIdInput).mutation(({ ctx, input }) => deleteSkill(ctx.db, ctx.actor, input)),

  slaPolicies: adminProcedure.query(({ ctx }) => listSlaPolicies(ctx.db)),
  createSlaPolicy: adminProcedure.input(createSlaPolicyInput).mutation(({ ctx, input }) => createSlaPolicy(ctx.db, ctx.actor, input)),
  updateSlaPolicy: adminProcedure.input(updateSlaPolicyInput).mutation(({ ctx, input }) => updateSlaPolicy(ctx.db, ctx.actor, input)),
  deleteSlaPolicy: adminProcedure.input(byIdInput).mutation(({ ctx, input }) => deleteSlaPolicy(ctx.db, ctx.actor, input)),
  moveSlaPolicy: adminProcedure.input(moveRuleInput).mutation(({ ctx, input }) => moveSlaPolicy(ctx.db, ctx.actor, input)),

  calendars: adminProcedure.query(({ ctx }) => listCalendars(ctx.db)),
  createCalendar: adminProcedure.input(createCalendarInput).mutation(({ ctx, input }) => createCalendar(ctx.db, ctx.actor, input)),
  updateCalendar: adminProcedure.input(updateCalendarInput).mutation(({ ctx, input }) => updateCalendar(ctx.db, ctx.actor, input)),
  deleteCalendar: adminProcedure.input(byIdInput).mutation(({ ctx, input }) => deleteCalendar(ctx.db, ctx.actor, input)),

  agents: adminProcedure.query(({ ctx }) => listAgentProfiles(ctx.db)),
  updateAgent: adminProcedure.input(updateAgentInput).mutation(({ ctx, input }) => updateAgentProfile(ctx.db, ctx.actor, input)),

  channelSecrets: adminProcedure.query(({ ctx }) => listChannelSecretSources(ctx.db)),
  rotateChannelSecret: adminProcedure.input(rotateChannelSecretInput).mutation(({ ctx, input }) => rotateChannelSecret(ctx.db, ctx.actor, input)),

  audit: adminProcedure.input(listAuditInput).query(({ ctx, input }) => listAuditEntries(ctx.db, input)),
});
