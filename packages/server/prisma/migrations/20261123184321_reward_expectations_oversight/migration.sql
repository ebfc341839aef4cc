-- CreateEnum
CREATE TYPE "RecognitionKind" AS ENUM ('EMPLOYEE_OF_THE_MONTH', 'AWARD');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE');

-- CreateTable
CREATE TABLE "Recognition" (
    "id" TEXT NOT NULL,
    "employeeId" TEXT NOT NULL,
    "kind" "RecognitionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "citation" TEXT NOT NULL,
    "awardedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Recognition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpecialExpectation" (
    "id" TEXT NOT NULL,
    "skpId" TEXT NOT NULL,
    "value" "CoreValue" NOT NULL,
    "expectation" TEXT NOT NULL,

    CONSTRAINT "SpecialExpectation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OversightVisit" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "team" TEXT NOT NULL,
    "visitedOn" DATE NOT NULL,
    "findings" TEXT NOT NULL,
    "recommendations" TEXT NOT NULL,
    "followUpStatus" "FollowUpStatus" NOT NULL DEFAULT 'OPEN',
    "followUpDueDate" DATE NOT NULL,
    "followUpNote" TEXT,
    "followUpDoneOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OversightVisit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Recognition_employeeId_awardedOn_idx" ON "Recognition"("employeeId", "awardedOn");

-- CreateIndex
CREATE UNIQUE INDEX "SpecialExpectation_skpId_value_key" ON "SpecialExpectation"("skpId", "value");

-- CreateIndex
CREATE INDEX "OversightVisit_unitId_visitedOn_idx" ON "OversightVisit"("unitId", "visitedOn");

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpecialExpectation" ADD CONSTRAINT "SpecialExpectation_skpId_fkey" FOREIGN KEY ("skpId") REFERENCES "Skp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OversightVisit" ADD CONSTRAINT "OversightVisit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
