import { env } from "@/server/env";

/** Where a case lives for the customer and for staff, and the address a reply threads by. */
export function caseLinks(row: { number: string; replyToken: string }) {
  const base = env.APP_URL.replace(/\/$/, "");
  return {
    url: `${base}/cases/${row.number}`,
    agentUrl: `${base}/agent/cases/${row.number}`,
    replyAddress: `reply+${row.replyToken}@${env.CASES_REPLY_DOMAIN}`,
  };
}

/** The token of our reply address among the recipients ("reply+<token>@<domain>"), if any. */
export function replyTokenFrom(addresses: string[]): string | null {
  const domain = env.CASES_REPLY_DOMAIN.toLowerCase();
  for (const address of addresses) {
    const match = /reply\+([a-z0-9]{8,40})@([^\s>]+)/i.exec(address);
    if (match && match[2]!.toLowerCase() === domain) return match[1]!.toLowerCase();
  }
  return null;
}
