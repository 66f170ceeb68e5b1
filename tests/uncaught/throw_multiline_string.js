throw "line one\nline two " + String.fromCharCode(0xd83d);
