"""Times Home as a browser gets it from a running Partner Hub: the sign-in, which lands on Home
(the first Home of the session, and of the server for this partner), then REQUESTS more one
after the other (after as many unmeasured ones, to warm the JIT), with their median, 95th
percentile and slowest.

    python3 bench/lib/home_page.py BASE_URL EMAIL PASSWORD [REQUESTS]
"""
import sys
import time

from portal import Portal, spread

base, email, password = sys.argv[1], sys.argv[2], sys.argv[3]
requests = int(sys.argv[4]) if len(sys.argv) > 4 else 100
portal = Portal(base)
start = time.perf_counter()
portal.sign_in(email, password)
print(f"{email}: sign-in, landing on Home: {(time.perf_counter() - start) * 1000:.1f} ms")


def home():
    page = portal.fetch("index.xhtml")
    if 'id="welcome"' not in page:
        sys.exit("Home did not answer with the welcome: is the sign-in right?")
    return page


spread(f"{email}: Home (GET index.xhtml)", home, requests)
