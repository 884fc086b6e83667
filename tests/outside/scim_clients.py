"""Keybound's SCIM service provider, checked by others' SCIM software against a running server:

1. scim2-tester, a SCIM compliance checker: every check it runs must pass (no error, no
   critical finding).
2. scim2-client, an independent SCIM client library, used as a provisioning system would: it
   creates people and a group, pages through them with a filter, deactivates one by PATCH
   (Keybound then shows them suspended), removes a member by a value filter, and deletes.

Run with KEYBOUND_BIN set (and DATABASE_URL for PostgreSQL):  python3 tests/outside/scim_clients.py
"""

import collections

from httpx2 import Client
from scim2_client.engines.httpx2 import SyncSCIMClient
from scim2_models import SearchRequest
from scim2_tester import Status, check_server

from keybound import Keybound

PEOPLE = 25


def compliance(client):
    results = check_server(client)
    counts = collections.Counter(r.status.name for r in results)
    failed = [r for r in results if r.status in (Status.ERROR, Status.CRITICAL)]
    for r in failed:
        print(f"  {r.status.name} {r.title} {r.resource_type or ''}: {(r.reason or '')[:300]}")
    assert counts["SUCCESS"] > 50, counts
    assert not failed, f"scim2-tester found {len(failed)} problems"
    print(f"scim2-tester: {dict(counts)}")


def provisioning(kb, client):
    User = client.get_resource_model("User")
    Group = client.get_resource_model("Group")
    ids = []
    for i in range(PEOPLE):
        user = User(user_name=f"scim{i:02}@example.com", display_name=f"Scim {i}",
                    emails=[{"value": f"scim{i:02}@example.com", "primary": True, "type": "work"}],
                    active=True, external_id=f"ext-{i}")
        created = client.create(user)
        assert created.id and created.user_name == user.user_name, created
        ids.append(created.id)

    # Page through a filter, 10 at a time.
    seen = []
    start = 1
    while True:
        page = client.query(User, query_parameters=SearchRequest(
            filter='userName sw "scim"', sort_by="userName", start_index=start, count=10))
        assert page.total_results == PEOPLE, page.total_results
        seen += [u.user_name for u in page.resources or []]
        if start + 10 > page.total_results:
            break
        start += 10
    assert seen == sorted(f"scim{i:02}@example.com" for i in range(PEOPLE)), seen

    # Deactivate one by PATCH: Keybound shows them suspended.
    patched = client.modify(User, ids[3], {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                                          "Operations": [{"op": "replace", "path": "active", "value": False}]})
    assert patched.active is False, patched
    status, identity = kb.call("GET", f"{kb.realm_path}/identities/{ids[3]}")
    assert status == 200 and identity["status"] == "suspended" and identity["source"] == "scim", identity

    # A group with members; one removed by a value filter.
    group = client.create(Group(display_name="SCIM team", members=[{"value": ids[0]}, {"value": ids[1]}]))
    client.modify(Group, group.id, {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                                    "Operations": [{"op": "remove", "path": f'members[value eq "{ids[0]}"]'}]})
    group = client.query(Group, group.id)
    assert [m.value for m in group.members] == [ids[1]], group.members
    status, members = kb.call("GET", f"{kb.realm_path}/groups/{group.id}:listMembers")
    assert status == 200 and [m["id"] for m in members["identities"]] == [ids[1]], members

    # Delete the group and everyone.
    client.delete(Group, group.id)
    for identity_id in ids:
        client.delete(User, identity_id)
    left = client.query(User, query_parameters=SearchRequest(filter='userName sw "scim"'))
    assert left.total_results == 0, left
    print(f"scim2-client: {PEOPLE} people and a group created, paged, patched and deleted")


def main():
    kb = Keybound()
    token = kb.cli("token", "create", "--name", "scim", "--scopes", "scim:*").strip().splitlines()[-1]
    kb.start()
    try:
        base = f"{kb.base}{kb.realm_path}/scim/v2"
        http = Client(base_url=base, headers={"Authorization": f"Bearer {token}"})
        client = SyncSCIMClient(http)
        client.discover()
        compliance(client)
        provisioning(kb, client)
    finally:
        kb.stop()


if __name__ == "__main__":
    main()
