function ListNode(value, next) { this.value = value; this.next = next || null; }
function LinkedList() { this.head = null; this.size = 0; }
LinkedList.prototype.push = function (v) {
  var n = new ListNode(v);
  if (!this.head) this.head = n;
  else { var c = this.head; while (c.next) c = c.next; c.next = n; }
  this.size++;
  return this;
};
LinkedList.prototype.prepend = function (v) { this.head = new ListNode(v, this.head); this.size++; return this; };
LinkedList.prototype.toArray = function () { var out = []; for (var c = this.head; c; c = c.next) out.push(c.value); return out; };
LinkedList.prototype.reverse = function () {
  var prev = null, cur = this.head;
  while (cur) { var nx = cur.next; cur.next = prev; prev = cur; cur = nx; }
  this.head = prev;
  return this;
};
LinkedList.prototype.remove = function (v) {
  if (!this.head) return false;
  if (this.head.value === v) { this.head = this.head.next; this.size--; return true; }
  for (var c = this.head; c.next; c = c.next) if (c.next.value === v) { c.next = c.next.next; this.size--; return true; }
  return false;
};
var list = new LinkedList();
list.push(1).push(2).push(3).prepend(0);
console.log(list.toArray(), list.size);
console.log(list.reverse().toArray(), list.remove(2), list.remove(42), list.toArray(), list.size);
function Tree() { this.root = null; }
Tree.prototype.insert = function (k) {
  var node = { key: k, left: null, right: null };
  if (!this.root) { this.root = node; return; }
  var c = this.root;
  while (true) {
    if (k < c.key) { if (!c.left) { c.left = node; return; } c = c.left; }
    else if (k > c.key) { if (!c.right) { c.right = node; return; } c = c.right; }
    else return;
  }
};
Tree.prototype.inorder = function () {
  var out = [];
  (function walk(n) { if (!n) return; walk(n.left); out.push(n.key); walk(n.right); })(this.root);
  return out;
};
Tree.prototype.preorder = function () {
  var out = [], stack = this.root ? [this.root] : [];
  while (stack.length) { var n = stack.pop(); out.push(n.key); if (n.right) stack.push(n.right); if (n.left) stack.push(n.left); }
  return out;
};
Tree.prototype.levels = function () {
  var out = [], q = this.root ? [this.root] : [];
  while (q.length) {
    var level = [], len = q.length;
    for (var i = 0; i < len; i++) { var n = q.shift(); level.push(n.key); if (n.left) q.push(n.left); if (n.right) q.push(n.right); }
    out.push(level);
  }
  return out;
};
Tree.prototype.height = function () {
  function h(n) { return n ? 1 + Math.max(h(n.left), h(n.right)) : 0; }
  return h(this.root);
};
var t = new Tree();
[50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30].forEach(function (k) { t.insert(k); });
console.log(t.inorder());
console.log(t.preorder());
console.log(t.levels(), t.height());
console.log(t.root.left);
console.log(new Tree().inorder(), new Tree().height());
