-- CreateEnum
CREATE TYPE "OrgRole" AS ENUM ('ADMIN', 'MEMBER');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "orgRole" "OrgRole";

-- Every partner user so far registered their organisation: its first beheerder.
UPDATE "User" SET "orgRole" = 'ADMIN' WHERE role = 'PARTNER';
