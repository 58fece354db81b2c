/**
 * Why: frozen intrinsics are what make a shared realm safe across runs - no prototype pollution, no
 * replaced methods, no state left for the next run. This freezes transitively: every object reachable
 * from the roots through own property values, accessors and prototypes.
 */
export function harden(roots: Iterable<unknown>): number {
  const seen = new Set<object>();
  const queue: object[] = [];
  const enqueue = (value: unknown) => {
    if ((typeof value === "object" || typeof value === "function") && value !== null && !seen.has(value)) {
      seen.add(value);
      queue.push(value);
    }
  };
  for (const root of roots) enqueue(root);
  while (queue.length > 0) {
    const object = queue.pop()!;
    Object.freeze(object);
    enqueue(Object.getPrototypeOf(object));
    for (const key of Reflect.ownKeys(object)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(object, key)!;
      enqueue(descriptor.value);
      enqueue(descriptor.get);
      enqueue(descriptor.set);
    }
  }
  return seen.size;
}
