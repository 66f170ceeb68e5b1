// Richards (Are We Fast Yet): Martin Richards' operating-system simulation.
// A scheduler runs an idle task, a worker, two handlers and two devices that
// pass packets to each other until the idle task has run a set number of
// times.
// Runs alternate between the Octane size (1000 idle steps: 2322 packets
// queued, 928 holds) and the AWFY size (10000 idle steps: 23246 packets
// queued, 9297 holds); each run's counts are checked.

const SIZE = 600; // bench:size bench:smoke 1
const IDLE_COUNTS = [1000, 10000];
const EXPECTED_QUEUE_COUNTS = [2322, 23246];
const EXPECTED_HOLD_COUNTS = [928, 9297];

const NO_TASK = null;
const NO_WORK = null;

const IDLER = 0;
const WORKER = 1;
const HANDLER_A = 2;
const HANDLER_B = 3;
const DEVICE_A = 4;
const DEVICE_B = 5;
const NUM_TYPES = 6;

const DEVICE_PACKET_KIND = 0;
const WORK_PACKET_KIND = 1;

const DATA_SIZE = 4;

// Common base: appending a packet to a queue of packets.
function RBObject() {}

RBObject.prototype.append = function (packet, queueHead) {
  packet.link = NO_WORK;
  if (NO_WORK === queueHead) {
    return packet;
  }
  let mouse = queueHead;
  let link = mouse.link;
  while (NO_WORK !== link) {
    mouse = link;
    link = mouse.link;
  }
  mouse.link = packet;
  return queueHead;
};

function DeviceTaskDataRecord() {
  RBObject.call(this);
  this.pending = NO_WORK;
}
DeviceTaskDataRecord.prototype = Object.create(RBObject.prototype);
DeviceTaskDataRecord.prototype.constructor = DeviceTaskDataRecord;

function HandlerTaskDataRecord() {
  RBObject.call(this);
  this.workIn = NO_WORK;
  this.deviceIn = NO_WORK;
}
HandlerTaskDataRecord.prototype = Object.create(RBObject.prototype);
HandlerTaskDataRecord.prototype.constructor = HandlerTaskDataRecord;

HandlerTaskDataRecord.prototype.deviceInAdd = function (packet) {
  this.deviceIn = this.append(packet, this.deviceIn);
};

HandlerTaskDataRecord.prototype.workInAdd = function (packet) {
  this.workIn = this.append(packet, this.workIn);
};

function IdleTaskDataRecord(count) {
  RBObject.call(this);
  this.control = 1;
  this.count = count;
}
IdleTaskDataRecord.prototype = Object.create(RBObject.prototype);
IdleTaskDataRecord.prototype.constructor = IdleTaskDataRecord;

function WorkerTaskDataRecord() {
  RBObject.call(this);
  this.destination = HANDLER_A;
  this.count = 0;
}
WorkerTaskDataRecord.prototype = Object.create(RBObject.prototype);
WorkerTaskDataRecord.prototype.constructor = WorkerTaskDataRecord;

function Packet(link, identity, kind) {
  RBObject.call(this);
  this.link = link;
  this.identity = identity;
  this.kind = kind;
  this.datum = 0;
  this.data = new Array(DATA_SIZE);
  for (let i = 0; i < DATA_SIZE; i++) {
    this.data[i] = 0;
  }
}
Packet.prototype = Object.create(RBObject.prototype);
Packet.prototype.constructor = Packet;

function TaskState() {
  RBObject.call(this);
  this.packetPending_ = true;
  this.taskWaiting_ = false;
  this.taskHolding_ = false;
}
TaskState.prototype = Object.create(RBObject.prototype);
TaskState.prototype.constructor = TaskState;

TaskState.prototype.isPacketPending = function () {
  return this.packetPending_;
};
TaskState.prototype.isTaskHolding = function () {
  return this.taskHolding_;
};
TaskState.prototype.isTaskWaiting = function () {
  return this.taskWaiting_;
};
TaskState.prototype.setTaskHolding = function (b) {
  this.taskHolding_ = b;
};
TaskState.prototype.setTaskWaiting = function (b) {
  this.taskWaiting_ = b;
};
TaskState.prototype.setPacketPending = function (b) {
  this.packetPending_ = b;
};
TaskState.prototype.packetPending = function () {
  this.packetPending_ = true;
  this.taskWaiting_ = false;
  this.taskHolding_ = false;
};
TaskState.prototype.running = function () {
  this.packetPending_ = false;
  this.taskWaiting_ = false;
  this.taskHolding_ = false;
};
TaskState.prototype.waiting = function () {
  this.packetPending_ = false;
  this.taskWaiting_ = true;
  this.taskHolding_ = false;
};
TaskState.prototype.waitingWithPacket = function () {
  this.packetPending_ = true;
  this.taskWaiting_ = true;
  this.taskHolding_ = false;
};
TaskState.prototype.isRunning = function () {
  return !this.packetPending_ && !this.taskWaiting_ && !this.taskHolding_;
};
TaskState.prototype.isTaskHoldingOrWaiting = function () {
  return this.taskHolding_ || (!this.packetPending_ && this.taskWaiting_);
};
TaskState.prototype.isWaiting = function () {
  return !this.packetPending_ && this.taskWaiting_ && !this.taskHolding_;
};
TaskState.prototype.isWaitingWithPacket = function () {
  return this.packetPending_ && this.taskWaiting_ && !this.taskHolding_;
};

