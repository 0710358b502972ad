// Runs once when a Next.js server process starts: the outbox worker delivers email in the background.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startOutboxWorker } = await import("@/lib/email/outbox-worker");
  startOutboxWorker();
}
