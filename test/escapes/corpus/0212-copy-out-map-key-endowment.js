// vector:  returns an endowment hidden as a Map key and a Set member, hoping a copier that walks only own properties hands it back to the host as a live function
// origin:  vm2 ATTACKS.md (values through the bridge); structured-clone style copiers that skip collection entries
// expect:  blocked
// layers:  isolation
// family:  membrane-copy
// globals: hostFn
new Map([[hostFn, "as a key"], ["set", new Set([hostFn])]]);
