import type { ReactNode } from "react";
import { cn } from "./cn";

export type Column = { label: string; isNumeric?: boolean };

/** A bordered, horizontally scrollable table with one header row; rows come as children. */
export function DataTable({ columns, children, isBusy }: { columns: Column[]; children: ReactNode; isBusy?: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm" aria-busy={isBusy}>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-zinc-700">
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={cn("px-4 py-3 font-semibold", column.isNumeric && "text-right")}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">{children}</tbody>
      </table>
    </div>
  );
}
