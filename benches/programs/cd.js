// CD (Are We Fast Yet): collision detection for simulated aircraft, after
// the CD_j benchmark of Kalibera et al. Each frame, aircraft positions are
// recorded in a red-black tree, the motions are drawn onto a voxel map (also
// a red-black tree) to find aircraft that may be close, and candidate pairs
// are tested for intersection. Each iteration simulates 200 frames with a
// number of aircraft taken in turn from AIRCRAFT_COUNTS and checks the
// collision count against the known one (e.g. 4305 for 100 aircraft).

const SIZE = 10; // bench:size bench:smoke 1
const AIRCRAFT_COUNTS = [2, 10, 100, 200, 250];

const MIN_X = 0;
const MIN_Y = 0;
const MAX_X = 1000;
const MAX_Y = 1000;
const MIN_Z = 0;
const MAX_Z = 10;
const PROXIMITY_RADIUS = 1;
const GOOD_VOXEL_SIZE = PROXIMITY_RADIUS * 2;

// NaN is smaller than any number.
function compareNumbers(a, b) {
  if (a === b) {
    return 0;
  }
  if (a < b) {
    return -1;
  }
  if (a > b) {
    return 1;
  }
  if (a === a) {
    return 1;
  }
  return -1;
}

// ------------------------------------------------------------- vectors

function Vector2D(x, y) {
  this.x = x;
  this.y = y;
}
Vector2D.prototype.plus = function (other) {
  return new Vector2D(this.x + other.x, this.y + other.y);
};
Vector2D.prototype.minus = function (other) {
  return new Vector2D(this.x - other.x, this.y - other.y);
};
Vector2D.prototype.compareTo = function (other) {
  const result = compareNumbers(this.x, other.x);
  if (result !== 0) {
    return result;
  }
  return compareNumbers(this.y, other.y);
};

function Vector3D(x, y, z) {
  this.x = x;
  this.y = y;
  this.z = z;
}
Vector3D.prototype.plus = function (other) {
  return new Vector3D(this.x + other.x, this.y + other.y, this.z + other.z);
};
Vector3D.prototype.minus = function (other) {
  return new Vector3D(this.x - other.x, this.y - other.y, this.z - other.z);
};
Vector3D.prototype.dot = function (other) {
  return this.x * other.x + this.y * other.y + this.z * other.z;
};
Vector3D.prototype.squaredMagnitude = function () {
  return this.dot(this);
};
Vector3D.prototype.magnitude = function () {
  return Math.sqrt(this.squaredMagnitude());
};
Vector3D.prototype.times = function (amount) {
  return new Vector3D(this.x * amount, this.y * amount, this.z * amount);
};

// ------------------------------------------------------- red-black tree

const RED = 0;
const BLACK = 1;

function RBNode(key, value) {
  this.key = key;
  this.value = value;
  this.left = null;
  this.right = null;
  this.parent = null;
  this.color = RED;
}

RBNode.prototype.successor = function () {
  let x = this;
  if (x.right !== null) {
    x = x.right;
    while (x.left !== null) {
      x = x.left;
    }
    return x;
  }
  let y = x.parent;
  while (y !== null && x === y.right) {
    x = y;
    y = y.parent;
  }
  return y;
};

// An ordered map whose keys have a compareTo method.
function RedBlackTree() {
  this.root = null;
}

function isBlack(node) {
  return node === null || node.color === BLACK;
}

// Stores value under key; returns the previous value, or null if the key is
// new.
RedBlackTree.prototype.put = function (key, value) {
  let parent = null;
  let x = this.root;
  let cmp = 0;
  while (x !== null) {
    cmp = key.compareTo(x.key);
    if (cmp === 0) {
      const old = x.value;
      x.value = value;
      return old;
    }
    parent = x;
    x = cmp < 0 ? x.left : x.right;
  }
  const z = new RBNode(key, value);
  z.parent = parent;
  if (parent === null) {
    this.root = z;
  } else if (cmp < 0) {
    parent.left = z;
  } else {
    parent.right = z;
  }
  this.insertFixup(z);
  return null;
};

