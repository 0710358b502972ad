// Runs once when a Next.js server process starts: the background worker delivers email and sends
// reminders, unless the deployment runs it as its own process (`npm run worker`, WORKER_IN_APP=false).
// onRequestError: Next's own request errors go to the structured log with the request id.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("@/lib/env");
  if (!getEnv().WORKER_IN_APP) return;
  const { startBackgroundWorker } = await import("@/lib/worker/background-worker");
  startBackgroundWorker();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { logRequestError } = await import("@/lib/log/log-request-error");
  logRequestError(error, request, context);
};
