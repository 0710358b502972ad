-- CreateEnum
CREATE TYPE "ClockStart" AS ENUM ('RECEIPT', 'VERIFICATION');

-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('STAFF_DUE', 'SUBJECT_REPLY', 'STAFF_NO_REPLY');

-- CreateEnum
CREATE TYPE "ReminderOutcome" AS ENUM ('SENT', 'SKIPPED');

-- AlterEnum
ALTER TYPE "Regime" ADD VALUE 'CCPA_OPT_OUT';

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "clockStart" "ClockStart" NOT NULL DEFAULT 'VERIFICATION',
ADD COLUMN     "extensionMaxDays" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "regime" "Regime" NOT NULL DEFAULT 'DEFAULT',
ADD COLUMN     "remindOverdueDaily" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "reminderDaysBefore" INTEGER[] DEFAULT ARRAY[7, 3, 1, 0]::INTEGER[],
ADD COLUMN     "responseBusinessDays" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "subjectReplyDays" INTEGER NOT NULL DEFAULT 14;

-- AlterTable
ALTER TABLE "PrivacyRequest" ADD COLUMN     "clockStart" "ClockStart",
ADD COLUMN     "customBusinessDays" BOOLEAN,
ADD COLUMN     "customDays" INTEGER,
ADD COLUMN     "extendedAt" TIMESTAMP(3),
ADD COLUMN     "extensionDays" INTEGER,
ADD COLUMN     "extensionMonths" INTEGER,
ADD COLUMN     "extensionReason" TEXT,
ADD COLUMN     "regime" "Regime";

-- AlterTable
ALTER TABLE "RequestPause" ADD COLUMN     "answerBy" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "queues" "Queue"[] DEFAULT ARRAY['CONTROLLER', 'PROCESSOR']::"Queue"[];

-- CreateTable
CREATE TABLE "ScheduledReminder" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "key" TEXT NOT NULL,
    "fireAt" TIMESTAMP(3) NOT NULL,
    "handledAt" TIMESTAMP(3),
    "outcome" "ReminderOutcome",
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScheduledReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScheduledReminder_handledAt_fireAt_idx" ON "ScheduledReminder"("handledAt", "fireAt");

-- CreateIndex
CREATE INDEX "ScheduledReminder_organizationId_requestId_idx" ON "ScheduledReminder"("organizationId", "requestId");

-- CreateIndex
CREATE UNIQUE INDEX "ScheduledReminder_requestId_kind_key_key" ON "ScheduledReminder"("requestId", "kind", "key");

-- AddForeignKey
ALTER TABLE "ScheduledReminder" ADD CONSTRAINT "ScheduledReminder_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PrivacyRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Organizations that promised other than 30 days were computed as a CUSTOM calendar-day period; say so.
UPDATE "Organization" SET "regime" = 'CUSTOM' WHERE "responseDays" <> 30;

-- Requests accepted before the policy was stored on each request keep the rule they were given.
UPDATE "PrivacyRequest" AS r
SET "regime" = o."regime",
    "clockStart" = 'VERIFICATION',
    "customDays" = CASE WHEN o."regime" = 'CUSTOM' THEN o."responseDays" END,
    "customBusinessDays" = CASE WHEN o."regime" = 'CUSTOM' THEN false END
FROM "Organization" AS o
WHERE r."organizationId" = o."id" AND r."verifiedAt" IS NOT NULL;
