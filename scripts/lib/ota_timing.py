"""How long "email me a sign-in link" takes to answer for an address that has an account and
for one that has not. The two medians should be the same: the answer must not tell which
addresses have accounts. Prints figures; asserts nothing (run by scripts/ota-timing).

Each address is asked for once, from its own loopback source address, so that the per-address
and per-email request limits never answer instead of the real work.
"""

import http.client
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tests", "outside"))
from keybound import Keybound  # noqa: E402

PAIRS = int(os.environ.get("OTA_PAIRS", "200"))


def ask(kb, source_ip, email):
    host, port = kb.env["KEYBOUND_LISTEN"].split(":")
    conn = http.client.HTTPConnection(host, int(port), source_address=(source_ip, 0), timeout=10)
    body = json.dumps({"email": email})
    conn.connect()
    start = time.perf_counter()
    conn.request("POST", "/login/email", body, {"Content-Type": "application/json", "Origin": kb.base})
    response = conn.getresponse()
    text = response.read()
    elapsed = time.perf_counter() - start
    conn.close()
    if response.status != 200:
        raise RuntimeError(f"{email}: {response.status} {text[:200]!r}")
    return elapsed, text


def main():
    kb = Keybound(smtp=True)
    kb.start()
    try:
        status, _ = kb.call("PATCH", f"{kb.realm_path}/settings", {"settings": {"email_one_time_access": True}})
        assert status == 200
        for i in range(PAIRS):
            body = {"identity": {"display_name": f"Person {i}", "traits": {
                "type": "traits_v0", "username": f"person{i}", "primary_email_address": f"person{i}@example.com"}}}
            status, answer = kb.call("POST", f"{kb.realm_path}/identities", body)
            assert status == 200, answer
        known, unknown, bodies = [], [], set()
        for i in range(PAIRS):
            # Alternate which goes first, so that neither always follows the other's work.
            pair = [("known", f"person{i}@example.com"), ("unknown", f"nobody{i}@example.com")]
            if i % 2:
                pair.reverse()
            for n, (kind, email) in enumerate(pair):
                ip = f"127.{1 + (2 * i + n) // 250}.{(2 * i + n) % 250 + 1}.1"
                elapsed, text = ask(kb, ip, email)
                (known if kind == "known" else unknown).append(elapsed * 1000)
                bodies.add(text)
        def line(name, xs):
            xs = sorted(xs)
            return (f"{name:>8}: median {statistics.median(xs):.3f} ms, p90 {xs[int(len(xs) * 0.9)]:.3f} ms "
                    f"({len(xs)} requests)")
        print(f"database: {os.environ.get('DATABASE_URL') or 'SQLite'}")
        print(line("known", known))
        print(line("unknown", unknown))
        print(f"difference of medians: {statistics.median(known) - statistics.median(unknown):+.3f} ms")
        print(f"distinct answer bodies: {len(bodies)}")
        # The work the answer does not wait for: the worker mails each known address once.
        mail = os.path.join(kb.data_dir, "mail", "new")
        for _ in range(200):
            sent = len(os.listdir(mail)) if os.path.isdir(mail) else 0
            if sent >= PAIRS:
                break
            time.sleep(0.1)
        print(f"sign-in links mailed by the worker: {sent} (one per known address: {PAIRS})")
    finally:
        kb.stop()


if __name__ == "__main__":
    main()