RedBlackTree.prototype.insertFixup = function (node) {
  let z = node;
  while (z.parent !== null && z.parent.color === RED) {
    const p = z.parent;
    const g = p.parent;
    if (p === g.left) {
      const uncle = g.right;
      if (uncle !== null && uncle.color === RED) {
        p.color = BLACK;
        uncle.color = BLACK;
        g.color = RED;
        z = g;
      } else {
        if (z === p.right) {
          z = p;
          this.leftRotate(z);
        }
        z.parent.color = BLACK;
        z.parent.parent.color = RED;
        this.rightRotate(z.parent.parent);
      }
    } else {
      const uncle = g.left;
      if (uncle !== null && uncle.color === RED) {
        p.color = BLACK;
        uncle.color = BLACK;
        g.color = RED;
        z = g;
      } else {
        if (z === p.left) {
          z = p;
          this.rightRotate(z);
        }
        z.parent.color = BLACK;
        z.parent.parent.color = RED;
        this.leftRotate(z.parent.parent);
      }
    }
  }
  this.root.color = BLACK;
};

RedBlackTree.prototype.findNode = function (key) {
  let x = this.root;
  while (x !== null) {
    const cmp = key.compareTo(x.key);
    if (cmp === 0) {
      return x;
    }
    x = cmp < 0 ? x.left : x.right;
  }
  return null;
};

RedBlackTree.prototype.get = function (key) {
  const node = this.findNode(key);
  return node === null ? null : node.value;
};

RedBlackTree.prototype.transplant = function (u, v) {
  if (u.parent === null) {
    this.root = v;
  } else if (u === u.parent.left) {
    u.parent.left = v;
  } else {
    u.parent.right = v;
  }
  if (v !== null) {
    v.parent = u.parent;
  }
};

// Removes key; returns its value, or null if it was absent.
RedBlackTree.prototype.remove = function (key) {
  const z = this.findNode(key);
  if (z === null) {
    return null;
  }
  let removedColor = z.color;
  let x;
  let xParent;
  if (z.left === null) {
    x = z.right;
    xParent = z.parent;
    this.transplant(z, z.right);
  } else if (z.right === null) {
    x = z.left;
    xParent = z.parent;
    this.transplant(z, z.left);
  } else {
    let y = z.right;
    while (y.left !== null) {
      y = y.left;
    }
    removedColor = y.color;
    x = y.right;
    if (y.parent === z) {
      xParent = y;
    } else {
      xParent = y.parent;
      this.transplant(y, y.right);
      y.right = z.right;
      y.right.parent = y;
    }
    this.transplant(z, y);
    y.left = z.left;
    y.left.parent = y;
    y.color = z.color;
  }
  if (removedColor === BLACK) {
    this.removeFixup(x, xParent);
  }
  return z.value;
};

RedBlackTree.prototype.removeFixup = function (node, nodeParent) {
  let x = node;
  let xParent = nodeParent;
  while (x !== this.root && isBlack(x)) {
    if (x === xParent.left) {
      let w = xParent.right;
      if (w.color === RED) {
        w.color = BLACK;
        xParent.color = RED;
        this.leftRotate(xParent);
        w = xParent.right;
      }
      if (isBlack(w.left) && isBlack(w.right)) {
        w.color = RED;
        x = xParent;
        xParent = x.parent;
      } else {
        if (isBlack(w.right)) {
          w.left.color = BLACK;
          w.color = RED;
          this.rightRotate(w);
          w = xParent.right;
        }
        w.color = xParent.color;
        xParent.color = BLACK;
        w.right.color = BLACK;
        this.leftRotate(xParent);
        x = this.root;
        xParent = null;
      }
    } else {
      let w = xParent.left;
      if (w.color === RED) {
        w.color = BLACK;
        xParent.color = RED;
        this.rightRotate(xParent);
        w = xParent.left;
      }
      if (isBlack(w.right) && isBlack(w.left)) {
        w.color = RED;
        x = xParent;
        xParent = x.parent;
      } else {
        if (isBlack(w.left)) {
          w.right.color = BLACK;
          w.color = RED;
          this.leftRotate(w);
          w = xParent.left;
        }
        w.color = xParent.color;
        xParent.color = BLACK;
        w.left.color = BLACK;
        this.rightRotate(xParent);
        x = this.root;
        xParent = null;
      }
    }
  }
  if (x !== null) {
    x.color = BLACK;
  }
};

RedBlackTree.prototype.leftRotate = function (x) {
  const y = x.right;
  x.right = y.left;
  if (y.left !== null) {
    y.left.parent = x;
  }
  y.parent = x.parent;
  if (x.parent === null) {
    this.root = y;
  } else if (x === x.parent.left) {
    x.parent.left = y;
  } else {
    x.parent.right = y;
  }
  y.left = x;
  x.parent = y;
};

