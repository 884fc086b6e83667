"""The REST API against its own OpenAPI document, by schemathesis: every check it has
(no 5xx, status codes, content types, headers and bodies as documented, valid data accepted,
invalid data refused, `Allow` on 405, auth not ignored, deleted things gone), a few hundred
generated cases per operation, against a running `keybound serve`.

Path parameters name real resources most of the time (a tenant, realm, identity, group, ...
made here first), and anything else the rest of the time, so that both the found and the
not-found answers are tested.

Run with KEYBOUND_BIN set (and DATABASE_URL for PostgreSQL); ST_MAX_EXAMPLES sets the cases
per operation (default 80). Exits non-zero on any failure.
"""

import json
import os
import subprocess
import sys
import tempfile

from keybound import Keybound

MAX_EXAMPLES = int(os.environ.get("ST_MAX_EXAMPLES", "80"))


def made(kb, path, body, key="id"):
    status, answer = kb.call("POST", f"{kb.realm_path}{path}", body)
    assert status == 200, (path, status, answer)
    return answer[key] if key else answer


def fixtures(kb):
    """A few of each resource, so that path parameters can name real ones."""
    ids = {"tenant_id": [kb.tenant_id], "realm_id": [kb.realm_id]}
    people = [
        made(kb, "/identities", {"identity": {"display_name": f"Person {i}", "traits": {
            "type": "traits_v0", "username": f"person{i}", "primary_email_address": f"person{i}@example.com"}}})
        for i in range(3)
    ]
    ids["identity_id"] = people
    ids["group_id"] = [made(kb, "/groups", {"group": {"display_name": f"Group {i}"}}) for i in range(2)]
    ids["authenticator_config_id"] = [made(kb, "/authenticator-configs", {"authenticator_config": {
        "display_name": "Hosted", "config": {"type": "hosted_web", "trusted_origins": [kb.base]}}})]
    job = made(kb, f"/identities/{people[0]}/credential-binding-jobs", {"job": {
        "delivery_method": "RETURN", "authenticator_config_id": ids["authenticator_config_id"][0]}}, key=None)
    ids["job_id"] = [job["credential_binding_job"]["id"]]
    ids["email_template_id"] = [made(kb, "/email-templates", {"email_template": {
        "name": "Plain", "subject": "Hi", "html": "<p>{{ link }}</p>", "text": "{{ link }}"}})]
    token = made(kb, "/signup-tokens", {"signup_token": {"usage_limit": 5}}, key=None)
    status, api_token = kb.call("POST", f"/v1/tenants/{kb.tenant_id}/api-tokens",
                                {"api_token": {"name": "spare", "scopes": ["identities:read"]}})
    assert status == 200, api_token
    # `token_id` names a sign-up token in one path and an API token in another. Never the
    # token these requests are made with: deleting it would end the run.
    ids["token_id"] = [token["signup_token"]["id"], api_token["api_token"]["id"]]
    ids["application_id"] = [made(kb, "/applications", {"application": {"display_name": "Wiki", "protocol_config": {
        "type": "oidc", "redirect_uris": ["https://wiki.example.com/callback"]}}}) for _ in range(2)]
    return ids


def page_tokens(kb):
    """Real `next_page_token`s: a page token is one this server gave out, which no schema can
    say, so the generated ones are drawn from these (and the empty one)."""
    tokens = [""]
    for path, key in (("/identities", "identities"), ("/groups", "groups")):
        status, page = kb.call("GET", f"{kb.realm_path}{path}?page_size=1")
        assert status == 200 and page.get("next_page_token"), (path, page)
        tokens.append(page["next_page_token"])
    return tokens


# Operations whose bodies have rules across fields or against stored state that a schema
# cannot state (an embedded config needs an invoke URL; a code lives 60-900 s, a link up to 90
# days; a redirect must be on the config's trusted origins; a template must parse; an expiry
# must be in the future): for these, a schema-valid body may also get a 400 or 422 naming the
# field. Every other operation must accept every schema-valid request.
STATEFUL_RULES = [
    ("POST", "/credential-binding-jobs$"),
    ("POST", "/authenticator-configs$"),
    ("PATCH", "/authenticator-configs/{authenticator_config_id}$"),
    ("POST", "/email-templates$"),
    ("PATCH", "/email-templates/{email_template_id}$"),
    ("POST", "/api-tokens$"),
    ("POST", "/signup-tokens$"),
    # Redirect URIs are checked by rules no schema states (no wildcard, https off loopback, ...).
    ("POST", "/applications$"),
    ("PATCH", "/applications/{application_id}$"),
    # The server's environment fixes the LDAP URL and base DN (409 when a request changes
    # them); the other fields have rules of their own (filters in parentheses, a lifetime).
    ("PATCH", "/ldap-config$"),
]
# The fixed LDAP URL answers nobody, so a sync answers 502 (the directory failed, nothing
# changed) or 409 (not allowed now). Schemathesis takes the first entry that matches an
# operation, so this one comes first.
STATEFUL_RULES.insert(0, ("POST", "/ldap-config:sync$", [502]))
SYNC = "/ldap-config:sync$"
# One API token's path. Schemathesis reuses ids it finds in answers, and the list of tokens
# holds the token these requests are made with: deleting it would leave every later request,
# the sync's run too, a 401. So this path gets a run of its own, where only the ids supplied
# here (and made-up ones) reach it.
ONE_TOKEN = r"/api-tokens/\{token_id\}$"


