
-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "accentColor" TEXT,
ADD COLUMN     "retentionMonths" INTEGER NOT NULL DEFAULT 24;

-- AlterTable
ALTER TABLE "PrivacyRequest" ADD COLUMN     "identifiersRemovedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "OrganizationLogo" (
    "organizationId" UUID NOT NULL,
    "contentType" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganizationLogo_pkey" PRIMARY KEY ("organizationId")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" UUID,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" UUID,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_organizationId_createdAt_idx" ON "Invitation"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Invitation_organizationId_email_idx" ON "Invitation"("organizationId", "email");

-- CreateIndex
CREATE INDEX "PrivacyRequest_organizationId_closedAt_idx" ON "PrivacyRequest"("organizationId", "closedAt");

-- CreateIndex
CREATE INDEX "PrivacyRequest_identifiersRemovedAt_closedAt_idx" ON "PrivacyRequest"("identifiersRemovedAt", "closedAt");

-- AddForeignKey
ALTER TABLE "OrganizationLogo" ADD CONSTRAINT "OrganizationLogo_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Retention may redact a history entry that carried what the subject wrote, and nothing else: the entry keeps
-- its kind, actor and time, its text becomes the tombstone and its data goes. Any other change is refused.
CREATE OR REPLACE FUNCTION "forbid_request_event_update"() RETURNS trigger AS $$
BEGIN
  IF NEW.message = '[removed at the end of the retention period]' AND NEW.data IS NULL
     AND NEW.id = OLD.id AND NEW."organizationId" = OLD."organizationId" AND NEW."requestId" = OLD."requestId"
     AND NEW.kind = OLD.kind AND NEW.actor = OLD.actor AND NEW."actorUserId" IS NOT DISTINCT FROM OLD."actorUserId"
     AND NEW."visibleToSubject" = OLD."visibleToSubject" AND NEW."createdAt" = OLD."createdAt" THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'RequestEvent rows are append-only';
END;
$$ LANGUAGE plpgsql;
