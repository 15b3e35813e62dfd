"""A signed-in browser's requests to a running Partner Hub, for the bench scripts: pages, Faces
Ajax requests, and timing them."""
import http.cookiejar
import re
import statistics
import time
import urllib.parse
import urllib.request


class Portal:

    def __init__(self, base):
        self.base = base.rstrip("/")
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def fetch(self, path, form=None, ajax=False):
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        request = urllib.request.Request(self.base + "/" + path, data=data)
        if ajax:
            request.add_header("Faces-Request", "partial/ajax")
        with self.opener.open(request, timeout=120) as answer:
            return answer.read().decode("utf-8")

    def sign_in(self, email, password):
        login = self.fetch("login.xhtml")
        self.fetch("login.xhtml", {"login": "login", "login:email": email, "login:password": password,
                                   "login:signIn": "login:signIn", "jakarta.faces.ViewState": view_state(login)})
        return self


def view_state(page):
    return re.search(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]+)"', page).group(1)


def nonce(page):
    """The page's script nonce, which PrimeFaces' script sends with every form and Ajax request of
    the page (primefaces.CSP): without it the answer ends with a redirect to the "expired" page."""
    return re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", page).group(1)


def timed(label, action, runs=5):
    """Runs the action once to warm the JIT and caches, then times it; returns the last answer."""
    action()
    times = []
    answer = None
    for _ in range(runs):
        start = time.perf_counter()
        answer = action()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{label:46s} best {min(times):8.1f} ms   median {statistics.median(times):8.1f} ms")
    return answer


def spread(label, action, runs):
    """Times the action once, then, after runs unmeasured warm-up calls, runs more times; prints
    the first, the median, the 95th percentile and the slowest."""
    start = time.perf_counter()
    action()
    cold = (time.perf_counter() - start) * 1000
    for _ in range(runs):
        action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, -(-len(times) * 95 // 100) - 1)]
    print(f"{label}: first {cold:.1f} ms; then {runs} requests: p50 {statistics.median(times):.1f} ms,"
          f" p95 {p95:.1f} ms, slowest {times[-1]:.1f} ms")
