// family:  async
// vector:  an await loop in a finally block, after an await loop in the try block
// api:     evaluateAsync
// config:  {"limits":{"steps":1e15,"timeoutMs":400}}
// expect:  budget time
try {
  for (;;) await null;
} finally {
  for (;;) await null;
}