TaskState.createPacketPending = function () {
  const t = new TaskState();
  t.packetPending();
  return t;
};
TaskState.createRunning = function () {
  const t = new TaskState();
  t.running();
  return t;
};
TaskState.createWaiting = function () {
  const t = new TaskState();
  t.waiting();
  return t;
};
TaskState.createWaitingWithPacket = function () {
  const t = new TaskState();
  t.waitingWithPacket();
  return t;
};

function TaskControlBlock(link, identity, priority, initialWorkQueue,
                          initialState, privateData, fn) {
  TaskState.call(this);
  this.link = link;
  this.identity = identity;
  this.priority = priority;
  this.input = initialWorkQueue;
  this.setPacketPending(initialState.isPacketPending());
  this.setTaskWaiting(initialState.isTaskWaiting());
  this.setTaskHolding(initialState.isTaskHolding());
  this.handle = privateData;
  this.fn = fn;
}
TaskControlBlock.prototype = Object.create(TaskState.prototype);
TaskControlBlock.prototype.constructor = TaskControlBlock;

TaskControlBlock.prototype.getLink = function () {
  return this.link;
};
TaskControlBlock.prototype.getIdentity = function () {
  return this.identity;
};
TaskControlBlock.prototype.getPriority = function () {
  return this.priority;
};

TaskControlBlock.prototype.addInputAndCheckPriority = function (packet, oldTask) {
  if (NO_WORK === this.input) {
    this.input = packet;
    this.setPacketPending(true);
    if (this.priority > oldTask.getPriority()) {
      return this;
    }
  } else {
    this.input = this.append(packet, this.input);
  }
  return oldTask;
};

TaskControlBlock.prototype.runTask = function () {
  let message;
  if (this.isWaitingWithPacket()) {
    message = this.input;
    this.input = message.link;
    if (NO_WORK === this.input) {
      this.running();
    } else {
      this.packetPending();
    }
  } else {
    message = NO_WORK;
  }
  return this.fn(message, this.handle);
};

function Scheduler(idleCount) {
  RBObject.call(this);
  this.idleCount = idleCount;
  this.taskList = NO_TASK;
  this.currentTask = NO_TASK;
  this.currentTaskIdentity = 0;
  this.taskTable = new Array(NUM_TYPES);
  for (let i = 0; i < NUM_TYPES; i++) {
    this.taskTable[i] = NO_TASK;
  }
  this.queuePacketCount = 0;
  this.holdCount = 0;
}
Scheduler.prototype = Object.create(RBObject.prototype);
Scheduler.prototype.constructor = Scheduler;

Scheduler.prototype.start = function () {
  this.createIdler(IDLER, 0, NO_WORK, TaskState.createRunning());

  let workQ = this.createPacket(NO_WORK, WORKER, WORK_PACKET_KIND);
  workQ = this.createPacket(workQ, WORKER, WORK_PACKET_KIND);
  this.createWorker(WORKER, 1000, workQ, TaskState.createWaitingWithPacket());

  workQ = this.createPacket(NO_WORK, DEVICE_A, DEVICE_PACKET_KIND);
  workQ = this.createPacket(workQ, DEVICE_A, DEVICE_PACKET_KIND);
  workQ = this.createPacket(workQ, DEVICE_A, DEVICE_PACKET_KIND);
  this.createHandler(HANDLER_A, 2000, workQ, TaskState.createWaitingWithPacket());

  workQ = this.createPacket(NO_WORK, DEVICE_B, DEVICE_PACKET_KIND);
  workQ = this.createPacket(workQ, DEVICE_B, DEVICE_PACKET_KIND);
  workQ = this.createPacket(workQ, DEVICE_B, DEVICE_PACKET_KIND);
  this.createHandler(HANDLER_B, 3000, workQ, TaskState.createWaitingWithPacket());

  this.createDevice(DEVICE_A, 4000, NO_WORK, TaskState.createWaiting());
  this.createDevice(DEVICE_B, 5000, NO_WORK, TaskState.createWaiting());

  this.schedule();
};

Scheduler.prototype.createDevice = function (identity, priority, workPacket, state) {
  const data = new DeviceTaskDataRecord();
  this.createTask(identity, priority, workPacket, state, data, (workArg, wordArg) => {
    const dataRecord = wordArg;
    let functionWork = workArg;
    if (NO_WORK === functionWork) {
      functionWork = dataRecord.pending;
      if (NO_WORK === functionWork) {
        return this.markWaiting();
      }
      dataRecord.pending = NO_WORK;
      return this.queuePacket(functionWork);
    }
    dataRecord.pending = functionWork;
    return this.holdSelf();
  });
};

