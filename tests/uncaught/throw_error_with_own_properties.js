const e = new Error("with properties");
e.code = 1;
e.info = { a: { b: { c: { d: { e: { f: 1 } } } } } };
throw e;
