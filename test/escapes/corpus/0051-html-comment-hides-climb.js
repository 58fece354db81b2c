// vector:  hides a climb after <!-- and --> so that a text scanner and the engine might disagree about what is code
// origin:  SES rejectHtmlComments (SES_HTML_COMMENT_REJECTED); Annex B HTML-like comments
// expect:  blocked
// layers:  none
// inputs:  input
// note:    only acorn's AST is emitted and compiled, so text acorn read as a comment never reaches the engine, whatever the layers (substrate)
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
let x = 1;
x <!-- ; win(input.constructor.constructor)
--> win(input.constructor.constructor)
"contained";
