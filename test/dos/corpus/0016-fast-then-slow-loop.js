// family:  cpu
// vector:  a loop fast enough for the clock checks to space out, then slow (a 1 MB split per step)
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400,"maxArrayLength":2097152}}
// expect:  budget time
// note:    the deadline is read every up-to-256 steps; once it is spaced out, 256 slow steps can overrun it
const s = "x".repeat(1 << 20);
let i = 0;
for (;;) {
  i++;
  if (i > 2000000) s.split("");
}