Scheduler.prototype.createHandler = function (identity, priority, workPacket, state) {
  const data = new HandlerTaskDataRecord();
  this.createTask(identity, priority, workPacket, state, data, (work, word) => {
    const dataRecord = word;
    if (NO_WORK !== work) {
      if (WORK_PACKET_KIND === work.kind) {
        dataRecord.workInAdd(work);
      } else {
        dataRecord.deviceInAdd(work);
      }
    }

    const workPacket = dataRecord.workIn;
    if (NO_WORK === workPacket) {
      return this.markWaiting();
    }
    const count = workPacket.datum;
    if (count >= DATA_SIZE) {
      dataRecord.workIn = workPacket.link;
      return this.queuePacket(workPacket);
    }

    const devicePacket = dataRecord.deviceIn;
    if (NO_WORK === devicePacket) {
      return this.markWaiting();
    }
    dataRecord.deviceIn = devicePacket.link;
    devicePacket.datum = workPacket.data[count];
    workPacket.datum = count + 1;
    return this.queuePacket(devicePacket);
  });
};

Scheduler.prototype.createIdler = function (identity, priority, work, state) {
  const data = new IdleTaskDataRecord(this.idleCount);
  this.createTask(identity, priority, work, state, data, (workArg, wordArg) => {
    const dataRecord = wordArg;
    dataRecord.count--;
    if (0 === dataRecord.count) {
      return this.holdSelf();
    }
    if (0 === (dataRecord.control & 1)) {
      dataRecord.control = dataRecord.control >> 1;
      return this.release(DEVICE_A);
    }
    dataRecord.control = (dataRecord.control >> 1) ^ 53256;
    return this.release(DEVICE_B);
  });
};

Scheduler.prototype.createPacket = function (link, identity, kind) {
  return new Packet(link, identity, kind);
};

Scheduler.prototype.createTask = function (identity, priority, work, state, data, fn) {
  const t = new TaskControlBlock(this.taskList, identity, priority, work, state, data, fn);
  this.taskList = t;
  this.taskTable[identity] = t;
};

Scheduler.prototype.createWorker = function (identity, priority, workPacket, state) {
  const dataRecord = new WorkerTaskDataRecord();
  this.createTask(identity, priority, workPacket, state, dataRecord, (work, word) => {
    const data = word;
    if (NO_WORK === work) {
      return this.markWaiting();
    }
    data.destination = (HANDLER_A === data.destination) ? HANDLER_B : HANDLER_A;
    work.identity = data.destination;
    work.datum = 0;
    for (let i = 0; i < DATA_SIZE; i++) {
      data.count++;
      if (data.count > 26) {
        data.count = 1;
      }
      work.data[i] = 65 + data.count - 1;
    }
    return this.queuePacket(work);
  });
};

Scheduler.prototype.schedule = function () {
  this.currentTask = this.taskList;
  while (NO_TASK !== this.currentTask) {
    if (this.currentTask.isTaskHoldingOrWaiting()) {
      this.currentTask = this.currentTask.getLink();
    } else {
      this.currentTaskIdentity = this.currentTask.getIdentity();
      this.currentTask = this.currentTask.runTask();
    }
  }
};

Scheduler.prototype.release = function (identity) {
  const t = this.findTask(identity);
  if (NO_TASK === t) {
    return NO_TASK;
  }
  t.setTaskHolding(false);
  if (t.getPriority() > this.currentTask.getPriority()) {
    return t;
  }
  return this.currentTask;
};

Scheduler.prototype.holdSelf = function () {
  this.holdCount++;
  this.currentTask.setTaskHolding(true);
  return this.currentTask.getLink();
};

Scheduler.prototype.queuePacket = function (packet) {
  const t = this.findTask(packet.identity);
  if (NO_TASK === t) {
    return NO_TASK;
  }
  this.queuePacketCount++;
  packet.link = NO_WORK;
  packet.identity = this.currentTaskIdentity;
  return t.addInputAndCheckPriority(packet, this.currentTask);
};

Scheduler.prototype.markWaiting = function () {
  this.currentTask.setTaskWaiting(true);
  return this.currentTask;
};

Scheduler.prototype.findTask = function (identity) {
  const t = this.taskTable[identity];
  if (NO_TASK === t) {
    throw new Error('findTask failed');
  }
  return t;
};

let checksum = 0;
for (let iter = 0; iter < SIZE; iter++) {
  const which = iter % IDLE_COUNTS.length;
  const scheduler = new Scheduler(IDLE_COUNTS[which]);
  scheduler.start();
  if (scheduler.queuePacketCount !== EXPECTED_QUEUE_COUNTS[which] ||
      scheduler.holdCount !== EXPECTED_HOLD_COUNTS[which]) {
    throw new Error(`richards: wrong counts ${scheduler.queuePacketCount}/` +
                    `${scheduler.holdCount} in iteration ${iter}`);
  }
  checksum += scheduler.queuePacketCount + scheduler.holdCount;
}
console.log(`richards: ok ${checksum}`);
