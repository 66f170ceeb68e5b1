#!/usr/bin/env python3
"""Run (part of) the test262 conformance suite against dxl and report pass rates.

Usage:
    scripts/test262.py TEST262_DIR [--dxl PATH] [--jobs N] [--filter SUBSTR ...]
                       [--out docs/test262.md] [--timeout S]

TEST262_DIR is a test262 checkout (it needs `test/` and `harness/`). Each test
is compiled with `dxl compile FILE -O0 -o EXE` and the executable is run. Only
the default variant of each test runs: strict when its flags say `onlyStrict`,
sloppy otherwise (`raw`: the test source alone, no harness).

Outcomes:
  passed       positive test: compile and run exit 0; negative parse/early test:
               the compiler rejects it (exit 1, not an unsupported-feature
               error); negative runtime test: the program exits non-zero and its
               stderr names the expected error type.
  unsupported  the compiler exits 1 with an "unsupported"/"not supported" error.
  skipped      not run: module/async tests and features dxl lacks (SKIP_FEATURES).
  failed       anything else, with a short reason (compiler crash, timeout, ...).

Pass rate = passed / total: every test file of the directories run counts,
so skipped, unsupported and failed tests are all not passed.

Writes a markdown report (--out) and a JSON file next to it with per-directory
counts and the failing, unsupported and skipped tests with their reasons.
Standard library only.
"""

import argparse
import collections
import concurrent.futures
import datetime
import json
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Frontmatter `features` whose tests are not run: dxl has no support for them
# yet (the compiler would reject almost all of them as unsupported, so running
# them only costs time). Keep in sync with what dxl supports; `--run-all`
# ignores this list (those tests then count as unsupported or failed).
SKIP_FEATURES = {
    # Symbols and everything keyed by a well-known symbol.
    "Symbol", "Symbol.asyncIterator", "Symbol.hasInstance", "Symbol.isConcatSpreadable",
    "Symbol.iterator", "Symbol.match", "Symbol.matchAll", "Symbol.prototype.description",
    "Symbol.replace", "Symbol.search", "Symbol.species", "Symbol.split",
    "Symbol.toPrimitive", "Symbol.toStringTag", "Symbol.unscopables",
    "symbols-as-weakmap-keys",
    # Classes.
    "class", "class-fields-private", "class-fields-private-in", "class-fields-public",
    "class-methods-private", "class-static-block", "class-static-fields-private",
    "class-static-fields-public", "class-static-methods-private", "super",
    "decorators", "nonextensible-applies-to-private",
    # Generators, iteration protocols, async.
    "generators", "async-functions", "async-iteration", "top-level-await", "for-of",
    "iterator-helpers", "iterator-sequencing", "iterator-chunking", "iterator-includes",
    "joint-iteration", "Array.fromAsync", "await-dictionary",
    # Destructuring, spread, rest (README: "come next").
    "destructuring-assignment", "destructuring-binding", "object-rest", "object-spread",
    # Meta-programming.
    "Proxy", "proxy-missing-checks", "Reflect", "Reflect.construct", "Reflect.set",
    "Reflect.setPrototypeOf", "new.target",
    # Numbers and binary data.
    "BigInt", "ArrayBuffer", "SharedArrayBuffer", "DataView", "TypedArray", "Atomics",
    "Atomics.pause", "Atomics.waitAsync", "Int8Array", "Int16Array", "Int32Array",
    "Uint8Array", "Uint16Array", "Uint32Array", "Uint8ClampedArray", "Float16Array",
    "Float32Array", "Float64Array", "resizable-arraybuffer", "arraybuffer-transfer",
    "immutable-arraybuffer", "uint8array-base64", "TypedArray.prototype.at",
    "align-detached-buffer-semantics-with-web-reality",
    # Collections, promises, weak references.
    "Map", "Set", "WeakMap", "WeakSet", "WeakRef", "FinalizationRegistry", "set-methods",
    "upsert", "Promise", "Promise.allSettled", "Promise.any", "Promise.prototype.finally",
    "promise-with-resolvers", "promise-try", "AggregateError",
    # Regular expressions (not supported yet).
    "regexp-dotall", "regexp-duplicate-named-groups", "regexp-lookbehind",
    "regexp-match-indices", "regexp-modifiers", "regexp-named-groups",
    "regexp-unicode-property-escapes", "regexp-v-flag", "RegExp.escape", "legacy-regexp",
    "String.prototype.matchAll",
    # Modules, realms and host hooks.
    "dynamic-import", "import.meta", "import-attributes", "json-modules",
    "source-phase-imports", "source-phase-imports-module-source", "import-defer",
    "export-defer", "import-text", "import-bytes", "arbitrary-module-namespace-names",
    "export-star-as-namespace-from-module", "cross-realm", "ShadowRealm",
    "IsHTMLDDA", "host-gc-required", "explicit-resource-management",
    # Large library additions dxl does not have.
    "Temporal", "Intl-enumeration", "intl-normative-optional", "Intl.DisplayNames",
    "Intl.DurationFormat", "Intl.ListFormat", "Intl.Locale", "Intl.RelativeTimeFormat",
    "Intl.Segmenter", "json-parse-with-source", "tail-call-optimization",
}

