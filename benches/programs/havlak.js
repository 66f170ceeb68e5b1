// Havlak (Are We Fast Yet): Havlak's loop recognition algorithm (as in
// Hundt's "Loop Recognition in C++/Java/Go/Scala") run over a generated
// control-flow graph of 5213 basic blocks. The finder runs SIZE times over
// the big graph: once into the main loop-structure graph, which must end
// with 1602 + 3 * DUMMY_LOOPS loops, then on fresh loop-structure graphs,
// each of which must find the same 1601 loops (plus the root).

const SIZE = 60; // bench:size bench:smoke 1
const DUMMY_LOOPS = 150;

const UNVISITED = 2147483647;
const MAXNONBACKPREDS = 32 * 1024;

const BB_TOP = 0; // uninitialized
const BB_NONHEADER = 1; // a regular block
const BB_REDUCIBLE = 2; // reducible loop header
const BB_SELF = 3; // single-block loop
const BB_IRREDUCIBLE = 4; // irreducible loop header
const BB_DEAD = 5; // unreachable
const BB_LAST = 6; // sentinel

// --------------------------------------------------- small collections

// A set kept as a list, membership by identity (linear, as in AWFY).
function IdentitySet() {
  this.items = [];
}
IdentitySet.prototype.add = function (x) {
  if (!this.contains(x)) {
    this.items.push(x);
  }
};
IdentitySet.prototype.contains = function (x) {
  const items = this.items;
  for (let i = 0; i < items.length; i++) {
    if (items[i] === x) {
      return true;
    }
  }
  return false;
};
IdentitySet.prototype.size = function () {
  return this.items.length;
};
IdentitySet.prototype.forEach = function (fn) {
  const items = this.items;
  for (let i = 0; i < items.length; i++) {
    fn(items[i]);
  }
};

// ------------------------------------------------------------- the CFG

function BasicBlock(name) {
  this.name = name;
  this.inEdges = [];
  this.outEdges = [];
}
BasicBlock.prototype.getNumPred = function () {
  return this.inEdges.length;
};
BasicBlock.prototype.addOutEdge = function (to) {
  this.outEdges.push(to);
};
BasicBlock.prototype.addInEdge = function (from) {
  this.inEdges.push(from);
};

function BasicBlockEdge(cfg, fromName, toName) {
  this.from = cfg.createNode(fromName);
  this.to = cfg.createNode(toName);
  this.from.addOutEdge(this.to);
  this.to.addInEdge(this.from);
  cfg.addEdge(this);
}

function ControlFlowGraph() {
  this.startNode = null;
  this.basicBlockMap = [];
  this.edgeList = [];
}
ControlFlowGraph.prototype.createNode = function (name) {
  let node = this.basicBlockMap[name];
  if (node === undefined) {
    node = new BasicBlock(name);
    this.basicBlockMap[name] = node;
  }
  if (this.getNumNodes() === 1) {
    this.startNode = node;
  }
  return node;
};
ControlFlowGraph.prototype.addEdge = function (edge) {
  this.edgeList.push(edge);
};
ControlFlowGraph.prototype.getNumNodes = function () {
  return this.basicBlockMap.length;
};
ControlFlowGraph.prototype.getStartBasicBlock = function () {
  return this.startNode;
};
ControlFlowGraph.prototype.getBasicBlocks = function () {
  return this.basicBlockMap;
};

// --------------------------------------------------------------- loops

function SimpleLoop(bb, isReducible) {
  this.isReducible = isReducible;
  this.parent = null;
  this.isRoot_ = false;
  this.nestingLevel = 0;
  this.depthLevel = 0;
  this.counter = 0;
  this.basicBlocks = new IdentitySet();
  this.children = new IdentitySet();
  if (bb !== null) {
    this.basicBlocks.add(bb);
  }
  this.header = bb;
}
SimpleLoop.prototype.addNode = function (bb) {
  this.basicBlocks.add(bb);
};
SimpleLoop.prototype.addChildLoop = function (loop) {
  this.children.add(loop);
};
SimpleLoop.prototype.getParent = function () {
  return this.parent;
};
SimpleLoop.prototype.getNestingLevel = function () {
  return this.nestingLevel;
};
SimpleLoop.prototype.isRoot = function () {
  return this.isRoot_;
};
SimpleLoop.prototype.setParent = function (parent) {
  this.parent = parent;
  this.parent.addChildLoop(this);
};
SimpleLoop.prototype.setIsRoot = function () {
  this.isRoot_ = true;
};
SimpleLoop.prototype.setCounter = function (value) {
  this.counter = value;
};
SimpleLoop.prototype.setNestingLevel = function (level) {
  this.nestingLevel = level;
  if (level === 0) {
    this.setIsRoot();
  }
};
SimpleLoop.prototype.setDepthLevel = function (level) {
  this.depthLevel = level;
};

