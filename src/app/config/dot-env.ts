import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";

/**
 * Adds the variables of `.env` in `folder`, when the file exists, to `environment`,
 * keeping every variable the environment already has (one set by the shell or the service
 * manager wins, as with `process.loadEnvFile`). The bot and every `xaso` command, the
 * migrations included, load it before parsing the configuration, so they all open the
 * same database.
 */
export function loadDotEnv(folder: string, environment: Record<string, string | undefined>): void {
  const file = path.join(folder, ".env");
  if (!fs.existsSync(file)) return;
  for (const [name, value] of Object.entries(parseEnv(fs.readFileSync(file, "utf8")))) {
    if (value !== undefined && !Object.hasOwn(environment, name)) environment[name] = value;
  }
}