# Flags whose tests are not run (dxl compiles scripts, and async tests need the
# asyncHelpers/doneprintHandle protocol over a job queue).
SKIP_FLAGS = {"module", "async"}

# assert.js formats strings with `typeof JSON !== "undefined" ? JSON.stringify(v) : ...`.
# dxl compiles `typeof JSON` but rejects any other mention of `JSON` at compile
# time (even behind that typeof guard), which would make every test unsupported. We drop the guarded JSON
# branch: the fallback it keeps is what the harness itself uses without JSON,
# so only the wording of assertion messages changes. `--no-harness-patch` off.
HARNESS_PATCHES = {
    "assert.js": [('typeof JSON !== "undefined" ? JSON.stringify(value) : ', "")],
}

UNSUPPORTED_RE = re.compile(r"unsupported|not supported", re.IGNORECASE)
DIAG_RE = re.compile(r"^error\[([a-z-]+)\]: (.*)$", re.MULTILINE)


# ---------------------------------------------------------------- frontmatter

def parse_frontmatter(source):
    """Parses the small YAML subset test262 uses in `/*--- ... ---*/`.

    Returns a dict; never raises (odd frontmatter yields what could be read).
    Handles `key: scalar`, `key: [a, b]`, block lists (`- a`), one level of
    nested mapping (`negative:` / `  phase: parse`) and `|`/`>` text blocks.
    """
    meta = {}
    start = source.find("/*---")
    end = source.find("---*/", start + 5) if start >= 0 else -1
    if start < 0 or end < 0:
        return meta
    key = None  # the top-level key whose indented block we are in
    block_text = False
    for line in source[start + 5:end].splitlines():
        try:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            indented = line[:1] in (" ", "\t")
            if not indented:
                block_text = False
                k, sep, v = line.partition(":")
                if not sep:
                    key = None
                    continue
                key, v = k.strip(), v.strip()
                if v in ("|", ">", "|-", ">-", "|+", ">+"):
                    meta[key] = ""
                    block_text = True
                elif v.startswith("["):
                    meta[key] = _inline_list(v)
                elif v == "":
                    meta[key] = None  # filled by the indented block below
                else:
                    meta[key] = _scalar(v)
                continue
            if key is None or block_text:
                continue  # text of a description block: not needed
            item = line.strip()
            if item.startswith("- "):
                if not isinstance(meta.get(key), list):
                    meta[key] = []
                meta[key].append(_scalar(item[2:].strip()))
            elif ":" in item:
                if not isinstance(meta.get(key), dict):
                    meta[key] = {}
                k, _, v = item.partition(":")
                meta[key][k.strip()] = _scalar(v.strip())
        except Exception:  # noqa: BLE001 - odd frontmatter must not stop the run
            continue
    return meta


def _inline_list(v):
    inner = v[1:v.rfind("]")] if "]" in v else v[1:]
    return [_scalar(x.strip()) for x in inner.split(",") if x.strip()]


