// Level 0 runs the attempt in the host's own global scope: every host name is right there.
process
