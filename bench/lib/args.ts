/** A whole number from a CLI flag, or undefined when the flag is absent. */
export function parsePositiveInt(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const cleaned = value.replace(/_/g, "");
  if (!/^\d+$/.test(cleaned) || Number(cleaned) < 1) throw new Error(`${flag} must be a positive whole number (got "${value}")`);
  return Number(cleaned);
}
