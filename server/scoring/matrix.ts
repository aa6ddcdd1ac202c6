import type { Level } from "@/server/routing/conditions";

export type ServiceChannel = "self_service" | "bot" | "forum" | "chat" | "email" | "phone_callback" | "on_site";
export type MatrixCell = { complexity: Level; severity: Level; effort: Level; primaryChannel: ServiceChannel; secondaryChannel: ServiceChannel };

export const levels: Level[] = ["low", "medium", "high"];
export const serviceChannels: ServiceChannel[] = ["self_service", "bot", "forum", "chat", "email", "phone_callback", "on_site"];

/**
 * The starting matrix: simple, harmless questions go to self-service and the bot; the harder or
 * more serious a case, the more direct and synchronous the channel; hands-on effort ends on site.
 */
export function defaultMatrix(): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (const complexity of levels)
    for (const severity of levels)
      for (const effort of levels) {
        let pair: [ServiceChannel, ServiceChannel];
        if (complexity === "low") pair = severity === "low" ? ["self_service", "bot"] : severity === "medium" ? ["bot", "chat"] : ["chat", "phone_callback"];
        else if (complexity === "medium") pair = severity === "low" ? ["forum", "email"] : severity === "medium" ? ["email", "chat"] : ["phone_callback", "chat"];
        else pair = severity === "low" ? ["email", "forum"] : severity === "medium" ? ["chat", "phone_callback"] : ["phone_callback", "email"];
        if (effort === "high" && complexity !== "low") pair = [pair[0] === "phone_callback" ? "phone_callback" : pair[0], severity === "low" ? "phone_callback" : "on_site"];
        if (effort === "low" && complexity === "low" && severity !== "high") pair = ["self_service", pair[0] === "self_service" ? "bot" : pair[0]];
        cells.push({ complexity, severity, effort, primaryChannel: pair[0], secondaryChannel: pair[1] });
      }
  return cells;
}
