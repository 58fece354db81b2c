// vector:  `-->` after a multi-line block comment on the same line starts an HTML close comment: the climb behind it is a comment to acorn, code to some other reader
// origin:  SES rejectHtmlComments (SES_HTML_COMMENT_REJECTED); Annex B SingleLineHTMLCloseComment
// expect:  blocked
// layers:  none
// family:  parser-differential
// inputs:  input
// note:    only acorn's AST is regenerated and compiled, so what acorn read as a comment never runs, whatever the layers (substrate)
// The attempt wins only with the host's Function: its code sees the host's globalThis (with process).
function win(F) {
  if (typeof F !== "function") return false;
  let g;
  try { g = F("return globalThis")(); } catch (e) { return false; }
  if (g === null || typeof g !== "object" || typeof g.process !== "object") return false;
  g.__ringfenceCanary = "escaped";
  return true;
}
let won = false;
/*
*/ --> won = win(input.constructor.constructor);
won ? "escaped" : "contained";