function LoopStructureGraph() {
  this.loopCounter = 0;
  this.loops = [];
  this.root = new SimpleLoop(null, true);
  this.root.setNestingLevel(0);
  this.root.setCounter(this.loopCounter);
  this.loopCounter += 1;
  this.loops.push(this.root);
}
LoopStructureGraph.prototype.createNewLoop = function (bb, isReducible) {
  const loop = new SimpleLoop(bb, isReducible);
  loop.setCounter(this.loopCounter);
  this.loopCounter += 1;
  this.loops.push(loop);
  return loop;
};
LoopStructureGraph.prototype.calculateNestingLevel = function () {
  this.loops.forEach((liter) => {
    if (!liter.isRoot()) {
      if (liter.getParent() === null) {
        liter.setParent(this.root);
      }
    }
  });
  this.calculateNestingLevelRec(this.root, 0);
};
LoopStructureGraph.prototype.calculateNestingLevelRec = function (loop, depth) {
  loop.setDepthLevel(depth);
  loop.children.forEach((liter) => {
    this.calculateNestingLevelRec(liter, depth + 1);
    loop.setNestingLevel(Math.max(loop.getNestingLevel(), 1 + liter.getNestingLevel()));
  });
};
LoopStructureGraph.prototype.getNumLoops = function () {
  return this.loops.length;
};

// ---------------------------------------------------------- union-find

function UnionFindNode() {
  this.dfsNumber = 0;
  this.parent = null;
  this.bb = null;
  this.loop = null;
}
UnionFindNode.prototype.initNode = function (bb, dfsNumber) {
  this.parent = this;
  this.bb = bb;
  this.dfsNumber = dfsNumber;
  this.loop = null;
};
// Finds the representative, compressing the path walked.
UnionFindNode.prototype.findSet = function () {
  const nodeList = [];
  let node = this;
  while (node !== node.parent) {
    if (node.parent !== node.parent.parent) {
      nodeList.push(node);
    }
    node = node.parent;
  }
  for (let i = 0; i < nodeList.length; i++) {
    nodeList[i].union(node);
  }
  return node;
};
UnionFindNode.prototype.union = function (basicBlock) {
  this.parent = basicBlock;
};

// ------------------------------------------------------ the loop finder

function HavlakLoopFinder(cfg, lsg) {
  this.cfg = cfg;
  this.lsg = lsg;
  this.nonBackPreds = [];
  this.backPreds = [];
  this.number = [];
  this.maxSize = 0;
  this.header = null;
  this.type = null;
  this.last = null;
  this.nodes = null;
}

// Is w an ancestor of v in the DFS spanning tree?
HavlakLoopFinder.prototype.isAncestor = function (w, v) {
  return w <= v && v <= this.last[w];
};

HavlakLoopFinder.prototype.doDFS = function (currentNode, current) {
  this.nodes[current].initNode(currentNode, current);
  this.number[currentNode.name] = current;
  let lastId = current;
  const outerBlocks = currentNode.outEdges;
  for (let i = 0; i < outerBlocks.length; i++) {
    const target = outerBlocks[i];
    if (this.number[target.name] === UNVISITED) {
      lastId = this.doDFS(target, lastId + 1);
    }
  }
  this.last[current] = lastId;
  return lastId;
};

HavlakLoopFinder.prototype.initAllNodes = function () {
  const blocks = this.cfg.getBasicBlocks();
  for (let i = 0; i < blocks.length; i++) {
    this.number[blocks[i].name] = UNVISITED;
  }
  this.doDFS(this.cfg.getStartBasicBlock(), 0);
};

