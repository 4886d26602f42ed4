import pg from "pg";

/**
 * A PostgreSQL connection that sends a query only once the one before it is answered.
 *
 * A message is one transaction, and a transaction is one connection. Prisma's driver
 * adapter loads the sibling relations of one read (a plan with its commune, targets and
 * catalog) at the same time on that connection (prisma/orm#29979); pg 8 then queues them
 * with a deprecation warning, and pg 9 will refuse them. Waiting here for the previous
 * answer is the flow control pg asks for. It costs nothing: one connection answers one
 * query at a time anyway.
 */
export class OneQueryAtATimeClient extends pg.Client {
  #previous: Promise<unknown> = Promise.resolve();

  // biome-ignore lint/suspicious/noExplicitAny: forwards every one of pg's overloads of query
  override query(...args: any[]): any {
    const [config, values] = args;
    const answersWithPromise = args.length <= 2 && typeof values !== "function" && typeof config?.submit !== "function";
    if (!answersWithPromise) return super.query(...(args as Parameters<pg.Client["query"]>));
    const turn = this.#previous.then(() => super.query(config, values));
    this.#previous = turn.catch(() => undefined);
    return turn;
  }
}

/** The pg pool settings of the app and the migrations for a server URL: its connections take one query at a time. */
export function postgresPoolConfig(connectionString: string): pg.PoolConfig {
  return { connectionString, Client: OneQueryAtATimeClient };
}
