function run(program) {
  var stack = [], out = [];
  loop: for (var pc = 0; pc < program.length; pc++) {
    var ins = program[pc];
    switch (ins[0]) {
      case "push": stack.push(ins[1]); break;
      case "add": stack.push(stack.pop() + stack.pop()); break;
      case "mul": stack.push(stack.pop() * stack.pop()); break;
      case "dup": stack.push(stack[stack.length - 1]); break;
      case "print": out.push(stack[stack.length - 1]); break;
      case "jz":
        if (stack.pop() === 0) { pc = ins[1] - 1; }
        break;
      case "dec": stack.push(stack.pop() - 1); break;
      case "jmp": pc = ins[1] - 1; continue loop;
      case "halt": break loop;
      default:
        switch (typeof ins[0]) {
          case "number": stack.push(ins[0]); break;
          default: out.push("bad:" + ins[0]);
        }
    }
  }
  return out;
}
console.log(run([["push", 2], ["push", 3], ["add"], ["print"], ["dup"], ["mul"], ["print"], ["halt"], ["print"]]));
console.log(run([["push", 3], ["dup"], ["print"], ["dec"], ["dup"], ["jz", 7], ["jmp", 1], ["push", "done"], ["print"]]));
console.log(run([[7], ["print"], ["xyz"]]));
