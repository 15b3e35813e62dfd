"""A fixed piece of work on one core, timed: this machine's speed at the moment, so that load test
figures taken on different days (or hours: a shared 2-core machine's speed moved by half within
one hour in December 2026) can be set side by side. Prints the median of five runs, in ms; lower is
faster. Run it while nothing else is busy."""
import statistics
import time


def one_run():
    began = time.perf_counter()
    total = 0
    for i in range(3_000_000):
        total += i * i % 7
    return (time.perf_counter() - began) * 1000


if __name__ == "__main__":
    print(f"machine speed reference: {statistics.median(one_run() for _ in range(5)):.0f} ms "
          "for a fixed loop on one core (lower is faster)")