def _scalar(v):
    # Drop a trailing comment and surrounding quotes.
    if " #" in v:
        v = v[:v.index(" #")].rstrip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
        v = v[1:-1]
    return v


def as_list(value):
    if value is None:
        return []
    if isinstance(value, list):
        return [str(x) for x in value]
    return [str(value)]


# ---------------------------------------------------------------- running

CANNOT_START = -1000  # run_cmd's return code when the program could not be started


def run_cmd(argv, timeout, stdout=subprocess.DEVNULL):
    """Runs argv; returns (returncode or None on timeout, stderr head).

    The child gets its own process group so a timeout also kills what it
    spawned (the linker, for the compiler). stderr goes to a temporary file and
    only its head is read, so a test printing without end cannot fill memory.
    """
    with tempfile.TemporaryFile() as err:
        try:
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=stdout, stderr=err,
                                    start_new_session=True)
        except OSError as e:
            return CANNOT_START, "cannot start {}: {}".format(argv[0], e)
        try:
            rc = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass
            proc.wait()
            rc = None
        err.seek(0)
        text = err.read(16384).decode("utf-8", "replace")
    return rc, text


def first_line(text, limit=200):
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:limit]
    return ""


def uncaught_summary(stderr):
    """The line naming the uncaught exception in dxl's Node-style report.

    A thrown non-Error object prints over several lines (`Uncaught X {`,
    `  message: '...'`, `}`): those are joined into one.
    """
    lines = stderr.splitlines()
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("Uncaught ") or re.match(r"^[A-Za-z]*Error\b", s) or s.startswith("Test262"):
            if s.endswith("{"):
                for more in lines[i + 1:i + 20]:
                    s += " " + more.strip()
                    if more.startswith("}"):
                        break
            return s[:300]
    return first_line(stderr)