HavlakLoopFinder.prototype.identifyEdges = function (size) {
  for (let w = 0; w < size; w++) {
    this.header[w] = 0;
    this.type[w] = BB_NONHEADER;
    const nodeW = this.nodes[w].bb;
    if (nodeW === null) {
      this.type[w] = BB_DEAD;
    } else {
      this.processEdges(nodeW, w);
    }
  }
};

HavlakLoopFinder.prototype.processEdges = function (nodeW, w) {
  if (nodeW.getNumPred() > 0) {
    nodeW.inEdges.forEach((nodeV) => {
      const v = this.number[nodeV.name];
      if (v !== UNVISITED) {
        if (this.isAncestor(w, v)) {
          this.backPreds[w].push(v);
        } else {
          this.nonBackPreds[w].add(v);
        }
      }
    });
  }
};

HavlakLoopFinder.prototype.findLoops = function () {
  if (this.cfg.getStartBasicBlock() === null) {
    return;
  }
  const size = this.cfg.getNumNodes();
  this.nonBackPreds = [];
  this.backPreds = [];
  this.number = [];
  if (size > this.maxSize) {
    this.header = new Array(size);
    this.type = new Array(size);
    this.last = new Array(size);
    this.nodes = new Array(size);
    this.maxSize = size;
  }
  for (let i = 0; i < size; ++i) {
    this.nonBackPreds.push(new IdentitySet());
    this.backPreds.push([]);
    this.nodes[i] = new UnionFindNode();
  }

  this.initAllNodes();
  this.identifyEdges(size);
  this.header[0] = 0;

  // Process the nodes in reverse DFS order: for each, collect the nodes of
  // the loop it heads (if any) and collapse them into it.
  for (let w = size - 1; w >= 0; w--) {
    const nodePool = [];
    const nodeW = this.nodes[w].bb;
    if (nodeW !== null) {
      this.stepD(w, nodePool);

      const workList = [];
      for (let i = 0; i < nodePool.length; i++) {
        workList.push(nodePool[i]);
      }
      if (nodePool.length !== 0) {
        this.type[w] = BB_REDUCIBLE;
      }
      let head = 0;
      while (head < workList.length) {
        const x = workList[head];
        head++;
        const nonBackSize = this.nonBackPreds[x.dfsNumber].size();
        if (nonBackSize > MAXNONBACKPREDS) {
          return;
        }
        this.stepEProcessNonBackPreds(w, nodePool, workList, x);
      }

      if (nodePool.length > 0 || this.type[w] === BB_SELF) {
        const loop = this.lsg.createNewLoop(nodeW, this.type[w] !== BB_IRREDUCIBLE);
        this.setLoopAttributes(w, nodePool, loop);
      }
    }
  }
};

HavlakLoopFinder.prototype.stepEProcessNonBackPreds = function (w, nodePool, workList, x) {
  this.nonBackPreds[x.dfsNumber].forEach((iter) => {
    const y = this.nodes[iter];
    const ydash = y.findSet();
    if (!this.isAncestor(w, ydash.dfsNumber)) {
      this.type[w] = BB_IRREDUCIBLE;
      this.nonBackPreds[w].add(ydash.dfsNumber);
    } else if (ydash.dfsNumber !== w) {
      if (!nodePool.some((e) => e === ydash)) {
        workList.push(ydash);
        nodePool.push(ydash);
      }
    }
  });
};

HavlakLoopFinder.prototype.setLoopAttributes = function (w, nodePool, loop) {
  this.nodes[w].loop = loop;
  for (let i = 0; i < nodePool.length; i++) {
    const node = nodePool[i];
    this.header[node.dfsNumber] = w;
    node.union(this.nodes[w]);
    if (node.loop !== null) {
      node.loop.setParent(loop);
    } else {
      loop.addNode(node.bb);
    }
  }
};

HavlakLoopFinder.prototype.stepD = function (w, nodePool) {
  const preds = this.backPreds[w];
  for (let i = 0; i < preds.length; i++) {
    const v = preds[i];
    if (v !== w) {
      nodePool.push(this.nodes[v].findSet());
    } else {
      this.type[w] = BB_SELF;
    }
  }
};

