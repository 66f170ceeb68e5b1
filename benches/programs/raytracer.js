// raytracer: a small Whitted-style ray tracer. Renders a scene of spheres
// over a checkerboard plane, lit by three point lights with shadows, Phong
// highlights and up to MAX_DEPTH reflections, into a SIZE x SIZE array of RGB
// bytes; prints the sum of all bytes and an FNV-1a hash of them. Uses only
// + - * /, Math.sqrt and Math.floor, so the image is the same everywhere; the
// checksums for the bench and smoke sizes are recorded below.
const SIZE = 440; // bench:size bench:smoke 32

const MAX_DEPTH = 4;
const EPSILON = 1e-6;

// ---- vectors ---------------------------------------------------------------

function Vec(x, y, z) {
  this.x = x;
  this.y = y;
  this.z = z;
}
Vec.prototype.add = function (v) {
  return new Vec(this.x + v.x, this.y + v.y, this.z + v.z);
};
Vec.prototype.sub = function (v) {
  return new Vec(this.x - v.x, this.y - v.y, this.z - v.z);
};
Vec.prototype.scale = function (k) {
  return new Vec(this.x * k, this.y * k, this.z * k);
};
Vec.prototype.mul = function (v) {
  return new Vec(this.x * v.x, this.y * v.y, this.z * v.z);
};
Vec.prototype.dot = function (v) {
  return this.x * v.x + this.y * v.y + this.z * v.z;
};
Vec.prototype.cross = function (v) {
  return new Vec(
    this.y * v.z - this.z * v.y,
    this.z * v.x - this.x * v.z,
    this.x * v.y - this.y * v.x);
};
Vec.prototype.length = function () {
  return Math.sqrt(this.dot(this));
};
Vec.prototype.normalize = function () {
  const len = this.length();
  return len === 0 ? this : this.scale(1 / len);
};

const BLACK = new Vec(0, 0, 0);
const BACKGROUND = new Vec(0.05, 0.07, 0.12);

function Ray(origin, dir) {
  this.origin = origin;
  this.dir = dir;
}
Ray.prototype.at = function (t) {
  return this.origin.add(this.dir.scale(t));
};

// ---- materials ---------------------------------------------------------------

function Material(color, diffuse, specular, shininess, reflect) {
  this.color = color;
  this.diffuse = diffuse;
  this.specular = specular;
  this.shininess = shininess; // an integer exponent
  this.reflect = reflect;
}
Material.prototype.colorAt = function (p) {
  return this.color;
};

function Checker(a, b, size) {
  Material.call(this, a, 0.9, 0.2, 8, 0.25);
  this.other = b;
  this.size = size;
}
Checker.prototype = Object.create(Material.prototype);
Checker.prototype.constructor = Checker;
Checker.prototype.colorAt = function (p) {
  const cx = Math.floor(p.x / this.size);
  const cz = Math.floor(p.z / this.size);
  return ((cx + cz) & 1) === 0 ? this.color : this.other;
};

// ---- shapes ------------------------------------------------------------------

function Sphere(center, radius, material) {
  this.center = center;
  this.radius = radius;
  this.radius2 = radius * radius;
  this.material = material;
}
// Distance along the ray to the nearest hit in front of its origin, or -1.
Sphere.prototype.intersect = function (ray) {
  const oc = ray.origin.sub(this.center);
  const b = oc.dot(ray.dir);
  const c = oc.dot(oc) - this.radius2;
  const disc = b * b - c;
  if (disc < 0) return -1;
  const sq = Math.sqrt(disc);
  let t = -b - sq;
  if (t > EPSILON) return t;
  t = -b + sq;
  return t > EPSILON ? t : -1;
};
Sphere.prototype.normalAt = function (p) {
  return p.sub(this.center).scale(1 / this.radius);
};

function Plane(normal, offset, material) {
  this.normal = normal.normalize();
  this.offset = offset;
  this.material = material;
}
Plane.prototype.intersect = function (ray) {
  const denom = this.normal.dot(ray.dir);
  if (denom > -EPSILON && denom < EPSILON) return -1;
  const t = -(this.normal.dot(ray.origin) + this.offset) / denom;
  return t > EPSILON ? t : -1;
};
Plane.prototype.normalAt = function (p) {
  return this.normal;
};

function Light(pos, color) {
  this.pos = pos;
  this.color = color;
}

// ---- camera and scene ----------------------------------------------------------

function Camera(pos, lookAt) {
  this.pos = pos;
  this.forward = lookAt.sub(pos).normalize();
  this.right = this.forward.cross(new Vec(0, -1, 0)).normalize().scale(1.5);
  this.up = this.forward.cross(this.right).normalize().scale(1.5);
}
Camera.prototype.rayFor = function (x, y, width, height) {
  const sx = (x + 0.5 - width / 2) / (2 * width);
  const sy = -(y + 0.5 - height / 2) / (2 * height);
  const dir = this.forward.add(this.right.scale(sx)).add(this.up.scale(sy));
  return new Ray(this.pos, dir.normalize());
};

function Scene() {
  this.shapes = [];
  this.lights = [];
  this.camera = new Camera(new Vec(3, 2.2, 5.5), new Vec(-0.5, 0.6, 0));
}

