import type { Database } from "@/db/client";
import { auditLog } from "@/db/schema";

export async function recordAudit(
  db: Database,
  entry: { actorUserId: string | null; action: string; entityType: string; entityId: string; data?: Record<string, unknown> },
): Promise<void> {
  await db.insert(auditLog).values({ ...entry, data: entry.data ?? {} });
}
