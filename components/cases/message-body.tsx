import { cn } from "@/components/ui/cn";

/**
 * A case message as HTML produced by the one sanitizer (server/content/markdown.ts) when it was
 * written (case_events.body_html). Never pass anything else here.
 */
export function MessageBody({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={cn(
        "break-words text-sm text-zinc-900 [&_a]:font-medium [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-zinc-300 [&_blockquote]:pl-3 [&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 [&_img]:max-w-full [&_li]:my-0.5 [&_ol]:list-decimal [&_ol]:pl-5 [&_p]:my-1.5 [&_p:first-child]:mt-0 [&_p:last-child]:mb-0 [&_pre]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-zinc-100 [&_pre]:p-3 [&_table]:text-sm [&_td]:border [&_td]:border-zinc-200 [&_td]:px-2 [&_th]:border [&_th]:border-zinc-200 [&_th]:px-2 [&_ul]:list-disc [&_ul]:pl-5",
        className,
      )}
      // Sanitized at write time; the only raw HTML of a timeline.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
