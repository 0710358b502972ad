-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Regime" AS ENUM ('DEFAULT', 'GDPR', 'UK', 'CCPA', 'NZ', 'LGPD', 'CUSTOM');

-- CreateEnum
CREATE TYPE "RequestType" AS ENUM ('ACCESS', 'CORRECTION', 'DELETION', 'EXPORT', 'RESTRICTION', 'OBJECTION', 'OPT_OUT_SALE');

-- CreateEnum
CREATE TYPE "Queue" AS ENUM ('CONTROLLER', 'PROCESSOR');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('PENDING_VERIFICATION', 'NEW', 'IN_PROGRESS', 'AWAITING_SUBJECT', 'COMPLETED', 'DENIED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('WEB', 'API', 'EMAIL', 'PHONE');

-- CreateEnum
CREATE TYPE "EventActor" AS ENUM ('SUBJECT', 'STAFF', 'SYSTEM');

-- CreateEnum
CREATE TYPE "TokenPurpose" AS ENUM ('VERIFY', 'STATUS');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OWNER', 'ADMIN', 'OFFICER', 'VIEWER');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "tagline" TEXT,
    "website" TEXT,
    "policyUrl" TEXT,
    "privacyEmail" TEXT NOT NULL,
    "privacyContactName" TEXT,
    "postalAddress" TEXT,
    "country" TEXT NOT NULL,
    "regulatorName" TEXT,
    "regulatorUrl" TEXT,
    "laws" TEXT[],
    "regimes" "Regime"[],
    "requestTypes" "RequestType"[],
    "timeZone" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "defaultJurisdiction" TEXT NOT NULL,
    "responseDays" INTEGER NOT NULL DEFAULT 30,
    "verificationTtlHours" INTEGER NOT NULL DEFAULT 24,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Relationship" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT,
    "queue" "Queue" NOT NULL,
    "controllerPrompt" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Relationship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrivacyRequest" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "reference" TEXT,
    "type" "RequestType" NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'PENDING_VERIFICATION',
    "queue" "Queue" NOT NULL,
    "relationshipId" UUID NOT NULL,
    "controllerName" TEXT,
    "channel" "Channel" NOT NULL DEFAULT 'WEB',
    "subjectName" TEXT NOT NULL,
    "subjectEmail" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "details" TEXT,
    "correctionWrong" TEXT,
    "correctionRight" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "verifiedAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PrivacyRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestEvent" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "actor" "EventActor" NOT NULL,
    "actorUserId" UUID,
    "visibleToSubject" BOOLEAN NOT NULL DEFAULT false,
    "message" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestToken" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "purpose" "TokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestCounter" (
    "organizationId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "RequestCounter_pkey" PRIMARY KEY ("organizationId","year")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" UUID NOT NULL,
    "organizationId" UUID,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "transport" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "Relationship_organizationId_position_idx" ON "Relationship"("organizationId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Relationship_organizationId_key_key" ON "Relationship"("organizationId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "PrivacyRequest_reference_key" ON "PrivacyRequest"("reference");

-- CreateIndex
CREATE INDEX "PrivacyRequest_organizationId_queue_status_dueAt_idx" ON "PrivacyRequest"("organizationId", "queue", "status", "dueAt");

-- CreateIndex
CREATE INDEX "PrivacyRequest_organizationId_subjectEmail_idx" ON "PrivacyRequest"("organizationId", "subjectEmail");

-- CreateIndex
CREATE INDEX "PrivacyRequest_organizationId_receivedAt_idx" ON "PrivacyRequest"("organizationId", "receivedAt");

-- CreateIndex
CREATE INDEX "RequestEvent_organizationId_requestId_createdAt_idx" ON "RequestEvent"("organizationId", "requestId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RequestToken_tokenHash_key" ON "RequestToken"("tokenHash");

-- CreateIndex
CREATE INDEX "RequestToken_organizationId_requestId_idx" ON "RequestToken"("organizationId", "requestId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_organizationId_userId_key" ON "Membership"("organizationId", "userId");

-- CreateIndex
CREATE INDEX "OutboxEmail_status_nextAttemptAt_idx" ON "OutboxEmail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_organizationId_createdAt_idx" ON "OutboxEmail"("organizationId", "createdAt");

-- AddForeignKey
ALTER TABLE "Relationship" ADD CONSTRAINT "Relationship_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivacyRequest" ADD CONSTRAINT "PrivacyRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivacyRequest" ADD CONSTRAINT "PrivacyRequest_relationshipId_fkey" FOREIGN KEY ("relationshipId") REFERENCES "Relationship"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PrivacyRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestToken" ADD CONSTRAINT "RequestToken_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PrivacyRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestCounter" ADD CONSTRAINT "RequestCounter_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A request's history is append-only: an event, once written, is never rewritten.
CREATE FUNCTION "forbid_request_event_update"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'RequestEvent rows are append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "RequestEvent_append_only" BEFORE UPDATE ON "RequestEvent"
  FOR EACH ROW EXECUTE FUNCTION "forbid_request_event_update"();
