import { getDb } from "@/db/client";
import { getActor } from "@/server/auth/session";
import { env } from "@/server/env";
import { listMyOrders } from "@/server/orders";
import { listMyOrdersInput } from "@/server/orders/schemas";

/**
 * The middle rung of the benchmark ladder (QUALITY P2: bare Node → Next route handler → tRPC): the
 * same session check and service as `orders.list`, without tRPC. Answers 404 unless BENCH_ROUTES=1,
 * which only the benchmark sets.
 */
export async function GET() {
  if (env.BENCH_ROUTES !== "1") return new Response(null, { status: 404 });
  const actor = await getActor();
  if (!actor || actor.role !== "customer" || !actor.customerId) return Response.json({ error: "unauthorized" }, { status: 401 });
  const page = await listMyOrders(getDb(), { ...actor, customerId: actor.customerId }, listMyOrdersInput.parse({ limit: 20 }));
  return Response.json(page);
}
