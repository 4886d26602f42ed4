import fs from "node:fs";
import path from "node:path";

/** Every .ts file under `dir`, leaving out the folders in `skip` (generated code, say). */
export function sourceFiles(dir: string, skip: readonly string[] = []): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(full) ? [] : sourceFiles(full, skip);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** Every module specifier in a file: static imports, re-exports, dynamic imports and require. */
export function importsOf(source: string): string[] {
  const patterns = [
    /\bfrom\s+["']([^"']+)["']/g,
    /\bimport\s+["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] ?? ""));
}

/** What a layer may not reach: folders of this tree, and packages (a package's subpaths included). */
export interface ForbiddenImports {
  folders?: readonly string[];
  packages?: readonly string[];
}

/**
 * The imports of `file` (whose text is `source`) that break a layering rule: a relative
 * import landing in one of the forbidden folders, or an import of a forbidden package.
 */
export function forbiddenImportsOf(file: string, source: string, rule: ForbiddenImports): string[] {
  return importsOf(source).filter((specifier) => {
    if (specifier.startsWith(".")) {
      const target = path.resolve(path.dirname(file), specifier);
      return (rule.folders ?? []).some((folder) => target === folder || target.startsWith(folder + path.sep));
    }
    return (rule.packages ?? []).some((name) => specifier === name || specifier.startsWith(`${name}/`));
  });
}
