import type { Database } from "@/db/client";
import type { Actor } from "@/server/accounts";
import { DomainError } from "@/server/errors";
import * as queries from "./queries";
import type { ListMyOrdersInput } from "./schemas";

type CustomerActor = Actor & { customerId: string };

/** The customer's own orders, newest first, one keyset page at a time. */
export async function listMyOrders(db: Database, actor: CustomerActor, input: ListMyOrdersInput) {
  const rows = await queries.listOrdersOfCustomer(db, { customerId: actor.customerId, before: input.cursor ?? null, limit: input.limit + 1 });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > input.limit && last ? { placedAt: last.placedAt, id: last.id } : null };
}

/** One of the customer's orders with items, shipments, tracking and invoices. */
export async function getMyOrderOrThrow(db: Database, actor: CustomerActor, number: string) {
  const order = await queries.findOrderOfCustomer(db, { customerId: actor.customerId, number });
  if (!order) throw new DomainError("common.notFound");
  const details = await queries.findOrderDetails(db, order.id);
  return { ...order, ...details };
}
