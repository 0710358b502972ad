-- The language a subject wrote in: every email about their request is built in it.
ALTER TABLE "PrivacyRequest" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';

-- Requests filed before languages existed take their organization's language.
UPDATE "PrivacyRequest" AS r SET "locale" = o."locale" FROM "Organization" AS o WHERE r."organizationId" = o."id" AND r."locale" <> o."locale";
