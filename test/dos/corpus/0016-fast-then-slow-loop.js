// family:  cpu
// vector:  a loop fast enough for the clock checks to space out, then slow (a 256 K-element split per step)
// api:     evaluate
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
// note:    the deadline is read every up-to-256 steps; once it is spaced out, 256 slow steps can overrun it
const s = "x".repeat(1 << 18);
let i = 0;
for (;;) {
  i++;
  if (i > 2000000) s.split("");
}
