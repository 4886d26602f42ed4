import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

/**
 * A PostgreSQL connection in pg's pipeline mode whose `BEGIN` costs no round trip.
 *
 * A message is one transaction on one connection, and on a server a few hundred
 * microseconds away each round trip counts. In pipeline mode pg writes a query at once
 * instead of waiting for the answer to the one before, so the reads Prisma's adapter
 * sends together (a plan with its targets and catalog, prisma/orm#29979) and the claim
 * and context read of a message go out together; answers still come back in order. The
 * `BEGIN` of a transaction is answered at once and travels with the transaction's first
 * statement: a `BEGIN` on a healthy connection cannot fail, and on a broken one the
 * statement behind it fails too, so nothing runs outside the transaction.
 */
export class PipelinedClient extends pg.Client {
  /** The `BEGIN` answered early, whose real answer is checked with the next statement. */
  #begun: Promise<unknown> | null = null;

  // biome-ignore lint/suspicious/noExplicitAny: forwards every one of pg's overloads of query
  override query(...args: any[]): any {
    const [config, values] = args;
    const answersWithPromise = args.length <= 2 && typeof values !== "function" && typeof config?.submit !== "function";
    if (!answersWithPromise) return super.query(...(args as Parameters<pg.Client["query"]>));
    const sent: Promise<pg.QueryResult> = super.query(config, values);
    const begun = this.#begun;
    this.#begun = null;
    if (textOf(config) === "BEGIN") {
      this.#begun = sent;
      sent.catch(() => undefined); // reported with the statement that follows
      return Promise.resolve(BEGIN_ANSWER);
    }
    return begun ? begun.then(() => sent) : sent;
  }
}

const BEGIN_ANSWER = { command: "BEGIN", rowCount: null, oid: 0, rows: [], fields: [] };

function textOf(config: unknown): string | undefined {
  if (typeof config === "string") return config;
  return (config as { text?: string } | null)?.text;
}

/**
 * How many different statements are kept prepared, by name, on each connection. Named
 * statements are parsed and planned once; the bound keeps the server's memory per
 * connection small whatever queries a long-running process has sent (Prisma's own
 * engine kept 100 by default).
 */
const PREPARED_STATEMENTS = 200;

/** Statements with more parameters than this (bulk inserts, long IN lists) are sent unnamed. */
const MOST_PARAMETERS_OF_A_PREPARED_STATEMENT = 64;

/** Names the first PREPARED_STATEMENTS different statements sent, the same on every connection. */
function statementNames(): (query: { sql: string; args: unknown[] }) => string {
  const names = new Map<string, string>();
  return (query) => {
    let name = names.get(query.sql);
    if (
      name === undefined &&
      names.size < PREPARED_STATEMENTS &&
      query.args.length <= MOST_PARAMETERS_OF_A_PREPARED_STATEMENT
    ) {
      name = `xaso_${names.size}`;
      names.set(query.sql, name);
    }
    // pg sends a statement without a name unprepared.
    return name as string;
  };
}

/** The pg pool settings of the app and the migrations for a server URL: pipelined connections. */
export function postgresPoolConfig(connectionString: string): pg.PoolConfig {
  return { connectionString, Client: PipelinedClient, pipeline: true } as pg.PoolConfig;
}

/** Prisma's driver adapter for a PostgreSQL server: pipelined connections and prepared statements. */
export function postgresAdapter(connectionString: string): PrismaPg {
  return new PrismaPg(postgresPoolConfig(connectionString), { statementNameGenerator: statementNames() });
}
