-- Status links stop working this many days after their request closes (a link issued later: after it was issued).
-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "statusLinkDaysAfterClose" INTEGER NOT NULL DEFAULT 90;

