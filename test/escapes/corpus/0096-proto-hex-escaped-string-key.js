// vector:  input["\x5f\x5fproto\x5f\x5f"]: the key spelled with hex escapes in a string literal
// origin:  SES censorship bypasses via escapes; static-eval GHSA-2c5f-9x6g-wxgr
// expect:  blocked
// layers:  validator guards
// family:  proto-pollution
// inputs:  input
input["\x5f\x5fproto\x5f\x5f"].rfPolluted = 1;
"written";
