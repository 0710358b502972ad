-- CreateEnum
CREATE TYPE "PauseReason" AS ENUM ('IDENTITY', 'FEE', 'CLARIFICATION', 'LARGE_VOLUME_CLARIFICATION', 'OTHER');

-- CreateEnum
CREATE TYPE "UkRegion" AS ENUM ('ENGLAND_WALES', 'SCOTLAND', 'NORTHERN_IRELAND');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "holidayRegion" "UkRegion" NOT NULL DEFAULT 'ENGLAND_WALES';

-- AlterTable
ALTER TABLE "PrivacyRequest" ADD COLUMN     "holidayRegion" "UkRegion";

-- AlterTable
ALTER TABLE "RequestPause" ADD COLUMN     "reason" "PauseReason";

