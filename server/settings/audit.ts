import type { Database } from "@/db/client";
import * as queries from "./queries";
import type { ListAuditInput } from "./schemas";

/** The latest audited changes, newest first: who did what to which record, and when. */
export const listAuditEntries = (db: Database, input: ListAuditInput) => queries.listAudit(db, input);
