// Every object leads to its constructor, and the constructor of every function compiles code.
({}).constructor.constructor("return process")()
