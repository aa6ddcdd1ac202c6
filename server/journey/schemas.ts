import { z } from "zod";
import { journeyChannel, journeyEventType } from "@/db/schema";

export const journeyEventInput = z.strictObject({
  type: z.enum(journeyEventType.enumValues),
  channel: z.enum(journeyChannel.enumValues),
  customerId: z.uuid().nullable(),
  orderId: z.uuid().nullish(),
  caseId: z.uuid().nullish(),
  // Small facts only (a reason key, the channel switched from): analytics groups by them.
  data: z.record(z.string().max(40), z.union([z.string().max(200), z.number(), z.boolean(), z.null()])).default({}),
  occurredAt: z.date().optional(),
});
export type JourneyEventInput = z.input<typeof journeyEventInput>;
