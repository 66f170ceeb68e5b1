// DeltaBlue (Are We Fast Yet): the incremental constraint solver of
// Freeman-Benson, Maloney and Borning. Each iteration runs the chain test
// (a chain of equality constraints driven by an edit constraint) and the
// projection test (scale/offset constraints edited from both ends), each
// of which checks the values it propagates.

const SIZE = 1400; // bench:size bench:smoke 2
const INNER = 200; // length of the chain / number of projections

// ---------------------------------------------------------------- Strength

function Strength(value, name) {
  this.arithmeticValue = value;
  this.name = name;
}

Strength.prototype.sameAs = function (s) {
  return this.arithmeticValue === s.arithmeticValue;
};
Strength.prototype.stronger = function (s) {
  return this.arithmeticValue < s.arithmeticValue;
};
Strength.prototype.weaker = function (s) {
  return this.arithmeticValue > s.arithmeticValue;
};
Strength.prototype.strongest = function (s) {
  return s.stronger(this) ? s : this;
};
Strength.prototype.weakest = function (s) {
  return s.weaker(this) ? s : this;
};
Strength.prototype.nextWeaker = function () {
  return STRENGTH_ORDER[this.arithmeticValue + 1];
};

const REQUIRED = new Strength(0, 'required');
const STRONG_PREFERRED = new Strength(1, 'strongPreferred');
const PREFERRED = new Strength(2, 'preferred');
const STRONG_DEFAULT = new Strength(3, 'strongDefault');
const NORMAL = new Strength(4, 'normal');
const WEAK_DEFAULT = new Strength(5, 'weakDefault');
const WEAKEST = new Strength(6, 'weakest');
const STRENGTH_ORDER = [REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT,
  NORMAL, WEAK_DEFAULT, WEAKEST];

const NONE = 0;
const FORWARD = 1;
const BACKWARD = -1;

// The planner is global for the constraints, as in the original.
let planner = null;

// -------------------------------------------------------------- Constraint

function Constraint(strength) {
  this.strength = strength;
}

Constraint.prototype.addConstraint = function () {
  this.addToGraph();
  planner.incrementalAdd(this);
};

// Tries to satisfy this constraint with the given mark; returns the
// constraint it overrode, if any.
Constraint.prototype.satisfy = function (mark) {
  this.chooseMethod(mark);
  if (!this.isSatisfied()) {
    if (this.strength === REQUIRED) {
      throw new Error('Could not satisfy a required constraint');
    }
    return null;
  }
  this.markInputs(mark);
  const out = this.output();
  const overridden = out.determinedBy;
  if (overridden !== null) {
    overridden.markUnsatisfied();
  }
  out.determinedBy = this;
  if (!planner.addPropagate(this, mark)) {
    throw new Error('Cycle encountered');
  }
  out.mark = mark;
  return overridden;
};

Constraint.prototype.destroyConstraint = function () {
  if (this.isSatisfied()) {
    planner.incrementalRemove(this);
  } else {
    this.removeFromGraph();
  }
};

Constraint.prototype.isInput = function () {
  return false;
};

// --------------------------------------------------------- UnaryConstraint

function UnaryConstraint(v, strength) {
  Constraint.call(this, strength);
  this.myOutput = v;
  this.satisfied = false;
  this.addConstraint();
}
UnaryConstraint.prototype = Object.create(Constraint.prototype);
UnaryConstraint.prototype.constructor = UnaryConstraint;

UnaryConstraint.prototype.addToGraph = function () {
  this.myOutput.addConstraint(this);
  this.satisfied = false;
};

UnaryConstraint.prototype.chooseMethod = function (mark) {
  this.satisfied = this.myOutput.mark !== mark &&
    this.strength.stronger(this.myOutput.walkStrength);
};

UnaryConstraint.prototype.isSatisfied = function () {
  return this.satisfied;
};

UnaryConstraint.prototype.markInputs = function (mark) {
  // No inputs.
};

UnaryConstraint.prototype.output = function () {
  return this.myOutput;
};

UnaryConstraint.prototype.recalculate = function () {
  this.myOutput.walkStrength = this.strength;
  this.myOutput.stay = !this.isInput();
  if (this.myOutput.stay) {
    this.execute();
  }
};

UnaryConstraint.prototype.markUnsatisfied = function () {
  this.satisfied = false;
};

