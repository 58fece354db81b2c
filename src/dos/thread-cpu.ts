/**
 * Why: "no guest work after the run" is judged by the CPU the host's main thread uses while it should
 * be idle. The whole process is the wrong measure: V8's background threads (compilers, concurrent GC),
 * the deadline watchdog and worker threads run then too. On Linux the main thread's own user and
 * system time are in /proc/thread-self/stat (in USER_HZ ticks: 10 ms); elsewhere this falls back to
 * the whole process.
 */
import { readFileSync } from "node:fs";

/** Kernel clock ticks per second in /proc (USER_HZ: 100 on every Linux Node supports). */
const USER_HZ = 100;

function threadTicks(): number | undefined {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "utf8");
    // Fields after the command name (which may hold spaces and parentheses): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

/** Milliseconds of CPU the calling thread has used so far (the process's, where the thread's cannot be read). */
export function threadCpuMs(): number {
  const ticks = threadTicks();
  if (ticks !== undefined && Number.isFinite(ticks)) return (ticks * 1000) / USER_HZ;
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}
