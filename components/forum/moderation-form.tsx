"use client";

import { useActionState, useId, type ReactNode } from "react";
import { moderateAction } from "@/app/(backoffice)/agent/community/actions";
import { Button, type buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/** One moderation action: hidden fields, optional inputs (children), a button and its translated answer. */
export function ModerationForm({
  intent,
  fields,
  submitLabel,
  children,
  variant = "secondary",
  className,
}: {
  intent: string;
  fields: Record<string, string>;
  submitLabel: string;
  children?: ReactNode;
  variant?: keyof typeof buttonStyles;
  className?: string;
}) {
  const [state, formAction, isPending] = useActionState(moderateAction, {});
  const id = useId();
  return (
    <form action={formAction} className={cn("flex flex-wrap items-end gap-2", className)}>
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <Button type="submit" variant={variant} className="min-h-9 px-3 py-1" disabled={isPending} aria-describedby={state.error || state.message ? id : undefined}>
        {submitLabel}
      </Button>
      {state.error && (
        <p id={id} role="alert" className="w-full text-sm text-red-700">
          {state.error}
        </p>
      )}
      {state.message && !state.error && (
        <p id={id} role="status" className="w-full text-sm font-medium text-green-800">
          {state.message}
        </p>
      )}
    </form>
  );
}