UnaryConstraint.prototype.inputsKnown = function (mark) {
  return true;
};

UnaryConstraint.prototype.removeFromGraph = function () {
  if (this.myOutput !== null) {
    this.myOutput.removeConstraint(this);
  }
  this.satisfied = false;
};

// A stay constraint keeps its variable from changing if it can.
function StayConstraint(v, strength) {
  UnaryConstraint.call(this, v, strength);
}
StayConstraint.prototype = Object.create(UnaryConstraint.prototype);
StayConstraint.prototype.constructor = StayConstraint;

StayConstraint.prototype.execute = function () {
  // Stay constraints do nothing.
};

// An edit constraint marks its variable as changed from outside.
function EditConstraint(v, strength) {
  UnaryConstraint.call(this, v, strength);
}
EditConstraint.prototype = Object.create(UnaryConstraint.prototype);
EditConstraint.prototype.constructor = EditConstraint;

EditConstraint.prototype.isInput = function () {
  return true;
};

EditConstraint.prototype.execute = function () {
  // Edit constraints do nothing.
};

// -------------------------------------------------------- BinaryConstraint

function BinaryConstraint(var1, var2, strength) {
  Constraint.call(this, strength);
  this.v1 = var1;
  this.v2 = var2;
  this.direction = NONE;
}
BinaryConstraint.prototype = Object.create(Constraint.prototype);
BinaryConstraint.prototype.constructor = BinaryConstraint;

BinaryConstraint.prototype.chooseMethod = function (mark) {
  if (this.v1.mark === mark) {
    if (this.v2.mark !== mark && this.strength.stronger(this.v2.walkStrength)) {
      this.direction = FORWARD;
    } else {
      this.direction = NONE;
    }
    return;
  }
  if (this.v2.mark === mark) {
    if (this.v1.mark !== mark && this.strength.stronger(this.v1.walkStrength)) {
      this.direction = BACKWARD;
    } else {
      this.direction = NONE;
    }
    return;
  }
  if (this.v1.walkStrength.weaker(this.v2.walkStrength)) {
    this.direction = this.strength.stronger(this.v1.walkStrength) ? BACKWARD : NONE;
  } else {
    this.direction = this.strength.stronger(this.v2.walkStrength) ? FORWARD : BACKWARD;
  }
};

BinaryConstraint.prototype.addToGraph = function () {
  this.v1.addConstraint(this);
  this.v2.addConstraint(this);
  this.direction = NONE;
};

BinaryConstraint.prototype.isSatisfied = function () {
  return this.direction !== NONE;
};

BinaryConstraint.prototype.markInputs = function (mark) {
  this.input().mark = mark;
};

BinaryConstraint.prototype.input = function () {
  return this.direction === FORWARD ? this.v1 : this.v2;
};

BinaryConstraint.prototype.output = function () {
  return this.direction === FORWARD ? this.v2 : this.v1;
};

BinaryConstraint.prototype.recalculate = function () {
  const ihn = this.input();
  const out = this.output();
  out.walkStrength = this.strength.weakest(ihn.walkStrength);
  out.stay = ihn.stay;
  if (out.stay) {
    this.execute();
  }
};

BinaryConstraint.prototype.markUnsatisfied = function () {
  this.direction = NONE;
};

BinaryConstraint.prototype.inputsKnown = function (mark) {
  const i = this.input();
  return i.mark === mark || i.stay || i.determinedBy === null;
};

BinaryConstraint.prototype.removeFromGraph = function () {
  if (this.v1 !== null) {
    this.v1.removeConstraint(this);
  }
  if (this.v2 !== null) {
    this.v2.removeConstraint(this);
  }
  this.direction = NONE;
};

// dest = src * scale + offset, in either direction.
function ScaleConstraint(src, scale, offset, dest, strength) {
  BinaryConstraint.call(this, src, dest, strength);
  this.scale = scale;
  this.offset = offset;
  this.addConstraint();
}
ScaleConstraint.prototype = Object.create(BinaryConstraint.prototype);
ScaleConstraint.prototype.constructor = ScaleConstraint;

ScaleConstraint.prototype.addToGraph = function () {
  BinaryConstraint.prototype.addToGraph.call(this);
  this.scale.addConstraint(this);
  this.offset.addConstraint(this);
};

