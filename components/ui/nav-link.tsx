"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "./cn";

/** A navigation link that marks itself as the current page (aria-current) when its section is open. */
export function NavLink({ href, children, className, activeClassName }: { href: string; children: ReactNode; className?: string; activeClassName?: string }) {
  const pathname = usePathname();
  const isActive = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={isActive ? "page" : undefined} className={cn(className, isActive && activeClassName)}>
      {children}
    </Link>
  );
}
