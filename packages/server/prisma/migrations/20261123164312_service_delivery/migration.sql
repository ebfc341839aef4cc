-- CreateEnum
CREATE TYPE "ComplaintType" AS ENUM ('ASPIRASI', 'PENGADUAN', 'PERMINTAAN_INFORMASI', 'WBS');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('SUBMITTED', 'VERIFIED', 'DISPOSITIONED', 'ANSWERED', 'CLOSED', 'POSTPONED', 'NOT_OUR_REMIT');

-- CreateEnum
CREATE TYPE "ComplaintSeverity" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "KpiDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "KpiCadence" AS ENUM ('MONTHLY', 'QUARTERLY', 'SEMESTER', 'ANNUAL');

-- CreateEnum
CREATE TYPE "KpiSource" AS ENUM ('MANUAL', 'SERVICE_WITHIN_STANDARD_SHARE', 'SERVICE_MEDIAN_WORKING_DAYS', 'IKM');

-- CreateEnum
CREATE TYPE "ServiceTargetUnit" AS ENUM ('HOURS', 'DAYS');

-- CreateEnum
CREATE TYPE "ServiceStep" AS ENUM ('RECEIVED', 'VERIFIED', 'PROCESSED', 'COMPLETED', 'COLLECTED', 'REJECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ServiceRequestStatus" AS ENUM ('OPEN', 'COMPLETED', 'REJECTED', 'CANCELLED');

-- CreateTable
CREATE TABLE "Complaint" (
    "id" TEXT NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "agencyId" TEXT,
    "type" "ComplaintType" NOT NULL,
    "severity" "ComplaintSeverity" NOT NULL DEFAULT 'MEDIUM',
    "status" "ComplaintStatus" NOT NULL DEFAULT 'SUBMITTED',
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "answer" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueDate" DATE,
    "answeredAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "resolutionDays" INTEGER,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintHistory" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "status" "ComplaintStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,

    CONSTRAINT "ComplaintHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WbsHandler" (
    "userId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,

    CONSTRAINT "WbsHandler_pkey" PRIMARY KEY ("userId","regionId")
);

-- CreateTable
CREATE TABLE "Kpi" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "formula" TEXT NOT NULL,
    "cadence" "KpiCadence" NOT NULL,
    "direction" "KpiDirection" NOT NULL,
    "dataProducer" TEXT NOT NULL,
    "source" "KpiSource" NOT NULL DEFAULT 'MANUAL',
    "serviceTypeId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiTarget" (
    "kpiId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "KpiTarget_pkey" PRIMARY KEY ("kpiId","period")
);

-- CreateTable
CREATE TABLE "KpiValue" (
    "kpiId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KpiValue_pkey" PRIMARY KEY ("kpiId","period")
);

-- CreateTable
CREATE TABLE "ServiceType" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceStandard" (
    "id" TEXT NOT NULL,
    "serviceTypeId" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "targetValue" INTEGER NOT NULL,
    "targetUnit" "ServiceTargetUnit" NOT NULL,
    "cost" INTEGER NOT NULL DEFAULT 0,
    "requirements" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceStandard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "collectiveLeave" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceRequest" (
    "id" TEXT NOT NULL,
    "serviceTypeId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "status" "ServiceRequestStatus" NOT NULL DEFAULT 'OPEN',
    "receivedAt" TIMESTAMP(3),
    "verifiedAt" TIMESTAMP(3),
    "processedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "collectedAt" TIMESTAMP(3),
    "rejectedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "receivedDay" DATE,
    "closedDay" DATE,
    "workingMinutes" INTEGER,
    "targetMinutes" INTEGER,
    "dueDate" DATE,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceEvent" (
    "idempotencyKey" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "step" "ServiceStep" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceEvent_pkey" PRIMARY KEY ("idempotencyKey")
);

-- CreateTable
CREATE TABLE "ServiceDailyAggregate" (
    "agencyId" TEXT NOT NULL,
    "serviceTypeId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "completed" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "cancelled" INTEGER NOT NULL DEFAULT 0,
    "withinStandard" INTEGER NOT NULL DEFAULT 0,
    "workingMinutesSum" BIGINT NOT NULL DEFAULT 0,
    "openDue" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ServiceDailyAggregate_pkey" PRIMARY KEY ("agencyId","serviceTypeId","day")
);

-- CreateTable
CREATE TABLE "ServiceDurationBucket" (
    "agencyId" TEXT NOT NULL,
    "serviceTypeId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "bucket" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ServiceDurationBucket_pkey" PRIMARY KEY ("agencyId","serviceTypeId","day","bucket")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "serviceTypeId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "scores" INTEGER[],
    "comment" TEXT,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IkmDailyAggregate" (
    "agencyId" TEXT NOT NULL,
    "serviceTypeId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "responses" INTEGER NOT NULL DEFAULT 0,
    "u1" INTEGER NOT NULL DEFAULT 0,
    "u2" INTEGER NOT NULL DEFAULT 0,
    "u3" INTEGER NOT NULL DEFAULT 0,
    "u4" INTEGER NOT NULL DEFAULT 0,
    "u5" INTEGER NOT NULL DEFAULT 0,
    "u6" INTEGER NOT NULL DEFAULT 0,
    "u7" INTEGER NOT NULL DEFAULT 0,
    "u8" INTEGER NOT NULL DEFAULT 0,
    "u9" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "IkmDailyAggregate_pkey" PRIMARY KEY ("agencyId","serviceTypeId","day")
);

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_trackingCode_key" ON "Complaint"("trackingCode");

-- CreateIndex
CREATE INDEX "Complaint_regionId_status_idx" ON "Complaint"("regionId", "status");

-- CreateIndex
CREATE INDEX "Complaint_agencyId_status_idx" ON "Complaint"("agencyId", "status");

-- CreateIndex
CREATE INDEX "ComplaintHistory_complaintId_idx" ON "ComplaintHistory"("complaintId");

-- CreateIndex
CREATE UNIQUE INDEX "Kpi_agencyId_code_key" ON "Kpi"("agencyId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceType_agencyId_code_key" ON "ServiceType"("agencyId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceStandard_serviceTypeId_validFrom_key" ON "ServiceStandard"("serviceTypeId", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Holiday_regionId_date_key" ON "Holiday"("regionId", "date");

-- CreateIndex
CREATE INDEX "ServiceRequest_agencyId_idx" ON "ServiceRequest"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceRequest_serviceTypeId_reference_key" ON "ServiceRequest"("serviceTypeId", "reference");

-- CreateIndex
CREATE INDEX "ServiceEvent_requestId_idx" ON "ServiceEvent"("requestId");

-- CreateIndex
CREATE INDEX "ServiceDailyAggregate_regionId_day_idx" ON "ServiceDailyAggregate"("regionId", "day");

-- CreateIndex
CREATE INDEX "SurveyResponse_serviceTypeId_submittedAt_idx" ON "SurveyResponse"("serviceTypeId", "submittedAt");

-- CreateIndex
CREATE INDEX "IkmDailyAggregate_regionId_day_idx" ON "IkmDailyAggregate"("regionId", "day");

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintHistory" ADD CONSTRAINT "ComplaintHistory_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WbsHandler" ADD CONSTRAINT "WbsHandler_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WbsHandler" ADD CONSTRAINT "WbsHandler_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_serviceTypeId_fkey" FOREIGN KEY ("serviceTypeId") REFERENCES "ServiceType"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiTarget" ADD CONSTRAINT "KpiTarget_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiValue" ADD CONSTRAINT "KpiValue_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceType" ADD CONSTRAINT "ServiceType_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceStandard" ADD CONSTRAINT "ServiceStandard_serviceTypeId_fkey" FOREIGN KEY ("serviceTypeId") REFERENCES "ServiceType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Holiday" ADD CONSTRAINT "Holiday_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRequest" ADD CONSTRAINT "ServiceRequest_serviceTypeId_fkey" FOREIGN KEY ("serviceTypeId") REFERENCES "ServiceType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceEvent" ADD CONSTRAINT "ServiceEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ServiceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