def config(kb, ids):
    lines = [
        # One worker: with two, CPython 3.11 (the machine's Python) sometimes fails inside
        # hypothesis with "AST constructor recursion depth mismatch", a thread-safety bug of `ast`.
        "workers = 1",
        "continue-on-failure = true",
        "[headers]",
        f'Authorization = "Bearer {kb.token}"',
        "[generation]",
        f"max-examples = {MAX_EXAMPLES}",
        # No string may hold NUL (PostgreSQL cannot store it); every request with one, anywhere,
        # is refused with a 400, which the Rust tests check. Not generated here.
        "allow-x00 = false",
        # A body over the server's size limit is refused before it is read, with 413; for a
        # schema-violating request that is a rejection too.
        "[checks.negative_data_rejection]",
        'expected-statuses = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429"]',
        "[parameters]",
        '"query.page_token" = { dictionary = "page_token", probability = 1.0 }',
    ]
    for name in ids:
        lines.append(f'"path.{name}" = {{ dictionary = "{name}", probability = 0.8 }}')
    lines.append("[dictionaries]")
    ids = {**ids, "page_token": page_tokens(kb)}
    for name, values in ids.items():
        lines.append(f"{name} = {{ values = {json.dumps(values)} }}")
    for method, path, *more in STATEFUL_RULES:
        statuses = [200, 400, 401, 403, 404, 409, 422, *(more[0] if more else [])]
        lines += [
            "[[operations]]",
            f'include-method = "{method}"',
            f'include-path-regex = "{path}"',
            "[operations.checks.positive_data_acceptance]",
            f"expected-statuses = {statuses}",
        ]
    return "\n".join(lines) + "\n"


def main():
    # An LDAP directory that is configured but answers nobody (port 1 on loopback refuses at once).
    kb = Keybound(extra_env={"KEYBOUND_LDAP_URL": "ldap://127.0.0.1:1", "KEYBOUND_LDAP_BASE_DN": "dc=example,dc=org"})
    kb.start()
    try:
        ids = fixtures(kb)
        with tempfile.TemporaryDirectory() as tmp:
            toml = os.path.join(tmp, "schemathesis.toml")
            with open(toml, "w") as f:
                f.write(config(kb, ids))
            command = [
                "st", "--config-file", toml, "run", f"{kb.base}/v1/openapi.json",
                "--checks", "all", "--no-color", "--output-truncate", "false",
                "--request-timeout", "10",
                *sys.argv[1:],
            ]
            print(" ".join(command[:6]), "...", flush=True)
            everything = subprocess.run(
                [*command, "--exclude-path-regex", f"{SYNC}|{ONE_TOKEN}"], cwd=tmp
            ).returncode
            print("one API token, read and deleted by ids this run supplies", flush=True)
            tokens = subprocess.run([*command, "--include-path-regex", ONE_TOKEN], cwd=tmp).returncode
            # The sync, with every check but the one that forbids its documented 502: the
            # answer must still be a documented status with a body of the documented shape.
            print("the LDAP sync, whose documented 502 is what this directory gives", flush=True)
            sync = subprocess.run(
                [*command, "--include-path-regex", SYNC, "--exclude-checks", "not_a_server_error"], cwd=tmp
            ).returncode
            # Were the runs above made with a token that still works? If not, whatever they
            # tested after it stopped saw only 401s. Said loudly, not yet failed on: the one path
            # known to delete it is kept out of the main run above.
            status, answer = kb.call("GET", f"/v1/tenants/{kb.tenant_id}/api-tokens")
            if status != 200:
                print(f"WARNING: the runs' own API token stopped working: {status} {answer}", flush=True)
            return everything or tokens or sync
    finally:
        kb.stop()


if __name__ == "__main__":
    sys.exit(main())
