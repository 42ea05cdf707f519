-- CreateIndex
CREATE INDEX "Reflection_userId_promptId_lessonKey_id_idx" ON "Reflection"("userId", "promptId", "lessonKey", "id");
