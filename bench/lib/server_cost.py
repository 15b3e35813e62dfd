"""What a page costs the server while the load test measures: its CPU time and the memory it
allocates, a page at a time. The throughput moves with a shared machine's speed; the allocation
does not, and the CPU time moves with the speed reference (bench/lib/machine_speed.py), so these
compare builds measured on different days.

    python3 bench/lib/server_cost.py watch <server pid> <mark file> <seconds> <result file>
        waits until the simulation writes its mark (the measured time has begun), then reads the
        server's CPU time and records its heap with JFR for <seconds>; writes the result file
    python3 bench/lib/server_cost.py report <result file> <pages a second>
        prints the cost a page, given the throughput the simulation measured

The allocation is read from JFR's heap summaries around each garbage collection: what the heap
held before a collection less what it held after the one before it.
"""
import json
import os
import re
import subprocess
import sys
import time

UNITS = {"bytes": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def allocated_bytes(recording):
    printed = subprocess.run(["jfr", "print", "--events", "jdk.GCHeapSummary", recording],
                             capture_output=True, text=True, check=True).stdout
    summaries = []
    for event in printed.split("jdk.GCHeapSummary")[1:]:
        gc = int(re.search(r"gcId = (\d+)", event).group(1))
        when = re.search(r'when = "(\w+) GC"', event).group(1)
        value, unit = re.search(r"heapUsed = ([\d.]+) (\w+)", event).groups()
        summaries.append((gc, when == "After", float(value) * UNITS[unit]))
    total, after = 0.0, None
    for _, is_after, used in sorted(summaries):
        if not is_after and after is not None:
            total += used - after
        if is_after:
            after = used
    return total


def watch(pid, mark, seconds, result):
    while not os.path.exists(mark):
        time.sleep(0.5)
    time.sleep(3)  # every session past its warm-in
    recording = result + ".jfr"
    jcmd = ["jcmd", pid]
    subprocess.run(jcmd + ["JFR.start", "name=server-cost", "settings=default"], check=True, capture_output=True)
    began, cpu_began = time.monotonic(), cpu_seconds(pid)
    time.sleep(seconds)
    cpu_ended, ended = cpu_seconds(pid), time.monotonic()
    subprocess.run(jcmd + ["JFR.stop", "name=server-cost", "filename=" + os.path.abspath(recording)],
                   check=True, capture_output=True)
    json.dump({"seconds": ended - began, "cpu": cpu_ended - cpu_began, "allocated": allocated_bytes(recording)},
              open(result, "w"))
    os.remove(recording)


def report(result, per_second):
    cost = json.load(open(result))
    pages = per_second * cost["seconds"]
    print(f"server cost a page: {cost['cpu'] * 1000 / pages:.2f} ms of CPU "
          f"({cost['cpu'] / cost['seconds']:.2f} cores busy), {cost['allocated'] / pages / 1e6:.2f} MB allocated")


if __name__ == "__main__":
    if sys.argv[1] == "watch":
        watch(sys.argv[2], sys.argv[3], float(sys.argv[4]), sys.argv[5])
    else:
        report(sys.argv[2], float(sys.argv[3]))
