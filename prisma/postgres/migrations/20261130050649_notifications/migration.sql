-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('reply', 'nudge', 'due_soon', 'look_back', 'shared');

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),
    "replyId" TEXT,
    "nudgeId" TEXT,
    "lookBackId" TEXT,
    "shareReflectionId" TEXT,
    "shareCohortId" TEXT,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOptOut" (
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,

    CONSTRAINT "EmailOptOut_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateIndex
CREATE UNIQUE INDEX "Notification_key_key" ON "Notification"("key");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_replyId_idx" ON "Notification"("replyId");

-- CreateIndex
CREATE INDEX "Notification_nudgeId_idx" ON "Notification"("nudgeId");

-- CreateIndex
CREATE INDEX "Notification_lookBackId_idx" ON "Notification"("lookBackId");

-- CreateIndex
CREATE INDEX "Notification_shareReflectionId_shareCohortId_idx" ON "Notification"("shareReflectionId", "shareCohortId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "ReflectionReply"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_nudgeId_fkey" FOREIGN KEY ("nudgeId") REFERENCES "Nudge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_lookBackId_fkey" FOREIGN KEY ("lookBackId") REFERENCES "LookBack"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_shareReflectionId_shareCohortId_fkey" FOREIGN KEY ("shareReflectionId", "shareCohortId") REFERENCES "ReflectionShare"("reflectionId", "cohortId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailOptOut" ADD CONSTRAINT "EmailOptOut_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
