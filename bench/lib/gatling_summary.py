"""Prints the figures of the newest Gatling run under a folder: per request kind, the count,
failures, throughput and the response time percentiles (p50, p95, p99), read from the statistics
table of the run's HTML report (index.html), which holds them per request as the console does
only for all requests together.

    python3 bench/lib/gatling_summary.py bench/target/gatling [seconds]

With seconds (the measured time), the throughput is the count over those seconds: Gatling's own
divides by the whole run, sign-ins and warm-in included.
"""
import glob
import html
import os
import re
import sys

runs = sorted(glob.glob(os.path.join(sys.argv[1], "*", "index.html")), key=os.path.getmtime)
if not runs:
    sys.exit("no Gatling report under " + sys.argv[1])
report = open(runs[-1], encoding="utf-8").read()

# Each row (the first is All Requests): the request's name in the first cell, then Total, OK, KO, % KO, Cnt/s, Min, 50th,
# 95th, 99th, 99.9th pct, Max, Mean, Std Dev.
rows = []
for name, cells in re.findall(r'class="ellipsed-name">([^<]+)</span>(.*?)</tr>', report, re.S):
    values = re.findall(r'<td class="value[^"]*">([^<]*)</td>', cells)
    if len(values) >= 11:
        rows.append((html.unescape(name), values))
print(f"{'request':34s} {'count':>7s} {'failed':>6s} {'per s':>7s} {'p50 ms':>7s} {'p95 ms':>7s} {'p99 ms':>7s}")
for name, values in rows:
    # The simulation's sign-ins are silent (not measured), so Gatling's "All Requests" is every page.
    name = "all pages" if name == "All Requests" else name
    per_second = f"{int(values[0].replace(',', '')) / int(sys.argv[2]):.1f}" if len(sys.argv) > 2 else values[4]
    print(f"{name:34s} {values[0]:>7s} {values[2]:>6s} {per_second:>7s} {values[6]:>7s} {values[7]:>7s} {values[8]:>7s}")
print("report: " + runs[-1])
