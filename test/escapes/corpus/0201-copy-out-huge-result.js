// vector:  returns a sparse array of length 2^32-1 and 50,000 small arrays, to make the host's copier do unbudgeted work
// origin:  vm2 ATTACKS.md resource exhaustion (Buffer.alloc DoS); SES OOM notes
// expect:  blocked
// layers:  none
// family:  membrane-copy
// note:    copy-out refuses arrays longer than one million elements before touching them and caps the objects it makes; with isolation off nothing copies the result, so no configuration is hurt
const sparse = [];
sparse.length = 4294967295;
const many = [];
for (let i = 0; i < 50000; i++) many.push([i]);
({ sparse, many });