// ------------------------------------------------------- the test app

function LoopTesterApp() {
  this.cfg = new ControlFlowGraph();
  this.lsg = new LoopStructureGraph();
  this.cfg.createNode(0);
}

LoopTesterApp.prototype.main = function (numDummyLoops, findLoopIterations,
                                         parLoops, pparLoops, ppparLoops) {
  this.constructSimpleCFG();
  this.addDummyLoops(numDummyLoops);
  this.constructCFG(parLoops, pparLoops, ppparLoops);

  this.findLoops(this.lsg);
  let fresh = 0;
  for (let i = 0; i < findLoopIterations; i++) {
    const lsg = new LoopStructureGraph();
    this.findLoops(lsg);
    lsg.calculateNestingLevel();
    if (lsg.getNumLoops() !== 1602 || lsg.root.getNestingLevel() !== 5) {
      throw new Error(`havlak: fresh run found ${lsg.getNumLoops()} loops, ` +
                      `nesting ${lsg.root.getNestingLevel()}`);
    }
    fresh += lsg.getNumLoops();
  }
  this.lsg.calculateNestingLevel();
  return [this.lsg.getNumLoops(), this.cfg.getNumNodes(), fresh];
};

LoopTesterApp.prototype.constructCFG = function (parLoops, pparLoops, ppparLoops) {
  let n = 2;
  for (let parlooptrees = 0; parlooptrees < parLoops; parlooptrees++) {
    this.cfg.createNode(n + 1);
    this.buildConnect(2, n + 1);
    n += 1;
    for (let i = 0; i < pparLoops; i++) {
      const top = n;
      n = this.buildStraight(n, 1);
      for (let j = 0; j < ppparLoops; j++) {
        n = this.buildBaseLoop(n);
      }
      const bottom = this.buildStraight(n, 1);
      this.buildConnect(n, top);
      n = bottom;
    }
    this.buildConnect(n, 1);
  }
};

LoopTesterApp.prototype.addDummyLoops = function (numDummyLoops) {
  for (let dummyloop = 0; dummyloop < numDummyLoops; dummyloop++) {
    this.findLoops(this.lsg);
  }
};

LoopTesterApp.prototype.findLoops = function (loopStructure) {
  const finder = new HavlakLoopFinder(this.cfg, loopStructure);
  finder.findLoops();
};

LoopTesterApp.prototype.buildDiamond = function (start) {
  const bb0 = start;
  this.buildConnect(bb0, bb0 + 1);
  this.buildConnect(bb0, bb0 + 2);
  this.buildConnect(bb0 + 1, bb0 + 3);
  this.buildConnect(bb0 + 2, bb0 + 3);
  return bb0 + 3;
};

LoopTesterApp.prototype.buildConnect = function (start, end) {
  new BasicBlockEdge(this.cfg, start, end);
};

LoopTesterApp.prototype.buildStraight = function (start, n) {
  for (let i = 0; i < n; i++) {
    this.buildConnect(start + i, start + i + 1);
  }
  return start + n;
};

LoopTesterApp.prototype.buildBaseLoop = function (from) {
  const header = this.buildStraight(from, 1);
  const diamond1 = this.buildDiamond(header);
  const d11 = this.buildStraight(diamond1, 1);
  const diamond2 = this.buildDiamond(d11);
  const footer = this.buildStraight(diamond2, 1);
  this.buildConnect(diamond2, d11);
  this.buildConnect(diamond1, header);
  this.buildConnect(footer, from);
  return this.buildStraight(footer, 1);
};

LoopTesterApp.prototype.constructSimpleCFG = function () {
  this.cfg.createNode(0);
  this.buildBaseLoop(0);
  this.cfg.createNode(1);
  this.buildConnect(0, 2);
};

const result = new LoopTesterApp().main(DUMMY_LOOPS, SIZE - 1, 10, 10, 5);
if (result[0] !== 1602 + 3 * DUMMY_LOOPS || result[1] !== 5213) {
  throw new Error(`havlak: wrong result ${result[0]} loops, ${result[1]} nodes`);
}
console.log(`havlak: ok ${result[0]} ${result[1]} ${result[2]}`);
