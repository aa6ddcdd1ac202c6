import type { ReactNode } from "react";

/** The Lighthouse floor's document: no stylesheet, font or translations (bench/lighthouse.ts). */
export default function FloorLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
