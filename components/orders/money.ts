import type { getFormatter } from "next-intl/server";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** Amounts are stored in cents; shown in the reader's locale. */
export const formatMoney = (format: Formatter, cents: number, currency: string) => format.number(cents / 100, { style: "currency", currency });
