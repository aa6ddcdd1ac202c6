"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { trpcFailure } from "./use-trpc-error";

export function EmailChangeForm() {
  const trpc = useTRPC();
  const t = useTranslations("selfcare.account");
  const [email, setEmail] = useState("");
  const request = useMutation(trpc.account.requestEmailChange.mutationOptions());
  const failure = trpcFailure(request.error);
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        request.mutate({ email });
      }}
    >
      <TextField
        id="new-email"
        type="email"
        label={t("newEmail")}
        autoComplete="email"
        value={email}
        maxLength={254}
        onChange={(e) => setEmail(e.target.value)}
        error={failure ? (failure.fields.email?.join(" ") ?? failure.message) : undefined}
      />
      {request.data && <p role="status" className="text-sm text-green-800">{t("linkSent", { email: request.data.sentTo, hours: request.data.expiresInHours })}</p>}
      <Button type="submit" variant="secondary" disabled={request.isPending || !email}>{t("sendLink")}</Button>
    </form>
  );
}
