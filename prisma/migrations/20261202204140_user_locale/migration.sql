-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('nl', 'en');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" "Locale" NOT NULL DEFAULT 'nl';
