-- CreateTable
CREATE TABLE "ProvinceChat" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "province" TEXT NOT NULL,
    "title" TEXT,
    "boundBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "ProvinceChat_platform_chatId_key" ON "ProvinceChat"("platform", "chatId");
