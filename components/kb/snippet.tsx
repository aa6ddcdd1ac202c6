import type { SnippetPart } from "@/server/kb";

/** A highlighted search snippet, rendered as text: the matches are the only markup. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className="mt-1 text-sm text-zinc-700">
      {parts.map((part, index) =>
        part.isMatch ? (
          <mark key={index} className="rounded bg-amber-100 px-0.5 text-zinc-900">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
