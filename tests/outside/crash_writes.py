"""Kill -9 under writes: every acknowledged write survives.

Writers create identities and add each one to a group (two writes, each answered only after it
committed) while the server is killed with SIGKILL at a random moment. The server is started
again on the same database and every write that was answered 200 must be there; writes cut off
mid-flight may or may not be. Several rounds on one database, so that recovery after a crash is
itself tested by the next crash.

Run with KEYBOUND_BIN set (and DATABASE_URL for PostgreSQL):  python3 tests/outside/crash_writes.py
"""

import random
import sys
import threading
import time

from keybound import Keybound

WRITERS = 4
ROUNDS = 3


def writer(kb, group_id, name, acknowledged, lock, stop):
    n = 0
    while not stop.is_set():
        n += 1
        username = f"{name}-{n}"
        body = {"identity": {"display_name": username, "traits": {"type": "traits_v0", "username": username}}}
        try:
            status, identity = kb.call("POST", f"{kb.realm_path}/identities", body, timeout=5)
            if status != 200:
                raise RuntimeError(f"creating {username}: {status} {identity}")
            with lock:
                acknowledged["identities"][identity["id"]] = username
            status, answer = kb.call(
                "POST", f"{kb.realm_path}/groups/{group_id}:addMembers", {"identity_ids": [identity["id"]]}, timeout=5
            )
            if status != 200:
                raise RuntimeError(f"adding {username}: {status} {answer}")
            with lock:
                acknowledged["members"].add(identity["id"])
        except (OSError, ConnectionError):
            return  # the server is gone: what was answered is recorded


def listed(kb, path, key):
    ids, token = set(), None
    while True:
        query = "?page_size=200" + (f"&page_token={token}" if token else "")
        status, page = kb.call("GET", f"{kb.realm_path}{path}{query}")
        assert status == 200, (status, page)
        ids.update(item["id"] for item in page[key])
        token = page.get("next_page_token")
        if not token:
            return ids


def main():
    kb = Keybound()
    kb.start()
    status, group = kb.call("POST", f"{kb.realm_path}/groups", {"group": {"display_name": "Crash"}})
    assert status == 200, (status, group)
    acknowledged = {"identities": {}, "members": set()}
    lock = threading.Lock()
    try:
        for round_ in range(1, ROUNDS + 1):
            stop = threading.Event()
            threads = [
                threading.Thread(target=writer, args=(kb, group["id"], f"r{round_}w{i}", acknowledged, lock, stop))
                for i in range(WRITERS)
            ]
            for t in threads:
                t.start()
            time.sleep(random.uniform(1.0, 2.5))
            kb.kill()
            stop.set()
            for t in threads:
                t.join()
            kb.start()
            identities = listed(kb, "/identities", "identities")
            members = listed(kb, f"/groups/{group['id']}:listMembers", "identities")
            lost = set(acknowledged["identities"]) - identities
            lost_members = acknowledged["members"] - members
            print(
                f"round {round_}: {len(acknowledged['identities'])} identities and "
                f"{len(acknowledged['members'])} memberships acknowledged so far; "
                f"{len(identities)} identities present after the kill; lost {len(lost)} + {len(lost_members)}"
            )
            if lost or lost_members:
                print(f"LOST acknowledged writes: {sorted(lost)[:10]} {sorted(lost_members)[:10]}", file=sys.stderr)
                return 1
        if len(acknowledged["identities"]) < 50:
            print("too few writes were acknowledged to mean anything", file=sys.stderr)
            return 1
        return 0
    finally:
        kb.stop()


if __name__ == "__main__":
    sys.exit(main())
