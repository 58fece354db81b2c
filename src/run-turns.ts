/**
 * Why: a sandbox has one run state, so it runs one program at a time. An asynchronous run that waits
 * for a host promise is still in progress; a second asynchronous run on the same sandbox waits for its
 * turn instead of failing. When the sandbox is idle a run starts at once, in the caller's turn.
 */
export class RunTurns {
  private last: Promise<unknown> | undefined;

  take<T>(run: () => Promise<T>): Promise<T> {
    const before = this.last;
    const result = before ? before.then(run, run) : run();
    const done = result.then(() => undefined, () => undefined);
    this.last = done;
    void done.then(() => {
      if (this.last === done) this.last = undefined;
    });
    return result;
  }
}
