// Browser tests (Playwright): Debian's Chromium against the built app, started with a fresh database and
// a real SMTP sink by scripts/e2e-server.ts. `npm test` builds the app first; `npm run test:e2e` does not.
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets two checkouts on one machine run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
process.env.E2E_PORT = String(PORT);
const baseURL = `http://127.0.0.1:${PORT}`;
// Where the SMTP sink saves emails for e2e/support/mailbox.ts; set here so both sides agree.
process.env.E2E_MAIL_DIR ??= path.resolve("test-results", "mail");

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // A flaky test gets fixed, not retried.
  retries: 0,
  workers: process.env.CI ? 1 : 2,
  reporter: "list",
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          // Playwright cannot download its browsers here: use the distribution's Chromium.
          executablePath: "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node --import tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_MAIL_DIR: process.env.E2E_MAIL_DIR, E2E_PORT: String(PORT) },
    // SIGTERM lets the server drop its database and temp directory; without it Playwright sends SIGKILL.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
