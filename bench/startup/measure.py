#!/usr/bin/env python3
"""Times the host's start-up (standard library only; bench/startup/startup.sh drives it).

  measure.py --label L [--runs N] [--existing] [--requests] -- COMMAND...

Starts COMMAND (the host: `dotnet run --no-build …` or the published app) N times on a free loopback port with the
embedded defaults (SQLite store, demo data) in a data folder of its own: a new empty one for each run, or with
--existing one folder that a first, uncounted start has filled (so each counted run is a second start). Times from
process start to the first 200 from /health/ready (polled every 10 ms), then with --requests the first requests a
user makes (sign in, the web app's schedules list, a PDF preview, the same preview again), then stops the process
(SIGTERM to its process group). Prints one line per run and min/median/max; the host's own start-up log line
("Started in … ms: …", Information, category ReportGraph.Host.Operations.StartupTimeline) gives the breakdown,
printed as medians per phase.
"""
import argparse
import http.client
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ADMIN_EMAIL = "admin@startup.bench"
ADMIN_PASSWORD = "startup-bench-password"
SCHEDULES = ("query { schedules(first: 20, order: [{ nextRunAt: ASC }]) { totalCount nodes { id name isActive nextRunAt "
             "reportType { key displayName } recurrence { description } lastExecution { id status finishedAt } } } }")
PREVIEW = ("mutation($i: PreviewReportInput!) { previewReport(input: $i) { rows files { format sizeBytes } errors { code message } } }")
PREVIEW_INPUT = {"i": {"reportType": "tutor-weekly", "parameters": {"tutorId": "all"}, "formats": ["PDF"]}}
TIMELINE = re.compile(r"Started in (?P<total>[\d,]+) ms: (?P<phases>.*)$")
PHASE = re.compile(r"(?P<name>[^,]+?) (?P<ms>[\d,]+) ms")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_status(port, path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    except OSError:
        return None
    finally:
        conn.close()


class Client:
    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.cookie = None

    def post(self, query, variables=None):
        headers = {"content-type": "application/json"}
        if self.cookie:
            headers["cookie"] = self.cookie
        start = time.perf_counter()
        self.conn.request("POST", "/graphql", json.dumps({"query": query, "variables": variables or {}}), headers)
        response = self.conn.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - start) * 1000
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                self.cookie = value.split(";", 1)[0]
        result = json.loads(body)
        if response.status != 200 or result.get("errors"):
            raise SystemExit(f"HTTP {response.status}: {body[:400]!r}")
        return elapsed, result["data"]


def first_requests(port):
    client = Client(port)
    times = {}
    times["signIn"], data = client.post("mutation($i: SignInInput!) { signIn(input: $i) { errors { code message } } }",
                                        {"i": {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}})
    if data["signIn"]["errors"]:
        raise SystemExit(f"signIn failed: {data['signIn']['errors']}")
    times["schedules"], _ = client.post(SCHEDULES)
    times["pdf1"], data = client.post(PREVIEW, PREVIEW_INPUT)
    if data["previewReport"]["errors"]:
        raise SystemExit(f"previewReport failed: {data['previewReport']['errors']}")
    times["pdf2"], _ = client.post(PREVIEW, PREVIEW_INPUT)
    return times


def session_cpu_ms(sid):
    """User + system CPU time of every process in the session (dotnet run and the host it starts), in ms."""
    total = 0
    tick = os.sysconf("SC_CLK_TCK")
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid:  # field 6 of stat: session id (fields here start at field 3, the state)
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total * 1000 / tick


def start_once(command, cwd, data_dir, requests, log_path):
    port = free_port()
    env = dict(os.environ)
    env.update({
        "Urls": f"http://127.0.0.1:{port}",
        "Storage__DataDirectory": data_dir,
        "Security__Admin__Email": ADMIN_EMAIL,
        "Security__Admin__Password": ADMIN_PASSWORD,
        "Logging__Console__FormatterName": "simple",
        "Logging__Console__FormatterOptions__SingleLine": "true",
    })
    with open(log_path, "w") as log:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=cwd, start_new_session=True)
        try:
            ready = None
            while time.perf_counter() - start < 120:
                if process.poll() is not None:
                    raise SystemExit(f"the host exited with {process.returncode}; see {log_path}")
                if get_status(port, "/health/ready") == 200:
                    ready = (time.perf_counter() - start) * 1000
                    cpu = session_cpu_ms(process.pid)
                    break
                time.sleep(0.01)
            if ready is None:
                raise SystemExit(f"not ready after 120 s; see {log_path}")
            times = first_requests(port) if requests else {}
            time.sleep(0.3)  # let the start-up line and background warm-up logs reach the file
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
    with open(log_path) as log:
        timeline = next((TIMELINE.search(line) for line in log if TIMELINE.search(line)), None)
    phases = {}
    if timeline:
        phases["host total"] = int(timeline["total"].replace(",", ""))
        for p in PHASE.finditer(timeline["phases"]):
            phases[p["name"].strip()] = int(p["ms"].replace(",", ""))
    return ready, cpu, times, phases


def summary(values):
    return f"min {min(values):7.0f}  median {statistics.median(values):7.0f}  max {max(values):7.0f} ms"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--label", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--existing", action="store_true")
    parser.add_argument("--requests", action="store_true")
    parser.add_argument("--logs", default=tempfile.gettempdir())
    parser.add_argument("--cwd", default=None, help="working directory of the host (its content root)")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    os.makedirs(args.logs, exist_ok=True)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    slug = re.sub(r"[^a-z0-9]+", "-", args.label.lower()).strip("-")
    root = tempfile.mkdtemp(prefix="rg-startup-")
    try:
        shared = os.path.join(root, "existing")
        if args.existing:
            start_once(command, args.cwd, shared, False, os.path.join(args.logs, f"{slug}-prepare.log"))
        readies, cpus, requests, phases = [], [], {}, {}
        for i in range(args.runs):
            data_dir = shared if args.existing else os.path.join(root, f"fresh-{i}")
            ready, cpu, times, timeline = start_once(command, args.cwd, data_dir, args.requests, os.path.join(args.logs, f"{slug}-{i + 1}.log"))
            readies.append(ready)
            cpus.append(cpu)
            for k, v in times.items():
                requests.setdefault(k, []).append(v)
            for k, v in timeline.items():
                phases.setdefault(k, []).append(v)
            extra = "  ".join(f"{k} {v:.0f}" for k, v in times.items())
            print(f"  {args.label} run {i + 1}: ready {ready:6.0f} ms (CPU {cpu:5.0f} ms)  {extra}", flush=True)
        print(f"{args.label}: start -> /health/ready 200: {summary(readies)}  (load average {os.getloadavg()[0]:.1f})")
        print(f"    CPU time to ready {summary(cpus)}")
        for k, v in requests.items():
            print(f"    first {k:<10} {summary(v)}")
        if phases:
            print("    host's own timeline (medians): " + ", ".join(f"{k} {statistics.median(v):.0f}" for k, v in phases.items()))
        print(flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
