import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project's folder: the nearest one above this module that holds `package.json`.
 * Found rather than counted in `../` steps, so the shipped files (catalogs, prompts,
 * migrations, fonts) are found the same from the sources run by tsx and from the
 * compiled bundle in `dist/`, whose modules sit elsewhere.
 */
export const projectRoot = nearestPackageFolder(path.dirname(fileURLToPath(import.meta.url)));

function nearestPackageFolder(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

/** A path inside the project, e.g. `projectPath("prompts")`. */
export function projectPath(...parts: string[]): string {
  return path.join(projectRoot, ...parts);
}
