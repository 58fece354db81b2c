// vector:  the script's completion value is the endowment itself, reached through a labelled block left with break, a switch and a sequence expression
// origin:  rewrite differentials in completion-value tracking (eval semantics); vm2 ATTACKS.md (handing host functions back)
// expect:  blocked
// layers:  isolation
// family:  parser-differential
// globals: hostFn hostObj
// note:    the result holds the endowed host function as handed over
found: {
  switch (1) {
    case 1: (0, hostObj.greet, hostFn);
  }
  break found;
}
