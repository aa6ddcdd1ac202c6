"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputStyles } from "@/components/ui/field";

/** A labelled select, as the settings forms lay them out. */
export function SelectField({
  id,
  label,
  hint,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string | number;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={hint ? `${id}-hint` : undefined} className={inputStyles}>
        {children}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-zinc-600">
          {hint}
        </p>
      )}
    </div>
  );
}

/** Save and Cancel at the foot of a settings form. */
export function FormActions({ isSaving, onCancel }: { isSaving: boolean; onCancel: () => void }) {
  const t = useTranslations("settings");
  return (
    <div className="flex gap-2 md:col-span-2">
      <Button type="submit" disabled={isSaving}>
        {t("save")}
      </Button>
      <Button type="button" variant="secondary" onClick={onCancel}>
        {t("cancel")}
      </Button>
    </div>
  );
}

/** A row's Delete button, asking for confirmation first. */
export function ConfirmDeleteButton({ label, confirm, disabled, onConfirm }: { label: string; confirm: string; disabled: boolean; onConfirm: () => void }) {
  const t = useTranslations("settings");
  return (
    <Button
      type="button"
      variant="danger"
      className="min-h-9 py-1"
      aria-label={label}
      disabled={disabled}
      onClick={() => {
        if (window.confirm(confirm)) onConfirm();
      }}
    >
      {t("delete")}
    </Button>
  );
}

/** The ↑ ↓ buttons of a row in an ordered list (routing rules, SLA policies). */
export function MoveButtons({
  name,
  isFirst,
  isLast,
  disabled,
  onMove,
}: {
  name: string;
  isFirst: boolean;
  isLast: boolean;
  disabled: boolean;
  onMove: (direction: "up" | "down") => void;
}) {
  const t = useTranslations("settings");
  return (
    <>
      <Button
        type="button"
        variant="ghost"
        className="min-h-9 px-2 py-1"
        aria-label={`${t("moveUp")}: ${name}`}
        disabled={isFirst || disabled}
        onClick={() => onMove("up")}
      >
        ↑
      </Button>
      <Button
        type="button"
        variant="ghost"
        className="min-h-9 px-2 py-1"
        aria-label={`${t("moveDown")}: ${name}`}
        disabled={isLast || disabled}
        onClick={() => onMove("down")}
      >
        ↓
      </Button>
    </>
  );
}
