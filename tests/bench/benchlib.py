# SPDX-License-Identifier: GPL-3.0-or-later
"""Timing, statistics and the table of tests/bench/run.sh (see bench.py)."""
import json
import os
import signal
import statistics
import subprocess
import time

RUN_TIMEOUT_S = 240


class Figure:
    """One row of the table: a measured value, optionally a ratio to a baseline, and a target.

    target is (op, bound) with op "<=", "<" or ">="; value None means "not measurable (n/a)",
    which counts as a miss. target None: reported only (never a miss)."""

    def __init__(self, title, key, value, unit, target, baseline=None, samples=None, note="", detail=None):
        self.title, self.key, self.value, self.unit = title, key, value, unit
        self.target, self.baseline, self.samples, self.note = target, baseline, samples or [], note
        self.detail = detail or {}

    @property
    def reported_only(self):
        return self.target is None

    @property
    def passed(self):
        if self.reported_only:
            return True
        if self.value is None:
            return False
        op, bound = self.target
        return {"<=": self.value <= bound, "<": self.value < bound, ">=": self.value >= bound}[op]


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def spread(values):
    """(median, min, max) of the values, or Nones."""
    values = [v for v in values if v is not None]
    if not values:
        return None, None, None
    return statistics.median(values), min(values), max(values)


def run(cmd, env, stdin=None, stdout=subprocess.PIPE):
    """Runs cmd; returns (wall ms, stdout text, exit code). Wall time covers fork/exec to exit."""
    t0 = time.perf_counter_ns()
    p = subprocess.run(cmd, env=env, stdin=stdin, stdout=stdout, stderr=subprocess.DEVNULL,
                       timeout=RUN_TIMEOUT_S)
    ms = (time.perf_counter_ns() - t0) / 1e6
    out = p.stdout.decode("utf-8", "replace") if isinstance(p.stdout, bytes) else ""
    return ms, out, p.returncode


def json_line(text):
    """The last JSON object line a bench run printed (or {"error": ...})."""
    for line in reversed(text.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except ValueError:
                break
    return {"error": "no result line: " + text[-200:]}


def interleaved(commands, runs, warmup=1):
    """Runs every command `runs` times, alternating between them (A B A B …) so that load from
    elsewhere on the machine hits all of them alike.
    commands: {name: (argv, env, stdin path or None, capture: parse a JSON line from stdout, else /dev/null)}.
    Returns {name: [(wall ms, parsed JSON or {}), …]}."""
    results = {name: [] for name in commands}
    for i in range(warmup + runs):
        for name, (argv, env, stdin_path, capture) in commands.items():
            stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
            try:
                ms, out, rc = run(argv, env, stdin=stdin, stdout=subprocess.PIPE if capture else subprocess.DEVNULL)
            finally:
                if stdin_path:
                    stdin.close()
            if rc != 0:
                raise RuntimeError("%s exited %d: %s" % (name, rc, out[-300:]))
            if i >= warmup:
                results[name].append((ms, json_line(out) if out.lstrip().startswith("{") else {}))
    return results


def rss_after(argv, env, seconds):
    """Starts argv, reads its VmRSS (KiB) after `seconds`, ends it (SIGKILL: nothing is saved)."""
    p = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    try:
        time.sleep(seconds)
        if p.poll() is not None:
            raise RuntimeError("%s ended early (exit %s)" % (argv[0], p.returncode))
        with open("/proc/%d/status" % p.pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        raise RuntimeError("no VmRSS for %s" % argv[0])
    finally:
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
        p.wait()


def fmt(value, unit=""):
    if value is None:
        return "n/a"
    if unit == "x":
        return "%.2f×" % value
    if abs(value) >= 100000:
        text = "%.3g" % value if abs(value) < 1e6 else "%.2f M" % (value / 1e6)
    elif abs(value) >= 100:
        text = "%.0f" % value
    elif abs(value) >= 10:
        text = "%.1f" % value
    else:
        text = "%.2f" % value
    return text + (" " + unit if unit else "")


def table(figures):
    """The result table as Markdown (also readable in a terminal)."""
    head = ["figure", "baseline (median)", "median", "min", "max", "result", "target", ""]
    rows = []
    for f in figures:
        med, lo, hi = spread(f.samples)
        unit = "" if f.unit == "x" else f.unit
        sample_unit = f.detail.get("sample_unit", unit)
        base = f.baseline or ""
        if f.reported_only:
            target = "reported"
        else:
            op, bound = f.target
            target = "%s %s" % (op.replace("<=", "≤").replace(">=", "≥"), fmt(bound, f.unit))
        result = fmt(f.value, f.unit)
        if f.note:
            result += " (" + f.note + ")"
        rows.append([f.title, base, fmt(med, sample_unit), fmt(lo, sample_unit), fmt(hi, sample_unit),
                     result, target, "" if f.reported_only else "PASS" if f.passed else "MISS"])
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    line = lambda r: "| " + " | ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)) + " |"
    out = [line(head), "| " + " | ".join("-" * w for w in widths) + " |"]
    out += [line(r) for r in rows]
    return "\n".join(out)


def wait_for_port(path, proc, what):
    for _ in range(200):
        if proc.poll() is not None:
            raise RuntimeError(what + " did not start")
        try:
            with open(path) as f:
                for line in f:
                    if line.startswith("port="):
                        return int(line.split("=", 1)[1])
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(what + " did not report a port")


class FakeApi:
    """sajudesk-fakeapi on 127.0.0.1 with a fixed number of chat chunks and a framing."""

    def __init__(self, binary, workdir, chunks, framing="coalesced", extra=()):
        self.out = os.path.join(workdir, "fakeapi-%d-%s%s.out" % (chunks, framing, "-".join(("",) + tuple(extra))))
        self._file = open(self.out, "w")
        self.proc = subprocess.Popen([binary, "--chat-chunks", str(chunks), "--stream-framing", framing] + list(extra),
                                     stdout=self._file, stderr=subprocess.DEVNULL)
        self.port = wait_for_port(self.out, self.proc, "sajudesk-fakeapi")
        self.url = "http://127.0.0.1:%d/v1" % self.port

    def close(self):
        if self.proc.poll() is None:
            self.proc.terminate()
        self.proc.wait()
        self._file.close()
