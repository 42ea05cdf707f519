-- CreateTable
CREATE TABLE "CheckChoice" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "lessonKey" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "tried" TEXT NOT NULL DEFAULT '',
    "finish" TEXT,
    "chosen" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckChoice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CheckChoice_userId_lessonKey_itemId_key" ON "CheckChoice"("userId", "lessonKey", "itemId");

-- AddForeignKey
ALTER TABLE "CheckChoice" ADD CONSTRAINT "CheckChoice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
