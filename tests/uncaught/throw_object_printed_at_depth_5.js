const deep = { a: { b: { c: { d: { e: { f: { g: 1 } } } } } }, s: "x\ny" };
throw deep;
