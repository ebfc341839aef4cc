-- CreateEnum
CREATE TYPE "CoachingStatus" AS ENUM ('OPEN', 'COMPLETED');

-- CreateEnum
CREATE TYPE "RaterRelation" AS ENUM ('SUPERIOR', 'PEER', 'SUBORDINATE', 'OTHER');

-- CreateEnum
CREATE TYPE "Cadence" AS ENUM ('MONTHLY', 'QUARTERLY', 'SEMESTER');

-- CreateEnum
CREATE TYPE "PeriodStatus" AS ENUM ('PLANNED', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "SkpStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "RhkKind" AS ENUM ('UTAMA', 'TAMBAHAN');

-- CreateEnum
CREATE TYPE "IndicatorAspect" AS ENUM ('QUANTITY', 'QUALITY', 'TIME');

-- CreateEnum
CREATE TYPE "Expectation" AS ENUM ('DI_BAWAH', 'SESUAI', 'DI_ATAS');

-- CreateEnum
CREATE TYPE "Predikat" AS ENUM ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');

-- CreateEnum
CREATE TYPE "CoreValue" AS ENUM ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF');

-- CreateEnum
CREATE TYPE "AppraisalStatus" AS ENUM ('SELF_ASSESSED', 'RATED', 'OBJECTED', 'ACKNOWLEDGED');

-- CreateEnum
CREATE TYPE "ObjectionDecision" AS ENUM ('UPHELD', 'REVISED');

-- CreateEnum
CREATE TYPE "OrganisationRating" AS ENUM ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');

-- CreateTable
CREATE TABLE "PerformanceDialogue" (
    "id" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "topics" TEXT NOT NULL,
    "agreedActions" TEXT NOT NULL,
    "followUpDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PerformanceDialogue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoachingPlan" (
    "id" TEXT NOT NULL,
    "appraisalId" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "goals" TEXT NOT NULL,
    "actions" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "CoachingStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoachingPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoachingSession" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "notes" TEXT NOT NULL,
    "employeeScore" INTEGER,
    "employeeComment" TEXT,
    "ratedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoachingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackRequest" (
    "id" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "anonymous" BOOLEAN NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackInvitation" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "raterId" TEXT NOT NULL,
    "relation" "RaterRelation" NOT NULL,
    "score" INTEGER,
    "comment" TEXT,
    "respondedAt" TIMESTAMP(3),

    CONSTRAINT "FeedbackInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PerformanceYear" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "cadence" "Cadence" NOT NULL DEFAULT 'QUARTERLY',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PerformanceYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationPeriod" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "status" "PeriodStatus" NOT NULL DEFAULT 'PLANNED',
    "openedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "EvaluationPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyGoal" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "AgencyGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Skp" (
    "id" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "status" "SkpStatus" NOT NULL DEFAULT 'DRAFT',
    "returnReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Skp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rhk" (
    "id" TEXT NOT NULL,
    "skpId" TEXT NOT NULL,
    "kind" "RhkKind" NOT NULL,
    "title" TEXT NOT NULL,
    "parentRhkId" TEXT,
    "agencyGoalId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rhk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RhkIndicator" (
    "id" TEXT NOT NULL,
    "rhkId" TEXT NOT NULL,
    "aspect" "IndicatorAspect" NOT NULL,
    "description" TEXT NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,

    CONSTRAINT "RhkIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Realisation" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "evidenceUrl" TEXT,
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Realisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RhkFeedback" (
    "id" TEXT NOT NULL,
    "rhkId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RhkFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appraisal" (
    "id" TEXT NOT NULL,
    "skpId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "status" "AppraisalStatus" NOT NULL,
    "selfAssessment" TEXT NOT NULL,
    "selfAssessedAt" TIMESTAMP(3) NOT NULL,
    "hasilKerja" "Expectation",
    "perilakuKerja" "Expectation",
    "predikat" "Predikat",
    "raterComment" TEXT,
    "ratedById" TEXT,
    "ratedAt" TIMESTAMP(3),
    "acknowledgedAt" TIMESTAMP(3),
    "objectionReason" TEXT,
    "objectedAt" TIMESTAMP(3),
    "objectionDecision" "ObjectionDecision",
    "objectionNote" TEXT,
    "originalPredikat" "Predikat",
    "objectionDecidedById" TEXT,
    "objectionDecidedAt" TIMESTAMP(3),

    CONSTRAINT "Appraisal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BehaviourRating" (
    "id" TEXT NOT NULL,
    "appraisalId" TEXT NOT NULL,
    "value" "CoreValue" NOT NULL,
    "expectation" "Expectation" NOT NULL,
    "comment" TEXT NOT NULL,

    CONSTRAINT "BehaviourRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualAppraisal" (
    "id" TEXT NOT NULL,
    "skpId" TEXT NOT NULL,
    "hasilKerja" "Expectation" NOT NULL,
    "perilakuKerja" "Expectation" NOT NULL,
    "predikat" "Predikat" NOT NULL,
    "lockedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedById" TEXT,
    "overrideReason" TEXT,

    CONSTRAINT "AnnualAppraisal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitRating" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "rating" "OrganisationRating" NOT NULL,

    CONSTRAINT "UnitRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyReport" (
    "id" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "activity" TEXT NOT NULL,
    "output" TEXT NOT NULL,
    "rhkId" TEXT,
    "durationMinutes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DailyReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PerformanceDialogue_employeeId_date_idx" ON "PerformanceDialogue"("employeeId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "CoachingPlan_appraisalId_key" ON "CoachingPlan"("appraisalId");

-- CreateIndex
CREATE INDEX "CoachingPlan_employeeId_idx" ON "CoachingPlan"("employeeId");

-- CreateIndex
CREATE INDEX "CoachingSession_planId_idx" ON "CoachingSession"("planId");

-- CreateIndex
CREATE INDEX "FeedbackRequest_subjectId_idx" ON "FeedbackRequest"("subjectId");

-- CreateIndex
CREATE INDEX "FeedbackInvitation_raterId_idx" ON "FeedbackInvitation"("raterId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackInvitation_requestId_raterId_key" ON "FeedbackInvitation"("requestId", "raterId");

-- CreateIndex
CREATE UNIQUE INDEX "PerformanceYear_agencyId_year_key" ON "PerformanceYear"("agencyId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationPeriod_yearId_index_key" ON "EvaluationPeriod"("yearId", "index");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyGoal_agencyId_year_code_key" ON "AgencyGoal"("agencyId", "year", "code");

-- CreateIndex
CREATE INDEX "Skp_yearId_idx" ON "Skp"("yearId");

-- CreateIndex
CREATE UNIQUE INDEX "Skp_employeeId_yearId_key" ON "Skp"("employeeId", "yearId");

-- CreateIndex
CREATE INDEX "Rhk_skpId_idx" ON "Rhk"("skpId");

-- CreateIndex
CREATE INDEX "Rhk_parentRhkId_idx" ON "Rhk"("parentRhkId");

-- CreateIndex
CREATE INDEX "RhkIndicator_rhkId_idx" ON "RhkIndicator"("rhkId");

-- CreateIndex
CREATE INDEX "Realisation_periodId_idx" ON "Realisation"("periodId");

-- CreateIndex
CREATE UNIQUE INDEX "Realisation_indicatorId_periodId_key" ON "Realisation"("indicatorId", "periodId");

-- CreateIndex
CREATE INDEX "RhkFeedback_rhkId_periodId_idx" ON "RhkFeedback"("rhkId", "periodId");

-- CreateIndex
CREATE INDEX "Appraisal_periodId_idx" ON "Appraisal"("periodId");

-- CreateIndex
CREATE UNIQUE INDEX "Appraisal_skpId_periodId_key" ON "Appraisal"("skpId", "periodId");

-- CreateIndex
CREATE UNIQUE INDEX "BehaviourRating_appraisalId_value_key" ON "BehaviourRating"("appraisalId", "value");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualAppraisal_skpId_key" ON "AnnualAppraisal"("skpId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitRating_unitId_year_key" ON "UnitRating"("unitId", "year");

-- CreateIndex
CREATE INDEX "DailyReport_employeeId_date_idx" ON "DailyReport"("employeeId", "date");

-- AddForeignKey
ALTER TABLE "PerformanceDialogue" ADD CONSTRAINT "PerformanceDialogue_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceDialogue" ADD CONSTRAINT "PerformanceDialogue_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingPlan" ADD CONSTRAINT "CoachingPlan_appraisalId_fkey" FOREIGN KEY ("appraisalId") REFERENCES "Appraisal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingPlan" ADD CONSTRAINT "CoachingPlan_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingPlan" ADD CONSTRAINT "CoachingPlan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoachingSession" ADD CONSTRAINT "CoachingSession_planId_fkey" FOREIGN KEY ("planId") REFERENCES "CoachingPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackRequest" ADD CONSTRAINT "FeedbackRequest_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackRequest" ADD CONSTRAINT "FeedbackRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackInvitation" ADD CONSTRAINT "FeedbackInvitation_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "FeedbackRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackInvitation" ADD CONSTRAINT "FeedbackInvitation_raterId_fkey" FOREIGN KEY ("raterId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceYear" ADD CONSTRAINT "PerformanceYear_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationPeriod" ADD CONSTRAINT "EvaluationPeriod_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "PerformanceYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyGoal" ADD CONSTRAINT "AgencyGoal_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Skp" ADD CONSTRAINT "Skp_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Skp" ADD CONSTRAINT "Skp_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "PerformanceYear"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Skp" ADD CONSTRAINT "Skp_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rhk" ADD CONSTRAINT "Rhk_skpId_fkey" FOREIGN KEY ("skpId") REFERENCES "Skp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rhk" ADD CONSTRAINT "Rhk_parentRhkId_fkey" FOREIGN KEY ("parentRhkId") REFERENCES "Rhk"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rhk" ADD CONSTRAINT "Rhk_agencyGoalId_fkey" FOREIGN KEY ("agencyGoalId") REFERENCES "AgencyGoal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RhkIndicator" ADD CONSTRAINT "RhkIndicator_rhkId_fkey" FOREIGN KEY ("rhkId") REFERENCES "Rhk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Realisation" ADD CONSTRAINT "Realisation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "RhkIndicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Realisation" ADD CONSTRAINT "Realisation_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "EvaluationPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RhkFeedback" ADD CONSTRAINT "RhkFeedback_rhkId_fkey" FOREIGN KEY ("rhkId") REFERENCES "Rhk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RhkFeedback" ADD CONSTRAINT "RhkFeedback_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "EvaluationPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RhkFeedback" ADD CONSTRAINT "RhkFeedback_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appraisal" ADD CONSTRAINT "Appraisal_skpId_fkey" FOREIGN KEY ("skpId") REFERENCES "Skp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appraisal" ADD CONSTRAINT "Appraisal_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "EvaluationPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appraisal" ADD CONSTRAINT "Appraisal_ratedById_fkey" FOREIGN KEY ("ratedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appraisal" ADD CONSTRAINT "Appraisal_objectionDecidedById_fkey" FOREIGN KEY ("objectionDecidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BehaviourRating" ADD CONSTRAINT "BehaviourRating_appraisalId_fkey" FOREIGN KEY ("appraisalId") REFERENCES "Appraisal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualAppraisal" ADD CONSTRAINT "AnnualAppraisal_skpId_fkey" FOREIGN KEY ("skpId") REFERENCES "Skp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualAppraisal" ADD CONSTRAINT "AnnualAppraisal_lockedById_fkey" FOREIGN KEY ("lockedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitRating" ADD CONSTRAINT "UnitRating_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyReport" ADD CONSTRAINT "DailyReport_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyReport" ADD CONSTRAINT "DailyReport_rhkId_fkey" FOREIGN KEY ("rhkId") REFERENCES "Rhk"("id") ON DELETE SET NULL ON UPDATE CASCADE;
