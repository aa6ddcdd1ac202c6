import { cn } from "@/components/ui/cn";

/**
 * Renders HTML that came out of server/content/markdown.ts (sanitized when the article was saved).
 * Never pass anything else here.
 */
export function SanitizedHtml({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={cn(
        "max-w-none text-zinc-800 [&_a]:font-medium [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-zinc-300 [&_blockquote]:pl-4 [&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 [&_code]:text-sm [&_h1]:mt-6 [&_h1]:text-2xl [&_h1]:font-semibold [&_h2]:mt-6 [&_h2]:mb-2 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:font-semibold [&_iframe]:aspect-video [&_iframe]:w-full [&_iframe]:max-w-2xl [&_iframe]:rounded-md [&_img]:my-3 [&_img]:max-w-full [&_img]:rounded-md [&_li]:my-1 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-3 [&_p]:leading-relaxed [&_pre]:my-3 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-zinc-900 [&_pre]:p-4 [&_pre]:text-zinc-100 [&_pre_code]:bg-transparent [&_pre_code]:text-zinc-100 [&_table]:my-4 [&_table]:w-full [&_table]:border-collapse [&_table]:text-sm [&_td]:border [&_td]:border-zinc-200 [&_td]:px-3 [&_td]:py-2 [&_th]:border [&_th]:border-zinc-200 [&_th]:bg-zinc-50 [&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_ul]:list-disc [&_ul]:pl-6",
        className,
      )}
      // The only raw HTML on the page: produced by the one sanitizer at write time.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
