#!/usr/bin/env python3
"""Times keyset pages of `schedules` and `executions` through a node's GraphQL API (standard library only).

  measure.py pages URL EMAIL PASSWORD [--requests N] [--depth D] [--label L]
      signs in, walks to page D of each list once (following endCursor), then sends N requests for page 1 and N for
      page D of each, one at a time, and prints one JSON line per (list, page) with p50/p99 in ms.
  measure.py during URL EMAIL PASSWORD --until FILE [--ready FILE] [--start FILE] [--depth D] [--label L]
      the same requests, round-robin, until FILE exists (e.g. while retention runs); prints the same lines. Touches
      the --ready file once warmed up; counts only the requests sent once the --start file exists.
  measure.py once URL EMAIL PASSWORD [--depth D]
      one request of each (list, page), e.g. while auto_explain logs the plans.
  --cursors FILE keeps the page-D cursors found by walking, so later runs do not walk again.
"""
import argparse
import http.client
import json
import os
import sys
import time
import urllib.parse

PAGE = 20
QUERIES = {
    # What the web app's schedules list sends (src/Web/src/features/schedules/SchedulesPage.tsx).
    "schedules": "query($after: String) { schedules(first: %d, after: $after, order: [{ nextRunAt: ASC }]) { totalCount pageInfo { hasNextPage endCursor } "
                 "nodes { id name isActive timeZone nextRunAt reportTypeKey reportType { key displayName } recurrence { description } lastExecution { id status finishedAt } } } }" % PAGE,
    # Execution history, newest first (the default order).
    "executions": "query($after: String) { executions(first: %d, after: $after) { nodes { id status scheduledFor finishedAt durationMs schedule { name } } pageInfo { endCursor hasNextPage } } }" % PAGE,
}


class Client:
    def __init__(self, url):
        parts = urllib.parse.urlsplit(url)
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
        self.cookie = None

    def post(self, query, variables=None):
        body = json.dumps({"query": query, "variables": variables or {}})
        headers = {"content-type": "application/json"}
        if self.cookie:
            headers["cookie"] = self.cookie
        self.conn.request("POST", "/graphql", body, headers)
        response = self.conn.getresponse()
        data = response.read()
        if response.status != 200:
            raise SystemExit(f"HTTP {response.status}: {data[:500]!r}")
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                self.cookie = value.split(";", 1)[0]
        result = json.loads(data)
        if result.get("errors"):
            raise SystemExit(f"GraphQL errors: {result['errors']}")
        return result["data"]

    def sign_in(self, email, password):
        data = self.post("mutation($i: SignInInput!) { signIn(input: $i) { errors { code message } } }",
                         {"i": {"email": email, "password": password}})
        if data["signIn"]["errors"]:
            raise SystemExit(f"signIn failed: {data['signIn']['errors']}")


def cursor_of_page(client, name, depth):
    """The `after` cursor that gives page `depth` (None for page 1), found by walking the pages once."""
    after = None
    started = time.perf_counter()
    for _ in range(depth - 1):
        page = client.post(QUERIES[name], {"after": after})[name]
        if not page["pageInfo"]["hasNextPage"]:
            raise SystemExit(f"{name} has fewer than {depth} pages of {PAGE}")
        after = page["pageInfo"]["endCursor"]
    return after, time.perf_counter() - started


def timed(client, name, after):
    started = time.perf_counter()
    nodes = client.post(QUERIES[name], {"after": after})[name]["nodes"]
    elapsed = (time.perf_counter() - started) * 1000
    if len(nodes) != PAGE:
        raise SystemExit(f"{name} page gave {len(nodes)} rows, expected {PAGE}")
    return elapsed


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def report(label, name, page, samples):
    """One JSON line on stdout (for the script) and one readable line on stderr."""
    figures = {"label": label, "list": name, "page": page, "n": len(samples),
               "p50_ms": round(percentile(samples, 50), 1), "p99_ms": round(percentile(samples, 99), 1),
               "load": round(os.getloadavg()[0], 1)}
    print(json.dumps(figures), flush=True)
    print(f"  {label}: {name} page {page}: p50 {figures['p50_ms']} ms, p99 {figures['p99_ms']} ms over {len(samples)} requests"
          f" (load {figures['load']})", file=sys.stderr, flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["pages", "during", "once"])
    parser.add_argument("url")
    parser.add_argument("email")
    parser.add_argument("password")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--depth", type=int, default=500)
    parser.add_argument("--until")
    parser.add_argument("--label", default="")
    parser.add_argument("--ready")
    parser.add_argument("--start")
    parser.add_argument("--cursors")
    args = parser.parse_args()

    client = Client(args.url)
    client.sign_in(args.email, args.password)
    if args.cursors and os.path.exists(args.cursors):
        with open(args.cursors, encoding="utf-8") as f:
            cursors = json.load(f)
    else:
        cursors = {}
        for name in QUERIES:
            cursors[name], walk = cursor_of_page(client, name, args.depth)
            print(f"# {args.label} walked to page {args.depth} of {name} in {walk:.1f} s", file=sys.stderr, flush=True)
        if args.cursors:
            with open(args.cursors, "w", encoding="utf-8") as f:
                json.dump(cursors, f)
    if args.mode == "once":
        for name in QUERIES:
            timed(client, name, None)
            timed(client, name, cursors[name])
        return
    for name in QUERIES:
        for _ in range(5):  # warm-up: JIT, plan cache, connection pool
            timed(client, name, None)
            timed(client, name, cursors[name])
    if args.ready:
        open(args.ready, "w", encoding="utf-8").close()

    targets = [(name, page, None if page == 1 else cursors[name]) for name in QUERIES for page in (1, args.depth)]
    samples = {(name, page): [] for name, page, _ in targets}
    if args.mode == "pages":
        for name, page, after in targets:
            samples[(name, page)] = [timed(client, name, after) for _ in range(args.requests)]
    else:
        # Requests keep going from warm-up on; only those sent once the --start file exists (the work began) count.
        while not os.path.exists(args.until):
            counts = args.start is None or os.path.exists(args.start)
            for name, page, after in targets:
                elapsed = timed(client, name, after)
                if counts:
                    samples[(name, page)].append(elapsed)
    for name, page, _ in targets:
        report(args.label, name, page, samples[(name, page)])


if __name__ == "__main__":
    main()
