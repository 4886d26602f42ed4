/** The last `capacity` message ids seen, to drop a message zca-js delivers twice before it reaches the database. */
export class RecentIds {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = 2_000) {}

  /** True when `id` was seen already; otherwise remembers it and returns false. */
  seen(id: string): boolean {
    if (this.ids.has(id)) return true;
    this.ids.add(id);
    if (this.ids.size > this.capacity) {
      const oldest = this.ids.values().next();
      if (!oldest.done) this.ids.delete(oldest.value);
    }
    return false;
  }
}
