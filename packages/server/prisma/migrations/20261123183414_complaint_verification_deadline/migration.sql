-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "verificationDueDate" DATE,
ADD COLUMN     "verifiedAt" TIMESTAMP(3);