RedBlackTree.prototype.rightRotate = function (y) {
  const x = y.left;
  y.left = x.right;
  if (x.right !== null) {
    x.right.parent = y;
  }
  x.parent = y.parent;
  if (y.parent === null) {
    this.root = x;
  } else if (y === y.parent.left) {
    y.parent.left = x;
  } else {
    y.parent.right = x;
  }
  x.right = y;
  y.parent = x;
};

// Calls fn(node) for every entry, in key order.
RedBlackTree.prototype.forEach = function (fn) {
  if (this.root === null) {
    return;
  }
  let current = this.root;
  while (current.left !== null) {
    current = current.left;
  }
  while (current !== null) {
    fn(current);
    current = current.successor();
  }
};

// Checks the red-black invariants; returns the black height.
RedBlackTree.prototype.verify = function () {
  if (this.root !== null && this.root.color !== BLACK) {
    throw new Error('red root');
  }
  return verifyNode(this.root);
};

function verifyNode(node) {
  if (node === null) {
    return 1;
  }
  if (node.color === RED && (!isBlack(node.left) || !isBlack(node.right))) {
    throw new Error('red node with a red child');
  }
  if (node.left !== null && (node.left.parent !== node || node.left.key.compareTo(node.key) >= 0)) {
    throw new Error('bad left child');
  }
  if (node.right !== null && (node.right.parent !== node || node.right.key.compareTo(node.key) <= 0)) {
    throw new Error('bad right child');
  }
  const hl = verifyNode(node.left);
  const hr = verifyNode(node.right);
  if (hl !== hr) {
    throw new Error('unequal black heights');
  }
  return hl + (node.color === BLACK ? 1 : 0);
}

// ------------------------------------------------------ aircraft model

function CallSign(value) {
  this.value = value;
}
CallSign.prototype.compareTo = function (other) {
  return this.value === other.value ? 0 : (this.value < other.value ? -1 : 1);
};

function Collision(aircraftA, aircraftB, position) {
  this.aircraftA = aircraftA;
  this.aircraftB = aircraftB;
  this.position = position;
}

function Aircraft(callsign, position) {
  this.callsign = callsign;
  this.position = position;
}

function Motion(callsign, posOne, posTwo) {
  this.callsign = callsign;
  this.posOne = posOne;
  this.posTwo = posTwo;
}

Motion.prototype.delta = function () {
  return this.posTwo.minus(this.posOne);
};

// Returns where this motion and the other come within PROXIMITY_RADIUS of
// each other during the frame, or null.
Motion.prototype.findIntersection = function (other) {
  const init1 = this.posOne;
  const init2 = other.posOne;
  const vec1 = this.delta();
  const vec2 = other.delta();
  const radius = PROXIMITY_RADIUS;

  // Solve |(init1 + t*vec1) - (init2 + t*vec2)| = radius for t.
  const a = vec2.minus(vec1).squaredMagnitude();
  if (a !== 0) {
    const b = 2 * (init1.x * vec1.x - init1.x * vec2.x - init2.x * vec1.x + init2.x * vec2.x +
                   init1.y * vec1.y - init1.y * vec2.y - init2.y * vec1.y + init2.y * vec2.y +
                   init1.z * vec1.z - init1.z * vec2.z - init2.z * vec1.z + init2.z * vec2.z);
    const c = -radius * radius +
      (init2.x - init1.x) * (init2.x - init1.x) +
      (init2.y - init1.y) * (init2.y - init1.y) +
      (init2.z - init1.z) * (init2.z - init1.z);

    const discr = b * b - 4 * a * c;
    if (discr < 0) {
      return null;
    }

    const v1 = (-b - Math.sqrt(discr)) / (2 * a);
    const v2 = (-b + Math.sqrt(discr)) / (2 * a);

    if (v1 <= v2 && ((v1 <= 1 && 1 <= v2) || (v1 <= 0 && 0 <= v2) || (0 <= v1 && v2 <= 1))) {
      // The motions come close during the frame; take the midpoint at the
      // earliest moment of closeness.
      const v = v1 <= 0 ? 0 : v1;
      const result1 = init1.plus(vec1.times(v));
      const result2 = init2.plus(vec2.times(v));
      const result = result1.plus(result2).times(0.5);
      if (result.x >= MIN_X && result.x <= MAX_X &&
          result.y >= MIN_Y && result.y <= MAX_Y &&
          result.z >= MIN_Z && result.z <= MAX_Z) {
        return result;
      }
    }
    return null;
  }

  // Same velocity: the distance never changes.
  const dist = init2.minus(init1).magnitude();
  if (dist <= radius) {
    return init1.plus(init2).times(0.5);
  }
  return null;
};

// ------------------------------------------------------------ voxel map

