import { getDb } from "@/db/client";
import { handleChannelWebhook } from "@/server/cases/channel-webhook";
import { getJobQueue } from "@/server/jobs/web-queue";

export async function POST(request: Request, context: { params: Promise<{ channel: string }> }) {
  const { channel } = await context.params;
  return handleChannelWebhook({ db: getDb(), getQueue: getJobQueue }, channel, request);
}
