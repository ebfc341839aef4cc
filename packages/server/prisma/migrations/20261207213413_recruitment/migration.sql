-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('SMA', 'D3', 'S1', 'S2', 'S3');

-- CreateEnum
CREATE TYPE "CandidateDocumentKind" AS ENUM ('IJAZAH', 'TRANSKRIP', 'KTP', 'PASFOTO', 'OTHER');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ADMIN_REJECTED', 'ADMIN_PASSED', 'SKD_FAILED', 'SKD_PASSED', 'PASSED', 'NOT_PASSED', 'HIRED');

-- CreateEnum
CREATE TYPE "ObjectionStage" AS ENUM ('ADMIN_CHECK', 'RESULT');

-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('OPEN', 'ACCEPTED', 'REJECTED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'CANDIDATE';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailVerifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RecruitmentRound" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "registrationOpens" DATE NOT NULL,
    "registrationCloses" DATE NOT NULL,
    "objectionDays" INTEGER NOT NULL,
    "twkThreshold" INTEGER NOT NULL,
    "tiuThreshold" INTEGER NOT NULL,
    "tkpThreshold" INTEGER NOT NULL,
    "skdWeight" INTEGER NOT NULL,
    "interviewWeight" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecruitmentRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobOpening" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "positionTitle" TEXT NOT NULL,
    "rankGrade" TEXT NOT NULL,
    "employmentStatus" "EmploymentStatus" NOT NULL,
    "positions" INTEGER NOT NULL,
    "educationLevel" "EducationLevel" NOT NULL,
    "majors" TEXT[],
    "minAge" INTEGER NOT NULL,
    "maxAge" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "adminCheckOn" DATE NOT NULL,
    "writtenTestOn" DATE NOT NULL,
    "interviewOn" DATE NOT NULL,
    "announcementOn" DATE NOT NULL,
    "announcedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobOpening_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateProfile" (
    "userId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "sex" "Sex" NOT NULL,
    "phone" TEXT NOT NULL,
    "educationLevel" "EducationLevel" NOT NULL,
    "major" TEXT NOT NULL,
    "institution" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CandidateProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "CandidateDocument" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "CandidateDocumentKind" NOT NULL,
    "fileId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CandidateDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "openingId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "adminCheckedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "twkScore" INTEGER,
    "tiuScore" INTEGER,
    "tkpScore" INTEGER,
    "skdScoredAt" TIMESTAMP(3),
    "interviewScore" DOUBLE PRECISION,
    "finalScore" DOUBLE PRECISION,
    "rank" INTEGER,
    "announcedAt" TIMESTAMP(3),
    "hiredAt" TIMESTAMP(3),
    "employeeId" TEXT,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationObjection" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "stage" "ObjectionStage" NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'OPEN',
    "response" TEXT,
    "filedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ApplicationObjection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrientationItem" (
    "id" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "enrolmentId" TEXT,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "OrientationItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerUniversity" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerUniversity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternPlacement" (
    "id" TEXT NOT NULL,
    "universityId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "internName" TEXT NOT NULL,
    "internEmail" TEXT NOT NULL,
    "studyProgramme" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InternPlacement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorEvaluation" (
    "id" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "discipline" INTEGER NOT NULL,
    "skill" INTEGER NOT NULL,
    "teamwork" INTEGER NOT NULL,
    "comment" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentorEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailVerification" (
    "userId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EmailVerification_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "RecruitmentRound_regionId_year_idx" ON "RecruitmentRound"("regionId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "RecruitmentRound_regionId_name_key" ON "RecruitmentRound"("regionId", "name");

-- CreateIndex
CREATE INDEX "JobOpening_agencyId_idx" ON "JobOpening"("agencyId");

-- CreateIndex
CREATE INDEX "JobOpening_roundId_idx" ON "JobOpening"("roundId");

-- CreateIndex
CREATE UNIQUE INDEX "CandidateDocument_fileId_key" ON "CandidateDocument"("fileId");

-- CreateIndex
CREATE INDEX "CandidateDocument_userId_idx" ON "CandidateDocument"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_employeeId_key" ON "Application"("employeeId");

-- CreateIndex
CREATE INDEX "Application_openingId_status_idx" ON "Application"("openingId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Application_roundId_candidateId_key" ON "Application"("roundId", "candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationObjection_applicationId_stage_key" ON "ApplicationObjection"("applicationId", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "OrientationItem_enrolmentId_key" ON "OrientationItem"("enrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "OrientationItem_employeeId_position_key" ON "OrientationItem"("employeeId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerUniversity_regionId_name_key" ON "PartnerUniversity"("regionId", "name");

-- CreateIndex
CREATE INDEX "InternPlacement_internEmail_idx" ON "InternPlacement"("internEmail");

-- CreateIndex
CREATE INDEX "InternPlacement_unitId_idx" ON "InternPlacement"("unitId");

-- AddForeignKey
ALTER TABLE "RecruitmentRound" ADD CONSTRAINT "RecruitmentRound_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobOpening" ADD CONSTRAINT "JobOpening_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "RecruitmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobOpening" ADD CONSTRAINT "JobOpening_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateProfile" ADD CONSTRAINT "CandidateProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateDocument" ADD CONSTRAINT "CandidateDocument_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateDocument" ADD CONSTRAINT "CandidateDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "RecruitmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_openingId_fkey" FOREIGN KEY ("openingId") REFERENCES "JobOpening"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationObjection" ADD CONSTRAINT "ApplicationObjection_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrientationItem" ADD CONSTRAINT "OrientationItem_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrientationItem" ADD CONSTRAINT "OrientationItem_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "TrainingEnrolment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerUniversity" ADD CONSTRAINT "PartnerUniversity_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternPlacement" ADD CONSTRAINT "InternPlacement_universityId_fkey" FOREIGN KEY ("universityId") REFERENCES "PartnerUniversity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternPlacement" ADD CONSTRAINT "InternPlacement_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternPlacement" ADD CONSTRAINT "InternPlacement_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorEvaluation" ADD CONSTRAINT "MentorEvaluation_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "InternPlacement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailVerification" ADD CONSTRAINT "EmailVerification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