function makeScene() {
  const s = new Scene();
  s.shapes.push(new Plane(new Vec(0, 1, 0), 0,
    new Checker(new Vec(0.95, 0.95, 0.95), new Vec(0.1, 0.1, 0.12), 1)));
  s.shapes.push(new Sphere(new Vec(0, 1, -0.25), 1,
    new Material(new Vec(0.8, 0.3, 0.25), 0.7, 0.6, 32, 0.35)));
  s.shapes.push(new Sphere(new Vec(-1.6, 0.6, 1.4), 0.6,
    new Material(new Vec(0.25, 0.55, 0.9), 0.8, 0.4, 16, 0.2)));
  s.shapes.push(new Sphere(new Vec(1.7, 0.45, 1.2), 0.45,
    new Material(new Vec(0.95, 0.85, 0.3), 0.6, 0.9, 64, 0.5)));
  // A ring of small spheres around the big one; the positions come from the
  // rational parametrisation of the circle (no Math.sin/Math.cos).
  for (let i = 0; i < 10; i++) {
    const t = (i - 4.5) / 4.5;
    const cx = (1 - t * t) / (1 + t * t);
    const cz = (2 * t) / (1 + t * t);
    const g = 0.3 + 0.06 * i;
    s.shapes.push(new Sphere(new Vec(2.4 * cx - 0.2, 0.22, 2.4 * cz - 0.25), 0.22,
      new Material(new Vec(0.3, g, 1 - g), 0.9, 0.3, 8, i % 2 === 0 ? 0.1 : 0.05)));
  }
  s.lights.push(new Light(new Vec(-4, 6, 4), new Vec(0.65, 0.6, 0.55)));
  s.lights.push(new Light(new Vec(3, 4, 6), new Vec(0.3, 0.35, 0.45)));
  s.lights.push(new Light(new Vec(0, 8, -4), new Vec(0.25, 0.25, 0.25)));
  return s;
}

// ---- tracing -------------------------------------------------------------------

function Hit(shape, dist) {
  this.shape = shape;
  this.dist = dist;
}

function nearest(scene, ray) {
  let best = null;
  let bestDist = Infinity;
  const shapes = scene.shapes;
  for (let i = 0; i < shapes.length; i++) {
    const d = shapes[i].intersect(ray);
    if (d > 0 && d < bestDist) {
      bestDist = d;
      best = shapes[i];
    }
  }
  return best === null ? null : new Hit(best, bestDist);
}

function inShadow(scene, point, toLight, lightDist) {
  const ray = new Ray(point, toLight);
  const shapes = scene.shapes;
  for (let i = 0; i < shapes.length; i++) {
    const d = shapes[i].intersect(ray);
    if (d > 0 && d < lightDist) return true;
  }
  return false;
}

function powInt(x, n) {
  let r = 1;
  while (n > 0) {
    if ((n & 1) === 1) r *= x;
    x *= x;
    n >>= 1;
  }
  return r;
}

function shade(scene, ray, hit, depth) {
  const shape = hit.shape;
  const mat = shape.material;
  const point = ray.at(hit.dist);
  let normal = shape.normalAt(point);
  if (normal.dot(ray.dir) > 0) normal = normal.scale(-1);
  const base = mat.colorAt(point);
  const lifted = point.add(normal.scale(1e-4));
  const reflectDir = ray.dir.sub(normal.scale(2 * normal.dot(ray.dir)));
  let color = base.scale(0.08); // ambient
  for (let i = 0; i < scene.lights.length; i++) {
    const light = scene.lights[i];
    const toLight = light.pos.sub(point);
    const dist = toLight.length();
    const l = toLight.scale(1 / dist);
    if (inShadow(scene, lifted, l, dist)) continue;
    const diff = normal.dot(l);
    if (diff > 0) color = color.add(base.mul(light.color).scale(diff * mat.diffuse));
    const spec = reflectDir.dot(l);
    if (spec > 0) {
      color = color.add(light.color.scale(mat.specular * powInt(spec, mat.shininess)));
    }
  }
  if (depth < MAX_DEPTH && mat.reflect > 0) {
    const reflected = traceRay(scene, new Ray(lifted, reflectDir), depth + 1);
    color = color.add(reflected.scale(mat.reflect));
  }
  return color;
}

function traceRay(scene, ray, depth) {
  const hit = nearest(scene, ray);
  if (hit === null) {
    // A vertical sky gradient.
    const k = 0.5 * (ray.dir.y + 1);
    return BACKGROUND.add(new Vec(0.3, 0.4, 0.6).scale(k));
  }
  return shade(scene, ray, hit, depth);
}

function toByte(c) {
  if (c <= 0) return 0;
  if (c >= 1) return 255;
  return Math.floor(c * 255 + 0.5);
}

function render(scene, width, height) {
  const pixels = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const c = traceRay(scene, scene.camera.rayFor(x, y, width, height), 0);
      pixels.push(toByte(c.x), toByte(c.y), toByte(c.z));
    }
  }
  return pixels;
}

// Recorded checksums: "<byte sum> <FNV-1a hash>".
const KNOWN = {
  "32": "279592 423974681",
  "440": "52235183 1052313518",
};

const scene = makeScene();
const pixels = render(scene, SIZE, SIZE);
if (pixels.length !== SIZE * SIZE * 3) {
  throw new Error(`raytracer: ${pixels.length} bytes, expected ${SIZE * SIZE * 3}`);
}
let sum = 0;
let hash = 2166136261;
for (let i = 0; i < pixels.length; i++) {
  sum += pixels[i];
  hash = Math.imul(hash ^ pixels[i], 16777619) >>> 0;
}
const result = `${sum} ${hash}`;
const known = KNOWN[String(SIZE)];
if (known !== undefined && result !== known) {
  throw new Error(`raytracer(${SIZE}) = ${result}, expected ${known}`);
}
console.log(`raytracer: ok ${result}`);