class Runner:
    def __init__(self, args, harness_dir, tmp):
        self.args = args
        self.harness_dir = harness_dir
        self.tmp = tmp
        self.harness_cache = {}
        self.lock = threading.Lock()
        self.counter = 0

    def harness(self, name):
        """Harness file text (patched), cached; None if it does not exist."""
        if name not in self.harness_cache:
            path = os.path.join(self.harness_dir, name)
            try:
                with open(path, encoding="utf-8") as f:
                    text = f.read()
            except OSError:
                text = None
            if text is not None and not self.args.no_harness_patch:
                for old, new in HARNESS_PATCHES.get(name, []):
                    text = text.replace(old, new)
            self.harness_cache[name] = text
        return self.harness_cache[name]

    def skip_reason(self, meta):
        flags = set(as_list(meta.get("flags")))
        if flags & SKIP_FLAGS:
            return "flag " + sorted(flags & SKIP_FLAGS)[0]
        if self.args.run_all:
            return None
        for feature in as_list(meta.get("features")):
            if feature in SKIP_FEATURES:
                return "feature " + feature
        return None

    def run_test(self, rel):
        """Returns (outcome, reason) for the test at test/<rel>."""
        path = os.path.join(self.args.test262_dir, "test", rel)
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                source = f.read()
        except OSError as e:
            return "failed", "runner: cannot read test: {}".format(e)
        meta = parse_frontmatter(source)
        reason = self.skip_reason(meta)
        if reason:
            return "skipped", reason
        flags = set(as_list(meta.get("flags")))
        negative = meta.get("negative") if isinstance(meta.get("negative"), dict) else None

        # Assemble the program: harness, includes, test.
        if "raw" in flags:
            program = source
        else:
            parts = []
            for name in ["assert.js", "sta.js"] + as_list(meta.get("includes")):
                text = self.harness(name)
                if text is None:
                    return "failed", "runner: missing harness file " + name
                parts.append(text)
            parts.append(source)
            program = "\n".join(parts)
            if "onlyStrict" in flags:
                program = '"use strict";\n' + program

        with self.lock:
            self.counter += 1
            n = self.counter
        js = os.path.join(self.tmp, "t{}.js".format(n))
        exe = os.path.join(self.tmp, "t{}".format(n))
        try:
            with open(js, "w", encoding="utf-8") as f:
                f.write(program)
            outcome, reason = self.compile_and_run(js, exe, negative)
            # Messages quote the temporary file's path: name the test instead.
            return outcome, reason.replace(js, rel)
        finally:
            # Executables are ~1 MB each: remove them as we go.
            for p in (js, exe):
                try:
                    os.remove(p)
                except OSError:
                    pass

    def compile_and_run(self, js, exe, negative):
        phase = negative.get("phase") if negative else None
        expected_type = negative.get("type", "") if negative else ""
        rc, err = run_cmd([self.args.dxl, "compile", js, "-O0", "-o", exe], self.args.compile_timeout)
        if rc is None:
            return "failed", "compile timeout"
        if rc == CANNOT_START:
            return "failed", "runner: " + err
        if rc not in (0, 1):
            return "failed", "compiler crash (exit {}): {}".format(rc, first_line(err))
        if rc == 1:
            diags = DIAG_RE.findall(err)
            ids = [d[0] for d in diags]
            unsupported = "unsupported-feature" in ids or (not diags and UNSUPPORTED_RE.search(err))
            # A negative parse/early test is rejected for the right reason only
            # if the compiler reports an error that is not "unsupported".
            if phase in ("parse", "early") and (not unsupported or "syntax-error" in ids):
                return "passed", ""
            if unsupported:
                msg = next((m for i, m in diags if i == "unsupported-feature"), first_line(err))
                return "unsupported", msg
            return "failed", "compile error: " + (diags[0][1] if diags else first_line(err))
        # Compiled.
        if phase in ("parse", "early"):
            return "failed", "expected {} at {} time, but it compiled".format(expected_type, phase)
        rc, err = run_cmd([exe], self.args.timeout)
        if rc is None:
            return "failed", "timeout ({} s)".format(self.args.timeout)
        if rc == CANNOT_START:
            return "failed", "runner: " + err
        if rc < 0:
            return "failed", "killed by signal {}".format(-rc)
        if rc == 70:
            return "failed", "runtime panic: " + first_line(err)
        if negative:
            if rc != 0 and expected_type and expected_type in err:
                return "passed", ""
            if rc == 0:
                return "failed", "expected {} at runtime, but it ran to completion".format(expected_type)
            return "failed", "expected {}, got: {}".format(expected_type, uncaught_summary(err))
        if rc == 0:
            return "passed", ""
        summary = uncaught_summary(err)
        # The runtime throws `Error: dxl: ... is not supported yet` for what it
        # cannot do (e.g. the Function constructor): unsupported, not a bug.
        if summary.startswith("Error: dxl:") and UNSUPPORTED_RE.search(summary):
            return "unsupported", "runtime: " + summary[len("Error: dxl: "):]
        return "failed", "exit {}: {}".format(rc, summary)


# ---------------------------------------------------------------- discovery

def discover(test_root, filters):
    """Relative paths (to test/) of the test files matching any filter."""
    found = []
    for dirpath, dirnames, filenames in os.walk(test_root):
        dirnames.sort()
        for name in sorted(filenames):
            # *_FIXTURE.js files are modules imported by other tests, not tests.
            if not name.endswith(".js") or "_FIXTURE" in name:
                continue
            rel = os.path.relpath(os.path.join(dirpath, name), test_root).replace(os.sep, "/")
            # Match against "test/<rel>" so both "language/x" and "test/language/x" work.
            if not filters or any(f in "test/" + rel for f in filters):
                found.append(rel)
    return found


def group_of(rel):
    """The report directory: two levels under test/, e.g. built-ins/Math."""
    parts = rel.split("/")
    return "/".join(parts[:2]) if len(parts) > 2 else parts[0]


# ---------------------------------------------------------------- reporting

def git_read(args):
    try:
        out = subprocess.run(["git"] + args, capture_output=True, text=True, timeout=20)
        return out.stdout.strip() if out.returncode == 0 else ""
    except (OSError, subprocess.TimeoutExpired):
        return ""


def test262_revision(root):
    # A bare `git archive` export has no .git: read REVISION (see docs/testing.md).
    rev = git_read(["-C", root, "rev-parse", "HEAD"])
    if rev:
        return rev
    try:
        with open(os.path.join(root, "REVISION"), encoding="utf-8") as f:
            return f.read().strip() or "unknown"
    except OSError:
        return "unknown"


