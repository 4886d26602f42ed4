import path from "node:path";
import type { ZaloSettings } from "./credentials-file.js";

/** Where the login QR code is saved as a PNG: beside the credentials file. */
export function zaloQrImagePath(config: ZaloSettings): string {
  return path.join(path.dirname(config.credentialsPath), "zalo-qr.png");
}
