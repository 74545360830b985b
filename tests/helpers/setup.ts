// Shared test setup: the Chinese words loaded (the site fetches them when a page turns Chinese, see
// src/ui/i18n/messages.ts; tests/ui/i18n/messagesLoading.test.ts checks that part with fresh
// modules), and what Testing Library rendered unmounted after each UI test.
import { afterEach } from "vitest";
import { loadMessages } from "../../src/ui/i18n/messages.ts";

await loadMessages("zh");

afterEach(async () => {
  if (typeof document !== "undefined") {
    const { cleanup } = await import("@testing-library/react");
    cleanup();
  }
});
