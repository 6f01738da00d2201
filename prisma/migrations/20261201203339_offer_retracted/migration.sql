-- AlterEnum
ALTER TYPE "OfferStatus" ADD VALUE 'RETRACTED';
