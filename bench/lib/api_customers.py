"""Times the API as an integration calls it: the first 500-item page of GET /v1/customers, then
every page through links.next (reporting the 200th, or the last if fewer, against the first), with
the server time each answer states (Server-Timing), then creating customers one request each, sequentially.

    python3 bench/lib/api_customers.py BASE_URL CLIENT_ID SECRET CREATES
"""
import json
import statistics
import sys
import time
import urllib.parse
import urllib.request
import uuid

base, client_id, secret, creates = sys.argv[1].rstrip("/") + "/api", sys.argv[2], sys.argv[3], int(sys.argv[4])


def call(method, path, body=None, headers=None):
    request = urllib.request.Request(base + path, method=method,
                                     data=None if body is None else body.encode())
    for key, value in (headers or {}).items():
        request.add_header(key, value)
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as answer:
        text = answer.read().decode()
        timing = answer.headers.get("Server-Timing", "")
    took = (time.perf_counter() - start) * 1000
    if timing.startswith("app;dur="):
        server_times.setdefault(path.split("?")[0] if method == "GET" else method + " " + path, []).append(
            float(timing[len("app;dur="):]))
    return took, text


server_times = {}


_, token = call("POST", "/oauth2/token", urllib.parse.urlencode(
    {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}),
    {"Content-Type": "application/x-www-form-urlencoded"})
bearer = {"Authorization": "Bearer " + json.loads(token)["access_token"], "Accept": "application/json"}

WARM_UP, RUNS = 30, 10
firsts = []
for _ in range(WARM_UP + RUNS):  # the warm-up runs let the JIT compile the path; they are left out
    took, _ = call("GET", "/v1/customers?size=500", headers=bearer)
    firsts.append(took)
firsts = firsts[WARM_UP:]
first_server = server_times.pop("/v1/customers")[WARM_UP:]
print(f"{'first page, 500 customers':40s} best {min(firsts):7.1f} ms   median {statistics.median(firsts):7.1f} ms"
      f"   (server: best {min(first_server):.1f}, median {statistics.median(first_server):.1f} ms)")

page_times = []
took, text = call("GET", "/v1/customers?size=500", headers=bearer)
page = json.loads(text)
seen = len(page["items"])
ids = set(item["id"] for item in page["items"])
while page.get("links", {}).get("next"):
    following = page["links"]["next"]
    headers = dict(bearer)
    headers.update({h["key"]: h["value"] for h in following["headers"]})
    took, text = call("GET", "/v1/" + following["uri"], headers=headers)
    page = json.loads(text)
    page_times.append(took)
    seen += len(page["items"])
    ids.update(item["id"] for item in page["items"])
print(f"pages read through links.next: {len(page_times) + 1}, customers: {seen}, distinct: {len(ids)}")
# The 200th page, or the last when there are fewer (90,025 customers make 181 pages of 500).
far = min(199, len(page_times)) - 1
print(f"{'page ' + str(far + 2) + ' (and the two before it)':40s} {' '.join(f'{t:7.1f}' for t in page_times[far - 2:far + 1])} ms"
      f"   ratio to the first page's median {page_times[far] / statistics.median(firsts):.2f}")
print(f"{'any page after the first':40s} median {statistics.median(page_times):7.1f} ms   max {max(page_times):7.1f} ms")
pages_server = server_times.pop("/v1/customers")[1:]  # the first of these is the first page again
print(f"{'server time: page ' + str(far + 2) + ' / first (median)':40s} {pages_server[far]:7.1f} / "
      f"{statistics.median(first_server):.1f} ms   any page after the first: median {statistics.median(pages_server):.1f} ms")

body = ('{"companyProfile":{"domain":"%s.onmicrosoft.com"},"billingProfile":{"firstName":"Ada","lastName":"Lovelace",'
        '"email":"ada@bench.example","culture":"en-US","companyName":"Bench %s","defaultAddress":{"country":"US",'
        '"city":"Redmond","addressLine1":"1 Microsoft Way"}}}')
if creates == 0:
    sys.exit(0)
start = time.perf_counter()
create_times = []
for i in range(creates):
    tag = "apib" + uuid.uuid4().hex[:12]
    headers = dict(bearer)
    headers.update({"Content-Type": "application/json", "MS-RequestId": str(uuid.uuid4())})
    took, _ = call("POST", "/v1/customers", body % (tag, tag), headers)
    create_times.append(took)
elapsed = time.perf_counter() - start
print(f"{creates} creates, one request each: {creates / elapsed:.1f} requests/s"
      f"   median {statistics.median(create_times):.1f} ms   max {max(create_times):.1f} ms"
      f"   (server: median {statistics.median(server_times['POST /v1/customers']):.1f} ms)")
