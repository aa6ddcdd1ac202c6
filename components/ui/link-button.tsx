import Link, { type LinkProps } from "next/link";
import type { ReactNode } from "react";
import { buttonBase, buttonStyles } from "./button";
import { cn } from "./cn";

export function LinkButton({ variant = "primary", className, children, ...props }: LinkProps & { variant?: keyof typeof buttonStyles; className?: string; children: ReactNode }) {
  return (
    <Link className={cn(buttonBase, buttonStyles[variant], className)} {...props}>
      {children}
    </Link>
  );
}