def normalize_reason(reason):
    """Buckets a failure reason so similar failures count together."""
    r = re.sub(r"«[^»]*»", "«…»", reason)
    r = re.sub(r"[\w$.\[\]'\"]+ is not (defined|a function|a constructor|iterable)", r"… is not \1", r)
    r = re.sub(r"\(reading '[^']*'\)", "(reading '…')", r)
    r = re.sub(r"\b\d+(\.\d+)?\b", "N", r)
    return r[:160]


def pct(passed, total):
    return "{:.1f}%".format(100.0 * passed / total) if total else "n/a"


def write_reports(args, results, elapsed, command):
    outcomes = ("passed", "failed", "unsupported", "skipped")
    groups = collections.OrderedDict()
    for rel in sorted(results):
        g = groups.setdefault(group_of(rel), {"total": 0, "failures": {}, "unsupported_tests": {},
                                              "skipped_tests": {}, **{o: 0 for o in outcomes}})
        outcome, reason = results[rel]
        g["total"] += 1
        g[outcome] += 1
        if outcome == "failed":
            g["failures"]["test/" + rel] = reason
        elif outcome == "unsupported":
            g["unsupported_tests"]["test/" + rel] = reason
        elif outcome == "skipped":
            g["skipped_tests"]["test/" + rel] = reason
    totals = {o: sum(g[o] for g in groups.values()) for o in ("total",) + outcomes}

    fail_causes = collections.Counter(normalize_reason(r) for o, r in results.values() if o == "failed")
    unsupported_causes = collections.Counter(r for o, r in results.values() if o == "unsupported")
    skip_causes = collections.Counter(r for o, r in results.values() if o == "skipped")

    t262_rev = test262_revision(args.test262_dir)
    dxl_rev = args.dxl_commit or "unknown"
    try:
        dxl_version = subprocess.run([args.dxl, "--version"], capture_output=True, text=True,
                                     timeout=20).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        dxl_version = "unknown"
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    md = []
    md.append("# test262 conformance")
    md.append("")
    md.append("Generated by `scripts/test262.py` (see [testing.md](testing.md)).")
    md.append("")
    md.append("- test262 commit: `{}`".format(t262_rev))
    md.append("- date: {}".format(date))
    md.append("- dxl: {} (commit `{}`), binary `{}` modified {}".format(
        dxl_version or "unknown", dxl_rev, args.dxl, binary_mtime(args.dxl)))
    md.append("- command: `{}`".format(command))
    md.append("- directories run (filters): {}".format(
        ", ".join("`{}`".format(f) for f in args.filter) if args.filter else "all of `test/`"))
    md.append("- variant: default only (strict for `onlyStrict` tests, sloppy otherwise), "
              "compiled at `-O0`, {} s run timeout".format(args.timeout))
    md.append("- wall time: {:.0f} s with {} jobs".format(elapsed, args.jobs))
    if not args.no_harness_patch:
        md.append("- harness patch: the `JSON.stringify` branch of `assert.js`'s string "
                  "formatting is removed: dxl compiles `typeof JSON` (it is `\"undefined\"`) but "
                  "rejects any other use of `JSON` at compile time, even in that guarded branch; "
                  "see `HARNESS_PATCHES`")
    for note in args.note or []:
        md.append("- note: " + note)
    md.append("")
    md.append("Pass rate = passed / total, where *total* is every test file of the directories "
              "run: skipped, unsupported and failed tests all count as not passed. "
              "*Unsupported*: dxl rejected the test with an unsupported-feature error. "
              "*Skipped*: not run (module/async flags, or a frontmatter feature in the script's "
              "`SKIP_FEATURES`); the reasons are counted under *Skip reasons* below and listed "
              "test by test in the JSON file.")
    md.append("")
    md.append("## Totals")
    md.append("")
    md.append("| total | passed | failed | unsupported | skipped | pass rate |")
    md.append("|---:|---:|---:|---:|---:|---:|")
    md.append("| {total} | {passed} | {failed} | {unsupported} | {skipped} | {rate} |".format(
        rate=pct(totals["passed"], totals["total"]), **totals))
    md.append("")
    md.append("## By directory")
    md.append("")
    md.append("| directory | total | passed | failed | unsupported | skipped | pass rate |")
    md.append("|---|---:|---:|---:|---:|---:|---:|")
    for name, g in groups.items():
        md.append("| `{}` | {} | {} | {} | {} | {} | {} |".format(
            name, g["total"], g["passed"], g["failed"], g["unsupported"], g["skipped"],
            pct(g["passed"], g["total"])))
    md.append("")

    if args.filter and len(args.filter) > 1:
        # The directories asked for, which may be finer than two levels.
        md.append("## By directory run (filter)")
        md.append("")
        md.append("| filter | total | passed | failed | unsupported | skipped | pass rate |")
        md.append("|---|---:|---:|---:|---:|---:|---:|")
        for f in args.filter:
            c = collections.Counter(o for rel, (o, _) in results.items() if f in "test/" + rel)
            n = sum(c.values())
            md.append("| `{}` | {} | {} | {} | {} | {} | {} |".format(
                f, n, c["passed"], c["failed"], c["unsupported"], c["skipped"], pct(c["passed"], n)))
        md.append("")

    def top_table(title, header, counter, n=15):
        if not counter:
            return
        md.append("## " + title)
        md.append("")
        md.append("| {} | tests |".format(header))
        md.append("|---|---:|")
        for reason, count in counter.most_common(n):
            md.append("| {} | {} |".format(reason.replace("|", "\\|").replace("`", "'"), count))
        md.append("")

    top_table("Most common failure reasons", "reason (normalized)", fail_causes)
    top_table("Most common unsupported features", "diagnostic", unsupported_causes)
    top_table("Skip reasons", "reason", skip_causes, n=None)
    md.append("The failing, unsupported and skipped tests of every directory, with their reasons, are in "
              "[`{}`]({}).".format(os.path.basename(json_path(args.out)), os.path.basename(json_path(args.out))))
    md.append("")

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(md))
    data = {
        "test262_commit": t262_rev,
        "dxl_version": dxl_version,
        "dxl_commit": dxl_rev,
        "date": date,
        "command": command,
        "filters": args.filter or [],
        "elapsed_seconds": round(elapsed, 1),
        "pass_rate_definition": "passed / total (skipped, unsupported and failed tests count as not passed)",
        "totals": totals,
        "directories": {
            name: {
                "total": g["total"], "passed": g["passed"], "failed": g["failed"],
                "unsupported": g["unsupported"], "skipped": g["skipped"],
                "failures": g["failures"],
                "unsupported_tests": g["unsupported_tests"],
                "skipped_tests": g["skipped_tests"],
            } for name, g in groups.items()
        },
        "failure_reasons": dict(fail_causes.most_common()),
        "unsupported_features": dict(unsupported_causes.most_common()),
        "skip_reasons": dict(skip_causes.most_common()),
    }
    with open(json_path(args.out), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, ensure_ascii=False, sort_keys=False)
        f.write("\n")
    return totals


