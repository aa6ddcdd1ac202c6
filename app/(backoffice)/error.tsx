"use client";

export { StandaloneErrorPage as default } from "@/components/ui/error-page";
