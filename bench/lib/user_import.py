"""Uploads a generated file of users to the import page of a running Partner Hub, as a browser
does (the Faces form posts), and times the check (upload to preview) and the import (Import
to the job showing Done), all lines asking for an Office 365 E3 license.

    python3 bench/lib/user_import.py BASE_URL EMAIL PASSWORD CUSTOMER_ID ROWS
"""
import http.cookiejar
import re
import sys
import time
import urllib.parse
import urllib.request
import uuid

from portal import nonce, view_state

base, email, password, customer, rows = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
page_path = "customer/import-users.xhtml?customer=" + customer


def send(path, data=None, headers=None):
    request = urllib.request.Request(base + "/" + path, data=data)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    with opener.open(request, timeout=600) as answer:
        return answer.read().decode("utf-8")


login = send("login.xhtml")
send("login.xhtml", urllib.parse.urlencode({
    "login": "login", "login:email": email, "login:password": password, "login:signIn": "login:signIn",
    "jakarta.faces.ViewState": view_state(login)}).encode())

lines = ["user_name,first_name,last_name,display_name,contact_email,usage_location,role,licenses"]
tag = uuid.uuid4().hex[:6]
for i in range(rows):
    lines.append(f"bench{tag}.{i:05d},Bench,User {i:05d},,bench{i}@example.com,US,user,O365-E3")
content = ("\r\n".join(lines) + "\r\n").encode("utf-8")
print(f"file: {rows} lines, {len(content) / 1024 / 1024:.2f} MB")

page = send(page_path)
boundary = "----partnerhub" + uuid.uuid4().hex
parts = []
for name, value in {"upload": "upload", "upload:check": "upload:check", "jakarta.faces.ViewState": view_state(page),
                    "primefaces.nonce": nonce(page)}.items():
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="upload:file"; filename="bench.csv"\r\n'
             f'Content-Type: text/csv\r\n\r\n'.encode() + content + b"\r\n")
parts.append(f"--{boundary}--\r\n".encode())
start = time.perf_counter()
checked = send("customer/import-users.xhtml", b"".join(parts),
               {"Content-Type": "multipart/form-data; boundary=" + boundary})
check_ms = (time.perf_counter() - start) * 1000
counts = re.search(r'id="counts">\s*(.*?)\s*</p>', checked, re.S)
if counts is None:
    sys.exit("no preview came back: " + re.sub(r"\s+", " ", checked)[:400])
print(f"check (upload, read, check {rows} lines, preview page): {check_ms:8.0f} ms   [{counts.group(1).strip()}]")

start = time.perf_counter()
answer = send("customer/import-users.xhtml", urllib.parse.urlencode({
    "jakarta.faces.partial.ajax": "true", "jakarta.faces.source": "options:import",
    "jakarta.faces.partial.execute": "options", "jakarta.faces.partial.render": "options jobs messages",
    "options:import": "options:import", "options": "options", "options:skipInvalid": "true",
    "jakarta.faces.ViewState": view_state(checked), "primefaces.nonce": nonce(checked)}).encode(),
    {"Faces-Request": "partial/ajax"})
if "<error>" in answer or "<redirect" in answer:
    sys.exit("the import was refused: " + answer[:400])
while True:
    status = re.search(r'class="status">([^<]+)</span>', send(page_path))
    if status and status.group(1) != "Running":
        break
    if time.perf_counter() - start > 600:
        sys.exit("the import did not finish within 10 minutes")
    time.sleep(0.2)
import_ms = (time.perf_counter() - start) * 1000
print(f"import (Import to Done, polled every 0.2 s):               {import_ms:8.0f} ms   [{status.group(1)}]")
print(f"check + import: {(check_ms + import_ms) / 1000:.1f} s for {rows} users (target: 10 s)")
