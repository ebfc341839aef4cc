-- CreateEnum
CREATE TYPE "CompetencyKind" AS ENUM ('TECHNICAL', 'MANAGERIAL', 'SOCIOCULTURAL');

-- CreateEnum
CREATE TYPE "TrainingDelivery" AS ENUM ('INTERNAL', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('ENROLLED', 'COMPLETED', 'CANCELLED');

-- CreateTable
CREATE TABLE "Competency" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CompetencyKind" NOT NULL,
    "coreValue" "CoreValue",

    CONSTRAINT "Competency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingProgramme" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "delivery" "TrainingDelivery" NOT NULL,
    "provider" TEXT NOT NULL,
    "hours" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingEnrolment" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "status" "EnrolmentStatus" NOT NULL DEFAULT 'ENROLLED',
    "enrolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedOn" DATE,
    "hours" INTEGER,
    "certificateUrl" TEXT,

    CONSTRAINT "TrainingEnrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetencyRequirement" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "positionTitle" TEXT NOT NULL,
    "competencyId" TEXT NOT NULL,

    CONSTRAINT "CompetencyRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_CompetencyToTrainingProgramme" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CompetencyToTrainingProgramme_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Competency_code_key" ON "Competency"("code");

-- CreateIndex
CREATE INDEX "TrainingProgramme_agencyId_startDate_idx" ON "TrainingProgramme"("agencyId", "startDate");

-- CreateIndex
CREATE INDEX "TrainingEnrolment_employeeId_completedOn_idx" ON "TrainingEnrolment"("employeeId", "completedOn");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingEnrolment_programmeId_employeeId_key" ON "TrainingEnrolment"("programmeId", "employeeId");

-- CreateIndex
CREATE UNIQUE INDEX "CompetencyRequirement_agencyId_positionTitle_competencyId_key" ON "CompetencyRequirement"("agencyId", "positionTitle", "competencyId");

-- CreateIndex
CREATE INDEX "_CompetencyToTrainingProgramme_B_index" ON "_CompetencyToTrainingProgramme"("B");

-- AddForeignKey
ALTER TABLE "TrainingProgramme" ADD CONSTRAINT "TrainingProgramme_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEnrolment" ADD CONSTRAINT "TrainingEnrolment_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "TrainingProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEnrolment" ADD CONSTRAINT "TrainingEnrolment_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyRequirement" ADD CONSTRAINT "CompetencyRequirement_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyRequirement" ADD CONSTRAINT "CompetencyRequirement_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CompetencyToTrainingProgramme" ADD CONSTRAINT "_CompetencyToTrainingProgramme_A_fkey" FOREIGN KEY ("A") REFERENCES "Competency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CompetencyToTrainingProgramme" ADD CONSTRAINT "_CompetencyToTrainingProgramme_B_fkey" FOREIGN KEY ("B") REFERENCES "TrainingProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