ScaleConstraint.prototype.removeFromGraph = function () {
  BinaryConstraint.prototype.removeFromGraph.call(this);
  if (this.scale !== null) {
    this.scale.removeConstraint(this);
  }
  if (this.offset !== null) {
    this.offset.removeConstraint(this);
  }
};

ScaleConstraint.prototype.markInputs = function (mark) {
  BinaryConstraint.prototype.markInputs.call(this, mark);
  this.scale.mark = mark;
  this.offset.mark = mark;
};

ScaleConstraint.prototype.execute = function () {
  if (this.direction === FORWARD) {
    this.v2.value = this.v1.value * this.scale.value + this.offset.value;
  } else {
    this.v1.value = (this.v2.value - this.offset.value) / this.scale.value;
  }
};

ScaleConstraint.prototype.recalculate = function () {
  const ihn = this.input();
  const out = this.output();
  out.walkStrength = this.strength.weakest(ihn.walkStrength);
  out.stay = ihn.stay && this.scale.stay && this.offset.stay;
  if (out.stay) {
    this.execute();
  }
};

// v1 == v2, in either direction.
function EqualityConstraint(var1, var2, strength) {
  BinaryConstraint.call(this, var1, var2, strength);
  this.addConstraint();
}
EqualityConstraint.prototype = Object.create(BinaryConstraint.prototype);
EqualityConstraint.prototype.constructor = EqualityConstraint;

EqualityConstraint.prototype.execute = function () {
  this.output().value = this.input().value;
};

// ---------------------------------------------------------------- Variable

function Variable(name, initialValue = 0) {
  this.name = name;
  this.value = initialValue;
  this.constraints = [];
  this.determinedBy = null;
  this.mark = 0;
  this.walkStrength = WEAKEST;
  this.stay = true;
}

Variable.prototype.addConstraint = function (c) {
  this.constraints.push(c);
};

Variable.prototype.removeConstraint = function (c) {
  const kept = [];
  for (let i = 0; i < this.constraints.length; i++) {
    if (this.constraints[i] !== c) {
      kept.push(this.constraints[i]);
    }
  }
  this.constraints = kept;
  if (this.determinedBy === c) {
    this.determinedBy = null;
  }
};

// -------------------------------------------------------------------- Plan

function Plan() {
  this.constraints = [];
}

Plan.prototype.addConstraint = function (c) {
  this.constraints.push(c);
};

Plan.prototype.execute = function () {
  const cs = this.constraints;
  for (let i = 0; i < cs.length; i++) {
    cs[i].execute();
  }
};

// A FIFO work list with an advancing head (like AWFY's Vector.removeFirst).
function Queue() {
  this.items = [];
  this.head = 0;
}
Queue.prototype.add = function (x) {
  this.items.push(x);
};
Queue.prototype.isEmpty = function () {
  return this.head >= this.items.length;
};
Queue.prototype.removeFirst = function () {
  const x = this.items[this.head];
  this.items[this.head] = null;
  this.head++;
  return x;
};

// ----------------------------------------------------------------- Planner

function Planner() {
  this.currentMark = 1;
}

Planner.prototype.newMark = function () {
  this.currentMark++;
  return this.currentMark;
};

Planner.prototype.incrementalAdd = function (c) {
  const mark = this.newMark();
  let overridden = c.satisfy(mark);
  while (overridden !== null) {
    overridden = overridden.satisfy(mark);
  }
};

Planner.prototype.incrementalRemove = function (c) {
  const out = c.output();
  c.markUnsatisfied();
  c.removeFromGraph();
  const unsatisfied = this.removePropagateFrom(out);
  let strength = REQUIRED;
  do {
    for (let i = 0; i < unsatisfied.length; i++) {
      const u = unsatisfied[i];
      if (u.strength === strength) {
        this.incrementalAdd(u);
      }
    }
    strength = strength.nextWeaker();
  } while (strength !== WEAKEST);
};

Planner.prototype.makePlan = function (sources) {
  const mark = this.newMark();
  const plan = new Plan();
  const todo = sources;
  while (!todo.isEmpty()) {
    const c = todo.removeFirst();
    if (c.output().mark !== mark && c.inputsKnown(mark)) {
      plan.addConstraint(c);
      c.output().mark = mark;
      this.addConstraintsConsumingTo(c.output(), todo);
    }
  }
  return plan;
};

