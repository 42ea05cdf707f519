-- CreateTable
CREATE TABLE "BackupRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trigger" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME NOT NULL,
    "file" TEXT,
    "sizeBytes" BIGINT,
    "ok" BOOLEAN NOT NULL,
    "error" TEXT
);

-- CreateTable
CREATE TABLE "JobClaim" (
    "job" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "claimedBy" TEXT NOT NULL,
    "claimedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("job", "slot")
);

-- CreateTable
CREATE TABLE "InstanceHeartbeat" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "host" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "seenAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "BackupRun_ok_finishedAt_idx" ON "BackupRun"("ok", "finishedAt");

-- CreateIndex
CREATE INDEX "InstanceHeartbeat_seenAt_idx" ON "InstanceHeartbeat"("seenAt");
