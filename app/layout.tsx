import type { Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d4ed8" };

/** Each area renders its own <html> (components/document.tsx): cached public pages and per-request pages differ. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
