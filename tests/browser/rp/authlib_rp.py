"""A confidential OpenID Connect relying party built on authlib, as a web app would use it:
/login sends the browser to Keybound (PKCE S256, state, nonce); /callback exchanges the code
with client_secret_basic, verifies the ID token against the provider's JWKS with authlib's own
code (signature, iss, aud, exp, nonce, at_hash), calls userinfo, refreshes, revokes, and shows
what happened as JSON in <pre id="result">.

    python3 authlib_rp.py PORT ISSUER CLIENT_ID CLIENT_SECRET
"""

import json
import sys
from urllib.parse import parse_qs
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests
from authlib.common.security import generate_token
from authlib.integrations.requests_client import OAuth2Session
from authlib.jose import JsonWebKey, jwt
from authlib.oidc.core import CodeIDToken

PORT, ISSUER, CLIENT_ID, CLIENT_SECRET = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
REDIRECT = f"http://localhost:{PORT}/callback"
META = requests.get(f"{ISSUER}/.well-known/openid-configuration", timeout=10).json()
PENDING = {}


def session(scope="openid profile email offline_access", **kw):
    return OAuth2Session(
        CLIENT_ID,
        CLIENT_SECRET,
        scope=scope,
        redirect_uri=REDIRECT,
        code_challenge_method="S256",
        token_endpoint_auth_method="client_secret_basic",
        **kw,
    )


def verify_id_token(id_token, nonce, access_token):
    keys = JsonWebKey.import_key_set(requests.get(META["jwks_uri"], timeout=10).json())
    claims = jwt.decode(
        id_token,
        keys,
        claims_cls=CodeIDToken,
        claims_options={"iss": {"essential": True, "value": ISSUER}, "aud": {"essential": True, "value": CLIENT_ID}},
        claims_params={"nonce": nonce, "client_id": CLIENT_ID, "access_token": access_token},
    )
    claims.validate()
    return dict(claims)


def flow(query):
    params = {k: v[0] for k, v in parse_qs(query).items()}
    state = params.get("state", "")
    pending = PENDING.pop(state, None)
    if pending is None:
        return {"error": "unknown state"}
    client = session(scope=pending["scope"], state=state)
    token = client.fetch_token(
        META["token_endpoint"],
        authorization_response=f"{REDIRECT}?{query}",
        code_verifier=pending["verifier"],
    )
    out = {"iss_param": params.get("iss")}
    out["id_token"] = verify_id_token(token["id_token"], pending["nonce"], token["access_token"])
    out["userinfo"] = client.get(META["userinfo_endpoint"]).json()
    out["refresh_token_issued"] = "refresh_token" in token
    if "offline_access" not in pending["scope"].split():
        return out
    refreshed = client.refresh_token(META["token_endpoint"], refresh_token=token["refresh_token"])
    out["refreshed"] = refreshed["refresh_token"] != token["refresh_token"]
    out["refreshed_id_token"] = verify_id_token(refreshed["id_token"], None, refreshed["access_token"])["sub"]
    old = requests.post(
        META["token_endpoint"],
        data={"grant_type": "refresh_token", "refresh_token": token["refresh_token"]},
        auth=(CLIENT_ID, CLIENT_SECRET),
        timeout=10,
    )
    # Within the grace period (another worker refreshing at once) the same successor comes back.
    out["old_refresh_status"] = old.status_code
    out["old_refresh_same_successor"] = old.json().get("refresh_token") == refreshed["refresh_token"]
    revoked = client.revoke_token(META["revocation_endpoint"], token=refreshed["access_token"], token_type_hint="access_token")
    out["revoke_status"] = revoked.status_code
    after = requests.get(META["userinfo_endpoint"], headers={"Authorization": f"Bearer {refreshed['access_token']}"}, timeout=10)
    out["userinfo_after_revoke"] = after.status_code
    return out


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status, body, headers=()):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body.encode())

    def do_GET(self):
        path, _, query = self.path.partition("?")
        if path == "/login":
            # /login?scope=… asks for other scopes than the default (which has offline_access).
            scope = parse_qs(query).get("scope", ["openid profile email offline_access"])[0]
            verifier, nonce = generate_token(48), generate_token(20)
            uri, state = session(scope=scope).create_authorization_url(
                META["authorization_endpoint"], nonce=nonce, code_verifier=verifier
            )
            PENDING[state] = {"verifier": verifier, "nonce": nonce, "scope": scope}
            return self.send(302, "", [("Location", uri)])
        if path == "/callback":
            try:
                result = flow(query)
            except Exception as e:  # shown to the test, which fails with it
                result = {"error": f"{type(e).__name__}: {e}"}
            return self.send(200, f'<pre id="result">{json.dumps(result)}</pre>')
        self.send(404, "not found")


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", PORT), Handler)
    print("ready", flush=True)
    server.serve_forever()