Planner.prototype.extractPlanFromConstraints = function (constraints) {
  const sources = new Queue();
  for (let i = 0; i < constraints.length; i++) {
    const c = constraints[i];
    if (c.isInput() && c.isSatisfied()) {
      sources.add(c);
    }
  }
  return this.makePlan(sources);
};

Planner.prototype.addPropagate = function (c, mark) {
  const todo = new Queue();
  todo.add(c);
  while (!todo.isEmpty()) {
    const d = todo.removeFirst();
    if (d.output().mark === mark) {
      this.incrementalRemove(c);
      return false;
    }
    d.recalculate();
    this.addConstraintsConsumingTo(d.output(), todo);
  }
  return true;
};

Planner.prototype.removePropagateFrom = function (out) {
  out.determinedBy = null;
  out.walkStrength = WEAKEST;
  out.stay = true;
  const unsatisfied = [];
  const todo = new Queue();
  todo.add(out);
  while (!todo.isEmpty()) {
    const v = todo.removeFirst();
    const cs = v.constraints;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      if (!c.isSatisfied()) {
        unsatisfied.push(c);
      }
    }
    const determining = v.determinedBy;
    for (let i = 0; i < cs.length; i++) {
      const next = cs[i];
      if (next !== determining && next.isSatisfied()) {
        next.recalculate();
        todo.add(next.output());
      }
    }
  }
  return unsatisfied;
};

Planner.prototype.addConstraintsConsumingTo = function (v, coll) {
  const determining = v.determinedBy;
  const cs = v.constraints;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (c !== determining && c.isSatisfied()) {
      coll.add(c);
    }
  }
};

// ------------------------------------------------------------------- Tests

// A long chain of equality constraints with a stay on the last variable and
// an edit on the first: every value set on the first must reach the last.
function chainTest(n) {
  planner = new Planner();
  let prev = null;
  let first = null;
  let last = null;
  for (let i = 0; i <= n; i++) {
    const v = new Variable('v' + i);
    if (prev !== null) {
      new EqualityConstraint(prev, v, REQUIRED);
    }
    if (i === 0) {
      first = v;
    }
    if (i === n) {
      last = v;
    }
    prev = v;
  }
  new StayConstraint(last, STRONG_DEFAULT);
  const edit = new EditConstraint(first, PREFERRED);
  const plan = planner.extractPlanFromConstraints([edit]);
  let sum = 0;
  for (let i = 0; i < 100; i++) {
    first.value = i;
    plan.execute();
    if (last.value !== i) {
      throw new Error(`Chain test failed: ${last.value} !== ${i}`);
    }
    sum += last.value;
  }
  return sum;
}

function change(v, newValue) {
  const edit = new EditConstraint(v, PREFERRED);
  const plan = planner.extractPlanFromConstraints([edit]);
  for (let i = 0; i < 10; i++) {
    v.value = newValue;
    plan.execute();
  }
  edit.destroyConstraint();
}

// n pairs of variables related by dst = src * scale + offset; editing one
// end of a pair, the scale or the offset must update the others.
function projectionTest(n) {
  planner = new Planner();
  const scale = new Variable('scale', 10);
  const offset = new Variable('offset', 1000);
  let src = null;
  let dst = null;
  const dests = [];
  for (let i = 0; i < n; i++) {
    src = new Variable('src' + i, i);
    dst = new Variable('dst' + i, i);
    dests.push(dst);
    new StayConstraint(src, NORMAL);
    new ScaleConstraint(src, scale, offset, dst, REQUIRED);
  }

  change(src, 17);
  if (dst.value !== 1170) {
    throw new Error('Projection test 1 failed');
  }
  change(dst, 1050);
  if (src.value !== 5) {
    throw new Error('Projection test 2 failed');
  }
  change(scale, 5);
  for (let i = 0; i < n - 1; i++) {
    if (dests[i].value !== i * 5 + 1000) {
      throw new Error('Projection test 3 failed');
    }
  }
  change(offset, 2000);
  let sum = 0;
  for (let i = 0; i < n - 1; i++) {
    if (dests[i].value !== i * 5 + 2000) {
      throw new Error('Projection test 4 failed');
    }
    sum += dests[i].value;
  }
  return sum + src.value + dst.value;
}

let checksum = 0;
for (let iter = 0; iter < SIZE; iter++) {
  checksum += chainTest(INNER);
  checksum += projectionTest(INNER);
  checksum %= 1000000007;
}
console.log(`deltablue: ok ${checksum}`);
