import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { recordAudit } from "@/server/audit";
import { DomainError } from "@/server/errors";
import * as queries from "./queries";
import { auditedConfigChange } from "./routing-rules";
import type { QueueData, UpdateQueueInput } from "./schemas";

export const listQueueSettings = (db: Database) => queries.listQueuesWithMembers(db);

async function checkQueue(db: Database, data: QueueData, id: string | null) {
  const sameKey = await queries.findQueueByKey(db, data.key);
  if (sameKey && sameKey.id !== id) throw new DomainError("settings.keyTaken");
  if (data.fallbackQueueId && data.fallbackQueueId === id) throw new DomainError("settings.fallbackSelf");
  if (data.fallbackQueueId && !(await queries.queueExists(db, data.fallbackQueueId))) throw new DomainError("cases.unknownQueue");
  const people = [...new Set([...data.memberIds, ...(data.leadUserId ? [data.leadUserId] : [])])];
  if ((await queries.agentIdsAmong(db, people)).length !== people.length) throw new DomainError("settings.notAnAgent");
}

const queueColumns = (data: QueueData) => ({
  key: data.key,
  name: data.name,
  strategy: data.strategy,
  fallbackQueueId: data.fallbackQueueId,
  isDefault: data.isDefault,
  leadUserId: data.leadUserId,
});

async function writeQueue(tx: Database, id: string, data: QueueData) {
  if (data.isDefault) await queries.clearDefaultQueueExcept(tx, id);
  await queries.setQueueMembers(tx, id, [...new Set(data.memberIds)]);
}

export async function createQueue(db: Database, actor: Actor, input: QueueData) {
  await checkQueue(db, input, null);
  return auditedConfigChange(db, async (tx) => {
    const row = await queries.insertQueue(tx, queueColumns(input));
    await writeQueue(tx, row.id, input);
    await recordAudit(tx, { actorUserId: actor.userId, action: "queue.create", entityType: "queue", entityId: row.id, data: { after: input } });
    return row;
  });
}

/** Saves a queue and its members. The default queue stays the default until another takes its place. */
export async function updateQueue(db: Database, actor: Actor, input: UpdateQueueInput) {
  await checkQueue(db, input.data, input.id);
  return auditedConfigChange(db, async (tx) => {
    const before = await queries.findQueue(tx, input.id);
    if (!before) throw new DomainError("common.notFound");
    if (before.isDefault && !input.data.isDefault) throw new DomainError("settings.defaultQueueRequired");
    const row = (await queries.updateQueue(tx, input.id, queueColumns(input.data)))!;
    await writeQueue(tx, row.id, input.data);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: "queue.update",
      entityType: "queue",
      entityId: row.id,
      data: {
        before: {
          key: before.key,
          name: before.name,
          strategy: before.strategy,
          fallbackQueueId: before.fallbackQueueId,
          isDefault: before.isDefault,
          leadUserId: before.leadUserId,
        },
        after: input.data,
      },
    });
    return row;
  });
}
