-- One-time data jobs written in TypeScript (lib/db/one-time-jobs.ts): the transaction that runs a job
-- inserts its row first, so each job runs once even when several instances start together.
CREATE TABLE "OneTimeJob" (
    "name" TEXT NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "summary" TEXT,

    CONSTRAINT "OneTimeJob_pkey" PRIMARY KEY ("name")
);
