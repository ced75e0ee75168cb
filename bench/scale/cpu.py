#!/usr/bin/env python3
"""CPU seconds used so far by the given processes, and by a PostgreSQL server (postmaster and its backends).

  cpu.py POSTMASTER_PID PID...   prints "<seconds of the PIDs> <seconds of PostgreSQL>"

Backends that have exited are counted through the postmaster's children totals (cutime, cstime).
"""
import os
import sys

TICK = os.sysconf("SC_CLK_TCK")


def stat(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    # After the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
    return int(fields[1]), int(fields[11]) + int(fields[12]), int(fields[13]) + int(fields[14])


postmaster, pids = int(sys.argv[1]), [int(p) for p in sys.argv[2:]]
nodes = sum((stat(p) or (0, 0, 0))[1] for p in pids)
pg = 0
own = stat(postmaster)
if own:
    pg += own[1] + own[2]
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (s := stat(int(entry))) and s[0] == postmaster:
            pg += s[1]
print(f"{nodes / TICK:.2f} {pg / TICK:.2f}")
