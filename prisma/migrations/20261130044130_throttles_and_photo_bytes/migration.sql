-- AlterTable
ALTER TABLE "Photo" ADD COLUMN     "bytes" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");

-- Photos stored before this column: their size is the sum of their variants' sizes.
UPDATE "Photo" SET "bytes" = COALESCE((SELECT SUM((v->>'bytes')::int) FROM jsonb_array_elements("variants") AS v), 0)
WHERE jsonb_typeof("variants") = 'array';
