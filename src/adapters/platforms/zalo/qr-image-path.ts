import path from "node:path";
import type { ZaloConfig } from "../../../app/config/app-config.js";

/** Where the login QR code is saved as a PNG: beside the credentials file. */
export function zaloQrImagePath(config: ZaloConfig): string {
  return path.join(path.dirname(config.credentialsPath), "zalo-qr.png");
}
