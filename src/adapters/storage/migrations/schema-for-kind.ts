import type { DatabaseKind } from "../database-kind.js";

/**
 * Rewrites the canonical schema's datasource provider for another database kind.
 * The schema is written once (for SQLite) and kept portable; PostgreSQL gets the same
 * models, so the generated clients of both kinds have identical types.
 */
export function schemaForKind(schema: string, kind: DatabaseKind): string {
  const rewritten = schema.replace(/(datasource\s+db\s*\{[^}]*provider\s*=\s*)"[^"]+"/, `$1"${kind}"`);
  if (rewritten === schema && kind !== "sqlite") {
    throw new Error("prisma/schema.prisma has no `datasource db { provider = ... }` block to rewrite");
  }
  return rewritten;
}
