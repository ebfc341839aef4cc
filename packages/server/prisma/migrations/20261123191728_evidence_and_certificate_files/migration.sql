-- AlterTable
ALTER TABLE "Realisation" ADD COLUMN     "evidenceFileId" TEXT;

-- AlterTable
ALTER TABLE "TrainingEnrolment" ADD COLUMN     "certificateFileId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Realisation_evidenceFileId_key" ON "Realisation"("evidenceFileId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingEnrolment_certificateFileId_key" ON "TrainingEnrolment"("certificateFileId");

-- AddForeignKey
ALTER TABLE "Realisation" ADD CONSTRAINT "Realisation_evidenceFileId_fkey" FOREIGN KEY ("evidenceFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEnrolment" ADD CONSTRAINT "TrainingEnrolment_certificateFileId_fkey" FOREIGN KEY ("certificateFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
