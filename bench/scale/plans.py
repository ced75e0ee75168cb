#!/usr/bin/env python3
"""Summarises auto_explain output (a PostgreSQL server log excerpt): for each plan of a statement that reads
schedules, executions or deliveries, its duration, the start of its SQL and its first plan nodes."""
import re
import sys

entries = []
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    match = re.search(r"duration: ([\d.]+ ms)\s+plan:", line)
    if match:
        entries.append({"duration": match.group(1), "sql": [], "plan": []})
    elif entries and line.startswith("\t"):
        text = line[1:].rstrip("\n")
        entry = entries[-1]
        if text.startswith("Query Text: "):
            entry["sql"].append(text[len("Query Text: "):])
        elif re.match(r"\s*(->\s+)?[A-Z][A-Za-z ]+ (on|using|\(cost)", text) or re.match(r"\s*(->\s+)?(Limit|Sort|Aggregate|Nested Loop|Hash|Merge|Result|Unique|Incremental Sort)\b", text) or entry["plan"]:
            entry["plan"].append(text)
        else:
            entry["sql"].append(text)

for entry in entries:
    sql = " ".join(s.strip() for s in entry["sql"])
    # The worker's poll for queued executions runs on every node all the time; it is not what a page costs.
    if not re.search(r"(FROM|JOIN) (schedules|executions|deliveries)\b", sql) or "'Queued'" in sql:
        continue
    nodes = [p for p in entry["plan"] if re.search(r"(Scan|Sort|Limit|Aggregate|Nested Loop|Join)", p) and "cost=" in p]
    print(f"  [{entry['duration']}] {sql[:150]}{'…' if len(sql) > 150 else ''}")
    for node in nodes[:6]:
        print("    " + re.sub(r"\s+\(cost=[^)]*\)", "", node.strip()))
