"use client";

export { ProvidedErrorPage as default } from "@/components/ui/error-texts";
