/** The placeholders a macro body may use, in the order the editor lists them. */
export const macroPlaceholders = ["customer.name", "case.number", "case.subject", "agent.name", "order.number"] as const;
export type MacroPlaceholder = (typeof macroPlaceholders)[number];

const PLACEHOLDER = /\{\{\s*([a-zA-Z]+(?:\.[a-zA-Z]+)*)\s*\}\}/g;

/**
 * Makes a value read as plain text inside Markdown: a customer called "*Max* [click](x)" must not
 * become emphasis or a link in the reply. Newlines would start new blocks, so they become spaces.
 */
export function escapeMarkdownText(value: string): string {
  return value
    .replace(/[\r\n]+/g, " ")
    .replace(/[\\`*_[\]<>|~&]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([#+\-=])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

/**
 * Fills the known placeholders of a body with escaped values. Unknown placeholders, and known ones
 * without a value (a customer with no order), stay visible so the agent sees what to complete.
 */
export function fillPlaceholders(body: string, values: Partial<Record<MacroPlaceholder, string | null>>) {
  const missing = new Set<string>();
  const text = body.replace(PLACEHOLDER, (whole, name: string) => {
    const value = (values as Record<string, string | null | undefined>)[name];
    if (value === undefined || value === null || value === "") {
      missing.add(name);
      return whole;
    }
    return escapeMarkdownText(value);
  });
  return { body: text, missing: [...missing] };
}