def binary_mtime(path):
    try:
        t = os.path.getmtime(path)
    except OSError:
        return "unknown"
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def json_path(md_path):
    base, _ = os.path.splitext(md_path)
    return base + ".json"


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description="Run test262 against dxl.")
    ap.add_argument("test262_dir", metavar="TEST262_DIR", help="test262 checkout (with test/ and harness/)")
    ap.add_argument("--dxl", default=os.path.join(REPO, "target", "release", "dxl"),
                    help="dxl binary (default: target/release/dxl)")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, help="parallel tests (default: nproc)")
    ap.add_argument("--filter", nargs="+", action="extend", metavar="SUBSTR",
                    help="run only tests whose path (test/...) contains one of these")
    ap.add_argument("--out", default=os.path.join("docs", "test262.md"),
                    help="markdown report; the JSON goes next to it (default: docs/test262.md)")
    ap.add_argument("--timeout", type=float, default=10.0, help="run timeout per test, seconds (default 10)")
    ap.add_argument("--compile-timeout", type=float, default=60.0,
                    help="compile timeout per test, seconds (default 60)")
    ap.add_argument("--run-all", action="store_true", help="ignore SKIP_FEATURES (still skips module/async)")
    ap.add_argument("--no-harness-patch", action="store_true", help="use harness files unmodified")
    ap.add_argument("--dxl-commit", metavar="REV",
                    help="commit the dxl binary was built from (default: this repository's HEAD at start)")
    ap.add_argument("--note", action="append", help="a line to add to the report's header")
    ap.add_argument("--dry-run", action="store_true", help="only count the tests that would run")
    ap.add_argument("--outcomes", metavar="FILE",
                    help="also write each test's outcome, a line each (outcome, path, reason), to compare runs")
    args = ap.parse_args()

    args.test262_dir = os.path.abspath(args.test262_dir)
    test_root = os.path.join(args.test262_dir, "test")
    harness_dir = os.path.join(args.test262_dir, "harness")
    if not os.path.isdir(test_root) or not os.path.isdir(harness_dir):
        sys.exit("error: {} has no test/ or harness/ directory".format(args.test262_dir))
    args.dxl = os.path.abspath(args.dxl)
    if not args.dry_run and not os.access(args.dxl, os.X_OK):
        sys.exit("error: dxl binary not found at {} (build it or pass --dxl)".format(args.dxl))
    args.jobs = max(1, args.jobs)
    # Read at start: the repository may move on while the suite runs.
    if not args.dxl_commit:
        args.dxl_commit = git_read(["-C", REPO, "rev-parse", "--short", "HEAD"])
    command = " ".join(shlex.quote(a) for a in [os.path.relpath(sys.argv[0], REPO)
                                                if os.path.abspath(sys.argv[0]).startswith(REPO)
                                                else sys.argv[0]] + sys.argv[1:])

    tests = discover(test_root, args.filter)
    if not tests:
        sys.exit("error: no tests match")
    print("test262: {} tests".format(len(tests)), file=sys.stderr)

    results = {}
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="dxl-test262-") as tmp:
        runner = Runner(args, harness_dir, tmp)
        if args.dry_run:
            counts = collections.Counter()
            for rel in tests:
                with open(os.path.join(test_root, rel), encoding="utf-8", errors="replace") as f:
                    counts["skipped" if runner.skip_reason(parse_frontmatter(f.read())) else "to run"] += 1
            print(dict(counts), file=sys.stderr)
            return
        tty = sys.stderr.isatty()
        counts = collections.Counter()
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            futures = {pool.submit(runner.run_test, rel): rel for rel in tests}
            for i, fut in enumerate(concurrent.futures.as_completed(futures), 1):
                rel = futures[fut]
                try:
                    results[rel] = fut.result()
                except Exception as e:  # noqa: BLE001 - a runner bug must not lose the run
                    results[rel] = ("failed", "runner error: {!r}".format(e))
                counts[results[rel][0]] += 1
                # Progress: in place on a terminal, one line per 250 tests in a log.
                if tty or i % 250 == 0 or i == len(tests):
                    line = "[{}/{}] passed {} failed {} unsupported {} skipped {} ({:.0f} s)".format(
                        i, len(tests), counts["passed"], counts["failed"], counts["unsupported"],
                        counts["skipped"], time.monotonic() - started)
                    print(("\r" + line) if tty else line, end="" if tty and i < len(tests) else "\n",
                          file=sys.stderr, flush=True)
    elapsed = time.monotonic() - started
    totals = write_reports(args, results, elapsed, command)
    if args.outcomes:
        with open(args.outcomes, "w", encoding="utf-8") as f:
            for rel in sorted(results):
                outcome, reason = results[rel]
                f.write("{}\t{}\t{}\n".format(outcome, rel, " ".join(str(reason).split())))
    print("wrote {} and {}: {} passed of {} tests ({}; {} skipped)".format(
        args.out, json_path(args.out), totals["passed"], totals["total"],
        pct(totals["passed"], totals["total"]), totals["skipped"]), file=sys.stderr)


if __name__ == "__main__":
    main()
