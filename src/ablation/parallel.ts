/**
 * Why: every configuration is a child process that keeps a core busy for a few seconds; starting all
 * fourteen at once on a small machine only makes each slower (and starves whatever else is running).
 * This runs at most `limit` at a time and keeps the results in input order.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
