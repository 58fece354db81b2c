// vector:  spells __proto__ with unicode escapes, in a string key and in an identifier
// origin:  SES censorship bypasses via escapes; static-eval GHSA-2c5f-9x6g-wxgr
// expect:  blocked
// layers:  validator guards
// inputs:  input
const viaString = input["\u005f\u005fproto__"];
const viaIdentifier = input.\u005f_proto__;
viaString.rfPolluted = 1;
viaIdentifier.rfLeft = 1;
"done";