const horizontal = new Vector2D(GOOD_VOXEL_SIZE, 0);
const vertical = new Vector2D(0, GOOD_VOXEL_SIZE);

function isInVoxel(voxel, motion) {
  if (voxel.x > MAX_X || voxel.x < MIN_X || voxel.y > MAX_Y || voxel.y < MIN_Y) {
    return false;
  }
  const init = motion.posOne;
  const fin = motion.posTwo;

  const vS = GOOD_VOXEL_SIZE;
  const r = PROXIMITY_RADIUS / 2;

  const vX = voxel.x;
  const x0 = init.x;
  const xv = fin.x - init.x;

  const vY = voxel.y;
  const y0 = init.y;
  const yv = fin.y - init.y;

  let lowX = (vX - r - x0) / xv;
  let highX = (vX + vS + r - x0) / xv;
  if (xv < 0) {
    const tmp = lowX;
    lowX = highX;
    highX = tmp;
  }

  let lowY = (vY - r - y0) / yv;
  let highY = (vY + vS + r - y0) / yv;
  if (yv < 0) {
    const tmp = lowY;
    lowY = highY;
    highY = tmp;
  }

  return (((xv === 0 && vX <= x0 + r && x0 - r <= vX + vS) ||
           ((lowX <= 1 && 1 <= highX) || (lowX <= 0 && 0 <= highX) ||
            (0 <= lowX && highX <= 1))) &&
          ((yv === 0 && vY <= y0 + r && y0 - r <= vY + vS) ||
           ((lowY <= 1 && 1 <= highY) || (lowY <= 0 && 0 <= highY) ||
            (0 <= lowY && highY <= 1))) &&
          (xv === 0 || yv === 0 ||
           (lowY <= highX && highX <= highY) ||
           (lowY <= lowX && lowX <= highY) ||
           (lowX <= lowY && highY <= highX)));
}

function putIntoMap(voxelMap, voxel, motion) {
  let list = voxelMap.get(voxel);
  if (list === null) {
    list = [];
    voxelMap.put(voxel, list);
  }
  list.push(motion);
}

// Flood-fills the voxels the motion passes through.
function recurse(voxelMap, seen, nextVoxel, motion) {
  if (!isInVoxel(nextVoxel, motion)) {
    return;
  }
  if (seen.put(nextVoxel, true) !== null) {
    return;
  }
  putIntoMap(voxelMap, nextVoxel, motion);

  recurse(voxelMap, seen, nextVoxel.minus(horizontal), motion);
  recurse(voxelMap, seen, nextVoxel.plus(horizontal), motion);
  recurse(voxelMap, seen, nextVoxel.minus(vertical), motion);
  recurse(voxelMap, seen, nextVoxel.plus(vertical), motion);
  recurse(voxelMap, seen, nextVoxel.minus(horizontal).minus(vertical), motion);
  recurse(voxelMap, seen, nextVoxel.minus(horizontal).plus(vertical), motion);
  recurse(voxelMap, seen, nextVoxel.plus(horizontal).minus(vertical), motion);
  recurse(voxelMap, seen, nextVoxel.plus(horizontal).plus(vertical), motion);
}

function voxelHash(position) {
  const xDiv = (position.x / GOOD_VOXEL_SIZE) | 0;
  const yDiv = (position.y / GOOD_VOXEL_SIZE) | 0;
  const result = new Vector2D(GOOD_VOXEL_SIZE * xDiv, GOOD_VOXEL_SIZE * yDiv);
  if (position.x < 0) {
    result.x -= GOOD_VOXEL_SIZE;
  }
  if (position.y < 0) {
    result.y -= GOOD_VOXEL_SIZE;
  }
  return result;
}

function drawMotionOnVoxelMap(voxelMap, motion) {
  const seen = new RedBlackTree();
  recurse(voxelMap, seen, voxelHash(motion.posOne), motion);
}

// Groups the motions by the voxels they touch; returns the groups of two or
// more.
function reduceCollisionSet(motions) {
  const voxelMap = new RedBlackTree();
  motions.forEach((motion) => drawMotionOnVoxelMap(voxelMap, motion));
  const result = [];
  voxelMap.forEach((e) => {
    if (e.value.length > 1) {
      result.push(e.value);
    }
  });
  return result;
}

// ------------------------------------------------------------- detector

function CollisionDetector() {
  this.state = new RedBlackTree();
}

