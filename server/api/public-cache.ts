import "server-only";
import { revalidatePath } from "next/cache";

/**
 * The public help pages are cached for every reader (ISR): after an editor's change, every
 * language's help center is rendered again on its next visit instead of waiting for expiry.
 */
export function refreshPublicHelpCenter() {
  try {
    // The route as Next names it (route group included): every page under the help layout.
    revalidatePath("/(help)/[locale]/help", "layout");
  } catch (error) {
    // Outside a Next request (tests, scripts, the worker) there is no page cache to refresh.
    if (!(error instanceof Error && error.message.includes("static generation store missing"))) throw error;
  }
}
