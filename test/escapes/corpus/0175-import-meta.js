// vector:  reads import.meta to learn the host module's URL and resolver
// origin:  SES import.meta censorship; vm2 ATTACKS.md dynamic import
// expect:  blocked
// layers:  none
// family:  modules-import
// note:    import.meta is a syntax error outside modules and the sandbox parses scripts only, whatever the layers (substrate)
const where = import.meta.url;
where;