CollisionDetector.prototype.handleNewFrame = function (frame) {
  const motions = [];
  const seen = new RedBlackTree();

  frame.forEach((aircraft) => {
    let oldPosition = this.state.put(aircraft.callsign, aircraft.position);
    const newPosition = aircraft.position;
    seen.put(aircraft.callsign, true);
    if (oldPosition === null) {
      // A new aircraft has not moved yet.
      oldPosition = newPosition;
    }
    motions.push(new Motion(aircraft.callsign, oldPosition, newPosition));
  });

  // Forget aircraft that left.
  const toRemove = [];
  this.state.forEach((e) => {
    if (seen.get(e.key) === null) {
      toRemove.push(e.key);
    }
  });
  toRemove.forEach((e) => this.state.remove(e));

  const allReduced = reduceCollisionSet(motions);
  const collisions = [];
  allReduced.forEach((reduced) => {
    for (let i = 0; i < reduced.length; ++i) {
      const motion1 = reduced[i];
      for (let j = i + 1; j < reduced.length; ++j) {
        const motion2 = reduced[j];
        const collision = motion1.findIntersection(motion2);
        if (collision !== null) {
          collisions.push(new Collision(motion1.callsign, motion2.callsign, collision));
        }
      }
    }
  });
  return collisions;
};

// ------------------------------------------------------------ simulator

function Simulator(numAircraft) {
  this.aircraft = [];
  for (let i = 0; i < numAircraft; i++) {
    this.aircraft.push(new CallSign(i));
  }
}

// Aircraft fly in pairs along x, weaving around each other in y.
Simulator.prototype.simulate = function (time) {
  const frame = [];
  for (let i = 0; i < this.aircraft.length; i += 2) {
    frame.push(new Aircraft(this.aircraft[i],
                            new Vector3D(time, Math.cos(time) * 2 + i * 3, 10)));
    frame.push(new Aircraft(this.aircraft[i + 1],
                            new Vector3D(time, Math.sin(time) * 2 + i * 3, 10)));
  }
  return frame;
};

function benchmark(numAircrafts) {
  const numFrames = 200;
  const simulator = new Simulator(numAircrafts);
  const detector = new CollisionDetector();
  let actualCollisions = 0;
  for (let i = 0; i < numFrames; i++) {
    const time = i / 10;
    const collisions = detector.handleNewFrame(simulator.simulate(time));
    actualCollisions += collisions.length;
  }
  detector.state.verify();
  return actualCollisions;
}

function verifyResult(actualCollisions, numAircrafts) {
  if (numAircrafts === 1000) { return actualCollisions === 14484; }
  if (numAircrafts === 500) { return actualCollisions === 14484; }
  if (numAircrafts === 250) { return actualCollisions === 10830; }
  if (numAircrafts === 200) { return actualCollisions === 8655; }
  if (numAircrafts === 100) { return actualCollisions === 4305; }
  if (numAircrafts === 10) { return actualCollisions === 390; }
  if (numAircrafts === 2) { return actualCollisions === 42; }
  throw new Error(`cd: no expected result for ${numAircrafts} aircraft`);
}

// A self-check of the tree's removal against a reference array.
function treeSelfTest() {
  const tree = new RedBlackTree();
  let seed = 74755;
  const present = [];
  for (let i = 0; i < 256; i++) {
    present.push(false);
  }
  for (let step = 0; step < 2000; step++) {
    seed = ((seed * 1309) + 13849) & 65535;
    const k = seed & 255;
    if (present[k]) {
      if (tree.remove(new CallSign(k)) !== k) {
        throw new Error('tree remove returned the wrong value');
      }
      present[k] = false;
    } else {
      if (tree.put(new CallSign(k), k) !== null) {
        throw new Error('tree put found a key it should not have');
      }
      present[k] = true;
    }
  }
  tree.verify();
  let count = 0;
  let prev = -1;
  tree.forEach((e) => {
    if (!present[e.key.value] || e.key.value <= prev) {
      throw new Error('tree contents wrong');
    }
    prev = e.key.value;
    count++;
  });
  let expected = 0;
  for (let i = 0; i < 256; i++) {
    if (present[i]) {
      expected++;
    }
  }
  if (count !== expected) {
    throw new Error('tree size wrong');
  }
  return count;
}

let checksum = treeSelfTest();
for (let iter = 0; iter < SIZE; iter++) {
  const numAircraft = AIRCRAFT_COUNTS[iter % AIRCRAFT_COUNTS.length];
  const result = benchmark(numAircraft);
  if (!verifyResult(result, numAircraft)) {
    throw new Error(`cd: wrong result ${result} in iteration ${iter}`);
  }
  checksum += result;
}
console.log(`cd: ok ${checksum}`);
