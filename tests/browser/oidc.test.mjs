// Applications signing their users in through Keybound, each with someone else's OpenID
// Connect library verifying what Keybound says: Python authlib as a confidential web app
// (PKCE, client_secret_basic, ID token against the JWKS, userinfo, refresh, revocation) and
// npm openid-client as a public client (PKCE, ID token signature checked against the JWKS,
// userinfo, RP-initiated logout), and the Rust `openidconnect` crate (discovery, ID token
// verified with its own verifier, nonce, at_hash). The person signs in with a passkey in Chromium.
// The console registers an application that authlib then signs in to. DPoP with the nonces
// Keybound asks for; back-channel logout delivered over https to a receiver with a private CA.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { createServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { createPublicKey, createVerify, generateKeyPairSync, sign, verify as verifySignature } from "node:crypto";
import { once } from "node:events";
import * as oidc from "openid-client";
import { startKeybound, launchBrowser, pageWithAuthenticator, freePort, localhostCertificate } from "./harness.mjs";

let kb, browser, realmId, configId, tls;

before(async () => {
  // Back-channel logouts go to receivers on this machine, over https with a certificate from
  // a private CA that Keybound is told to trust; DPoP proofs must carry Keybound's nonces.
  tls = localhostCertificate();
  kb = await startKeybound({
    KEYBOUND_OIDC_BACKCHANNEL_ALLOW: "127.0.0.0/8,::1",
    SSL_CERT_FILE: tls.caFile,
    KEYBOUND_OIDC_DPOP_NONCE: "true",
  });
  browser = await launchBrowser();
  [{ id: realmId }] = JSON.parse(kb.cli("realm", "list", "--json"));
  configId = (await kb.api("POST", "/authenticator-configs", { authenticator_config: { config: { type: "hosted_web" } } })).body.id;
});

after(async () => {
  await browser?.close();
  await kb?.stop();
  tls?.remove();
});

const issuer = () => `${kb.base}/realms/${realmId}`;

/** A person with a passkey in a fresh browser context, not signed in. On PostgreSQL every
 *  browser test file shares one database, so usernames here start with `oidc-`. */
async function personWithPasskey(username, display_name) {
  const person = await kb.api("POST", "/identities", {
    identity: { display_name, traits: { type: "traits_v0", username, primary_email_address: `${username}@example.com` } },
  });
  const job = await kb.api("POST", `/identities/${person.body.id}/credential-binding-jobs`, {
    job: { delivery_method: "RETURN", authenticator_config_id: configId },
  });
  assert.equal(job.status, 200, `${JSON.stringify(person.body)} ${JSON.stringify(job.body)}`);
  const held = await pageWithAuthenticator(browser);
  await held.page.goto(job.body.credential_binding_link);
  await held.page.getByRole("button", { name: "Create passkey" }).click();
  await held.page.waitForSelector("body[data-state=done]", { timeout: 15000 });
  await held.context.clearCookies();
  return { ...held, id: person.body.id };
}

/** On Keybound's sign-in page, the passkey offered in autofill signs in (the virtual
 *  authenticator answers at once); then the person allows the application. */
async function signInAndConsent(page, appName) {
  await page.waitForURL(/\/login\?/, { timeout: 15000 });
  await page.getByRole("heading", { name: `Allow ${appName} to sign you in?` }).waitFor({ timeout: 15000 });
  await page.getByRole("button", { name: "Allow" }).click();
}

/** A public application whose redirect URIs (`/cb`, and `/bye` after signing out) are a small
 *  server on this machine, and openid-client's configuration for it, from discovery. */
async function publicClient(display_name, settings) {
  const port = await freePort();
  const callback = createServer((req, res) => res.end(req.url.startsWith("/bye") ? "signed out" : "back"));
  callback.listen(port, "127.0.0.1");
  await once(callback, "listening");
  const redirect_uri = `http://localhost:${port}/cb`;
  const created = await kb.api("POST", "/applications", {
    application: {
      display_name,
      protocol_config: {
        type: "oidc",
        confidentiality: "public",
        token_endpoint_auth_method: "none",
        redirect_uris: [redirect_uri],
        post_logout_redirect_uris: [`http://localhost:${port}/bye`],
        ...settings,
      },
    },
  });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  const { client_id } = created.body.protocol_config;
  const config = await oidc.discovery(new URL(issuer()), client_id, undefined, oidc.None(), {
    execute: [oidc.allowInsecureRequests],
  });
  const post_logout_redirect_uri = `http://localhost:${port}/bye`;
  return { created: created.body, client_id, config, redirect_uri, post_logout_redirect_uri, close: () => callback.close() };
}

test("authlib (confidential, PKCE): code, ID token verified against the JWKS, userinfo, refresh, revocation", async () => {
  const port = await freePort();
  const created = await kb.api("POST", "/applications", {
    application: {
      display_name: "Wiki",
      protocol_config: {
        type: "oidc",
        confidentiality: "confidential",
        token_endpoint_auth_method: "client_secret_basic",
        redirect_uris: [`http://localhost:${port}/callback`],
        allowed_scopes: ["openid", "profile", "email", "offline_access"],
      },
    },
  });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  const { client_id, client_secret } = created.body.protocol_config;
  const rp = spawn("python3", ["rp/authlib_rp.py", String(port), issuer(), client_id, client_secret], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    await once(rp.stdout, "data");
    const { page, context, id } = await personWithPasskey("oidc-wanda", "Wanda Wiki");
    await page.goto(`http://localhost:${port}/login`);
    await signInAndConsent(page, "Wiki");
    await page.waitForURL(/\/callback\?/, { timeout: 15000 });
    const result = JSON.parse(await page.locator("#result").innerText());
    assert.equal(result.error, undefined, result.error);
    assert.equal(result.iss_param, issuer(), "RFC 9207 iss in the response");
    assert.equal(result.id_token.sub, id);
    assert.equal(result.id_token.iss, issuer());
    assert.equal(result.id_token.aud, client_id);
    assert.deepEqual(result.id_token.amr, ["hwk", "user"], "a device-bound passkey, the person verified");
    assert.equal(result.userinfo.email, "oidc-wanda@example.com");
    assert.equal(result.userinfo.preferred_username, "oidc-wanda");
    assert.equal(result.refreshed, true, "refresh tokens rotate");
    assert.equal(result.refreshed_id_token, id);
    assert.equal(result.old_refresh_status, 200, "the token just replaced works within the grace period");
    assert.equal(result.old_refresh_same_successor, true, "and gives the same successor");
    assert.equal(result.revoke_status, 200);
    assert.equal(result.userinfo_after_revoke, 401, "a revoked access token no longer works");
    assert.equal(result.refresh_token_issued, true);
    // Without offline_access (the consent given covers what is asked): no refresh token.
    await page.goto(`http://localhost:${port}/login?scope=${encodeURIComponent("openid profile")}`);
    await page.waitForURL(/\/callback\?/, { timeout: 15000 });
    const online = JSON.parse(await page.locator("#result").innerText());
    assert.equal(online.error, undefined, online.error);
    assert.equal(online.refresh_token_issued, false, "a refresh token only for offline_access");
    await context.close();
  } finally {
    rp.kill();
  }
});

test("openid-client (public client, PKCE): ID token signature and claims, userinfo, then RP-initiated logout", async () => {
  const client = await publicClient("Notes", { allowed_scopes: ["openid", "profile", "email"] });
  const { client_id, config, redirect_uri, post_logout_redirect_uri } = client;
  assert.equal(client.created.protocol_config.client_secret, undefined, "a public client has no secret");
  try {
    // Verify the ID token's signature against the JWKS too, not only what TLS would vouch for.
    oidc.enableNonRepudiationChecks(config);
    const verifier = oidc.randomPKCECodeVerifier();
    const nonce = oidc.randomNonce();
    const state = oidc.randomState();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri,
      scope: "openid profile email",
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      nonce,
      state,
    });
    const { page, context, id } = await personWithPasskey("oidc-nora", "Nora Notes");
    await page.goto(url.href);
    await signInAndConsent(page, "Notes");
    await page.waitForURL(/\/cb\?/, { timeout: 15000 });
    const tokens = await oidc.authorizationCodeGrant(config, new URL(page.url()), {
      pkceCodeVerifier: verifier,
      expectedNonce: nonce,
      expectedState: state,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    assert.equal(claims.sub, id);
    assert.equal(claims.iss, issuer());
    assert.equal(claims.nonce, nonce);
    const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    assert.equal(info.name, "Nora Notes");

    // A second sign-in reuses the Keybound session and the consent: straight back with a code.
    const again = oidc.buildAuthorizationUrl(config, {
      redirect_uri,
      scope: "openid",
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
    });
    await page.goto(again.href);
    await page.waitForURL(/\/cb\?code=/, { timeout: 15000 });

    const logout = oidc.buildEndSessionUrl(config, { id_token_hint: tokens.id_token, post_logout_redirect_uri, state: "bye-1" });
    await page.goto(logout.href);
    await page.waitForURL(`${post_logout_redirect_uri}?state=bye-1`, { timeout: 15000 });
    const me = await fetch(`${kb.base}/account/me`, { headers: { cookie: (await context.cookies(kb.base)).map((c) => `${c.name}=${c.value}`).join("; ") } });
    assert.equal(me.status, 401, "signed out of Keybound");
    await assert.rejects(oidc.fetchUserInfo(config, tokens.access_token, claims.sub), "the session's tokens ended with it");
    await context.close();
  } finally {
    client.close();
  }
});

test("the openidconnect crate (Rust): discovery, code with PKCE, ID token signature, nonce and at_hash", async () => {
  const port = await freePort();
  const created = await kb.api("POST", "/applications", {
    application: {
      display_name: "Ledger",
      protocol_config: { type: "oidc", redirect_uris: [`http://localhost:${port}/callback`], allowed_scopes: ["openid", "profile"] },
    },
  });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  const { client_id, client_secret } = created.body.protocol_config;
  const bin = process.env.OIDC_RP_BIN ?? join(dirname(process.env.KEYBOUND_BIN), "oidc-rp");
  const rp = spawn(bin, [String(port), issuer(), client_id, client_secret], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    await once(rp.stdout, "data");
    const { page, context, id } = await personWithPasskey("oidc-lars", "Lars Ledger");
    await page.goto(`http://localhost:${port}/login`);
    await signInAndConsent(page, "Ledger");
    await page.waitForURL(/\/callback\?/, { timeout: 15000 });
    const result = JSON.parse(await page.locator("#result").innerText());
    assert.equal(result.error, undefined, result.error);
    assert.equal(result.sub, id);
    assert.equal(result.iss, issuer());
    assert.deepEqual(result.aud, [client_id]);
    assert.equal(result.preferred_username, "oidc-lars");
    assert.equal(result.alg, "RsaSsaPkcs1V15Sha256");
    await context.close();
  } finally {
    rp.kill();
  }
});

test("the SDK's authenticate() signs in on the application's own page and returns the code for its back end", async () => {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const app = createServer((req, res) => {
    res.setHeader("Content-Type", "text/html");
    res.end("<!doctype html><title>Shop</title><h1>Shop</h1>");
  });
  app.listen(port, "127.0.0.1");
  await once(app, "listening");
  const register = (skip_consent) =>
    kb.api("POST", "/applications", {
      application: {
        display_name: skip_consent ? "Shop" : "Shop (asks consent)",
        skip_consent,
        protocol_config: { type: "oidc", confidentiality: "public", redirect_uris: [`${origin}/done`], allowed_scopes: ["openid", "profile"] },
      },
    });
  const shop = (await register(true)).body.protocol_config.client_id;
  const asking = (await register(false)).body.protocol_config.client_id;
  try {
    const { page, context, id } = await personWithPasskey("oidc-sam", "Sam Shopper");
    await page.goto(`${origin}/`);
    const run = (clientId) =>
      page.evaluate(
        async ({ sdk, clientId, redirectUri }) => {
          const { authenticate } = await import(sdk);
          try {
            return await authenticate({ clientId, redirectUri, scope: "openid profile", state: "s-1", nonce: "n-1" });
          } catch (e) {
            return { error: e.code, message: e.message };
          }
        },
        { sdk: `${kb.base}/sdk/keybound.js`, clientId, redirectUri: `${origin}/done` },
      );
    assert.equal(new URL(page.url()).origin, origin, "the ceremony runs on the application's page");
    const refused = await run(asking);
    assert.equal(refused.error, "consent_required", JSON.stringify(refused));
    const done = await run(shop);
    assert.ok(done.redirectUrl, JSON.stringify(done));
    const back = new URL(done.redirectUrl);
    assert.equal(back.origin + back.pathname, `${origin}/done`);
    assert.equal(back.searchParams.get("state"), "s-1");
    // The back end's exchange, with the verifier the SDK made.
    const config = await oidc.discovery(new URL(issuer()), shop, undefined, oidc.None(), { execute: [oidc.allowInsecureRequests] });
    const tokens = await oidc.authorizationCodeGrant(config, back, {
      pkceCodeVerifier: done.codeVerifier,
      expectedNonce: "n-1",
      expectedState: "s-1",
      idTokenExpected: true,
    });
    assert.equal(tokens.claims().sub, id);
    await context.close();
  } finally {
    app.close();
  }
});

test("the console registers an application: issuer and secret copied from its page, authlib signs in with them, the sign-in shows in its activity; a rotated secret locks the old one out; a deleted application is refused", async () => {
  const admin = await pageWithAuthenticator(browser);
  const { page } = admin;
  await page.goto(kb.cli("admin", "link", "--username", "oidc-admin", "--create").trim().split("\n").pop());
  await page.getByRole("button", { name: "Create passkey" }).click();
  await page.waitForURL(/\/console$/, { timeout: 15000 });
  await page.getByRole("link", { name: "Applications", exact: true }).click();
  assert.equal(await page.locator("#issuer").inputValue(), issuer());
  assert.equal(await page.locator("#discovery").inputValue(), `${issuer()}/.well-known/openid-configuration`);

  await page.getByRole("link", { name: "New application" }).click();
  const port = await freePort();
  await page.getByLabel("Name").fill("Tracker");
  await page.getByLabel("Redirect URIs, one per line", { exact: true }).fill("http://tracker.example.com/callback");
  await page.getByLabel("offline_access").check();
  await page.getByLabel("client_credentials").check();
  await page.getByRole("button", { name: "Create application" }).click();
  assert.match(await page.locator("#form-error").innerText(), /see the fields marked below/);
  const redirects = page.getByLabel("Redirect URIs, one per line", { exact: true });
  assert.equal(await redirects.getAttribute("aria-invalid"), "true");
  assert.match(await page.locator("#redirect_uris-error").innerText(), /^Line 1: .*https/, "plain http off loopback is refused, beside its field");
  assert.equal(await redirects.inputValue(), "http://tracker.example.com/callback");
  assert.equal(await page.getByLabel("Name").inputValue(), "Tracker", "what was typed is kept");
  assert.ok(await page.getByLabel("offline_access").isChecked());
  const none = await kb.api("GET", "/applications");
  assert.ok(!none.body.applications.some((a) => a.display_name === "Tracker"), "nothing was saved");

  await page.getByLabel("Redirect URIs, one per line", { exact: true }).fill(`http://localhost:${port}/callback`);
  await page.getByRole("button", { name: "Create application" }).click();
  const clientId = await page.locator("#new-client-id").inputValue();
  const secret = await page.locator("#client-secret").inputValue();
  assert.match(clientId, /^[0-9a-f]{32}$/);
  await page.getByRole("link", { name: "Close" }).click();
  await page.waitForURL(/\/console\/applications\/[0-9a-f]{16}$/);
  assert.equal(await page.locator("#client-id").inputValue(), clientId);
  assert.equal(await page.locator("#client-secret").count(), 0, "the secret is shown once");

  const rp = spawn("python3", ["rp/authlib_rp.py", String(port), issuer(), clientId, secret], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    await once(rp.stdout, "data");
    const person = await personWithPasskey("oidc-tess", "Tess Tracker");
    await person.page.goto(`http://localhost:${port}/login`);
    await signInAndConsent(person.page, "Tracker");
    await person.page.waitForURL(/\/callback\?/, { timeout: 15000 });
    const result = JSON.parse(await person.page.locator("#result").innerText());
    assert.equal(result.error, undefined, result.error);
    assert.equal(result.id_token.sub, person.id);
    await person.context.close();
  } finally {
    rp.kill();
  }
  await page.reload();
  const activity = await page.locator("#activity").innerText();
  assert.match(activity, /Tess Tracker\s+application\.signed_in\s+Success\s+signed in to "Tracker"/);

  // Edited on the same form.
  await page.getByLabel("Name").fill("Tracker 2");
  await page.getByRole("button", { name: "Save" }).click();
  await page.waitForURL(/\/console\/applications\/[0-9a-f]{16}$/);
  assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Tracker 2");
  assert.ok(await page.getByLabel("offline_access").isChecked(), "what was not changed stays");

  const grant = async (s) =>
    (
      await fetch(`${issuer()}/token`, {
        method: "POST",
        headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${s}`).toString("base64")}`, "Content-Type": "application/x-www-form-urlencoded" },
        body: "grant_type=client_credentials",
      })
    ).status;
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Rotate secret" }).click();
  const rotated = await page.locator("#client-secret").inputValue();
  assert.notEqual(rotated, secret);
  assert.equal(await grant(secret), 401, "the old secret stops working at once");
  assert.equal(await grant(rotated), 200);

  await page.getByRole("link", { name: "Close" }).click();
  await page.getByRole("link", { name: "Delete application" }).click();
  await page.getByRole("button", { name: "Delete application" }).click();
  await page.waitForURL(/\/console\/applications$/);
  assert.doesNotMatch(await page.locator("#applications").innerText(), /Tracker/);
  assert.notEqual(await grant(rotated), 200, "a deleted application gets no token");
  await admin.context.close();
});

test("openid-client runs the device flow (a TV's sign-in approved in Chromium with a passkey) and pushes its authorization request (PAR)", async () => {
  const client = await publicClient("Telly", {
    allowed_scopes: ["openid", "profile"],
    grant_types: ["authorization_code", "urn:ietf:params:oauth:grant-type:device_code"],
    require_pushed_authorization_requests: true,
  });
  const { client_id, config, redirect_uri } = client;
  try {
    oidc.enableNonRepudiationChecks(config);

    // The device shows a code; the person opens the link in their browser (not signed in
    // there yet), signs in with their passkey, is brought back, and allows it.
    const device = await oidc.initiateDeviceAuthorization(config, { scope: "openid profile" });
    assert.match(device.user_code, /^[3-9A-Y]{4}-[3-9A-Y]{4}$/);
    assert.equal(device.verification_uri, `${kb.base}/device`);
    const polled = oidc.pollDeviceAuthorizationGrant(config, device);
    const { page, context, id } = await personWithPasskey("oidc-telly", "Tel Ly");
    await page.goto(device.verification_uri_complete);
    await page.waitForURL(/\/login\?/, { timeout: 15000 });
    await page.waitForURL(/\/device\?user_code=/, { timeout: 15000 });
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "Let Telly sign in on your device?" }).waitFor({ timeout: 15000 });
    await page.getByRole("button", { name: "Allow" }).click();
    await page.getByRole("heading", { name: "Device connected" }).waitFor({ timeout: 15000 });
    const tokens = await polled;
    assert.equal(tokens.claims().sub, id);
    assert.equal(tokens.claims().name, "Tel Ly");

    // The app takes pushed requests only: openid-client pushes it and sends the browser on.
    const verifier = oidc.randomPKCECodeVerifier();
    const url = await oidc.buildAuthorizationUrlWithPAR(config, {
      redirect_uri,
      scope: "openid",
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state: "par-1",
    });
    assert.match(url.searchParams.get("request_uri"), /^urn:ietf:params:oauth:request_uri:/);
    await page.goto(url.href);
    await page.getByRole("heading", { name: "Allow Telly to sign you in?" }).waitFor({ timeout: 15000 });
    await page.getByRole("button", { name: "Allow" }).click();
    await page.waitForURL(/\/cb\?/, { timeout: 15000 });
    const pushed = await oidc.authorizationCodeGrant(config, new URL(page.url()), {
      pkceCodeVerifier: verifier,
      expectedState: "par-1",
      idTokenExpected: true,
    });
    assert.equal(pushed.claims().sub, id);
    // The same request_uri does not work twice.
    await page.goto(url.href);
    assert.match(await page.locator("h1").innerText(), /expired/i);
    await context.close();
  } finally {
    client.close();
  }
});

test("openid-client binds its tokens to its key with DPoP: userinfo and refresh work only with proofs of that key", async () => {
  const client = await publicClient("Vault", {
    allowed_scopes: ["openid", "profile", "offline_access"],
    dpop_bound_access_tokens: true,
  });
  const { client_id, config, redirect_uri } = client;
  try {
    assert.ok(config.serverMetadata().dpop_signing_alg_values_supported.includes("ES256"));
    const DPoP = oidc.getDPoPHandle(config, await oidc.randomDPoPKeyPair("ES256"));
    const verifier = oidc.randomPKCECodeVerifier();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri,
      scope: "openid profile offline_access",
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state: "dpop-1",
    });
    const { page, context, id } = await personWithPasskey("oidc-vera", "Vera Vault");
    await page.goto(url.href);
    await signInAndConsent(page, "Vault");
    await page.waitForURL(/\/cb\?/, { timeout: 15000 });
    const tokens = await oidc.authorizationCodeGrant(
      config,
      new URL(page.url()),
      { pkceCodeVerifier: verifier, expectedState: "dpop-1", idTokenExpected: true },
      undefined,
      { DPoP },
    );
    assert.equal(tokens.token_type.toLowerCase(), "dpop");
    const info = await oidc.fetchUserInfo(config, tokens.access_token, id, { DPoP });
    assert.equal(info.name, "Vera Vault");
    await assert.rejects(oidc.fetchUserInfo(config, tokens.access_token, id), "as a bearer token it is refused");
    const otherKey = oidc.getDPoPHandle(config, await oidc.randomDPoPKeyPair("ES256"));
    await assert.rejects(oidc.refreshTokenGrant(config, tokens.refresh_token, undefined, { DPoP: otherKey }), "another key cannot refresh");
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token, undefined, { DPoP });
    assert.equal(refreshed.token_type.toLowerCase(), "dpop");
    // openid-client did all this with the nonces Keybound asks for: a proof without one is
    // answered use_dpop_nonce with a nonce to use.
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const { kty, crv, x, y } = publicKey.export({ format: "jwk" });
    const part = (v) => Buffer.from(JSON.stringify(v)).toString("base64url");
    const input = `${part({ typ: "dpop+jwt", alg: "ES256", jwk: { kty, crv, x, y } })}.${part({
      jti: oidc.randomState(),
      htm: "POST",
      htu: `${issuer()}/token`,
      iat: Math.floor(Date.now() / 1000),
    })}`;
    const signature = sign("sha256", Buffer.from(input), { key: privateKey, dsaEncoding: "ieee-p1363" });
    const asked = await fetch(`${issuer()}/token`, {
      method: "POST",
      headers: { DPoP: `${input}.${signature.toString("base64url")}` },
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshed.refresh_token, client_id }),
    });
    assert.equal(asked.status, 400);
    assert.equal((await asked.json()).error, "use_dpop_nonce");
    assert.ok(asked.headers.get("dpop-nonce"), "with a DPoP-Nonce to use");
    await context.close();
  } finally {
    client.close();
  }
});

/** Does the JWT's signature hold for one of the keys of the issuer's JWKS? Its claims if so. */
async function verifiedClaims(jwt) {
  const [head, body, signature] = jwt.split(".");
  const header = JSON.parse(Buffer.from(head, "base64url"));
  const { keys } = await (await fetch(`${issuer()}/jwks`)).json();
  const jwk = keys.find((k) => k.kid === header.kid);
  assert.ok(jwk, `the JWKS has the key ${header.kid}`);
  const key = createPublicKey({ key: jwk, format: "jwk" });
  const input = Buffer.from(`${head}.${body}`);
  const sig = Buffer.from(signature, "base64url");
  const holds =
    header.alg === "EdDSA"
      ? verifySignature(null, input, key, sig)
      : header.alg === "ES256"
        ? verifySignature("sha256", input, { key, dsaEncoding: "ieee-p1363" }, sig)
        : createVerify("RSA-SHA256").update(input).verify(key, sig);
  assert.ok(holds, `the ${header.alg} signature holds`);
  return JSON.parse(Buffer.from(body, "base64url"));
}

test("a suspension reaches the application's https back-channel logout receiver: one logout token per session, signed, with sub and sid", async () => {
  const received = [];
  const receiver = createHttpsServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ path: req.url, type: req.headers["content-type"], form: new URLSearchParams(body) });
      res.end();
    });
  });
  receiver.listen(0, "127.0.0.1");
  await once(receiver, "listening");
  const client = await publicClient("Ledger", {
    allowed_scopes: ["openid"],
    backchannel_logout_uri: `https://localhost:${receiver.address().port}/backchannel?app=ledger`,
  });
  const { client_id, config, redirect_uri } = client;
  try {
    const verifier = oidc.randomPKCECodeVerifier();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri,
      scope: "openid",
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state: "bc-1",
    });
    const { page, context, id } = await personWithPasskey("oidc-leda", "Leda Ledger");
    await page.goto(url.href);
    await signInAndConsent(page, "Ledger");
    await page.waitForURL(/\/cb\?/, { timeout: 15000 });
    const tokens = await oidc.authorizationCodeGrant(config, new URL(page.url()), {
      pkceCodeVerifier: verifier,
      expectedState: "bc-1",
      idTokenExpected: true,
    });
    const sid = tokens.claims().sid;
    assert.ok(sid, "the ID token names its session");

    const suspended = await kb.api("PATCH", `/identities/${id}`, { identity: { status: "suspended" } });
    assert.equal(suspended.status, 200, JSON.stringify(suspended.body));
    for (let i = 0; received.length === 0 && i < 150; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(received.length, 1, "one logout token for the one session");
    const [delivery] = received;
    assert.equal(delivery.path, "/backchannel?app=ledger");
    assert.equal(delivery.type, "application/x-www-form-urlencoded");
    const claims = await verifiedClaims(delivery.form.get("logout_token"));
    assert.equal(claims.iss, issuer());
    assert.equal(claims.aud, client_id);
    assert.equal(claims.sub, id);
    assert.equal(claims.sid, sid, "the session it ended");
    assert.ok(claims.events["http://schemas.openid.net/event/backchannel-logout"]);
    assert.equal(claims.nonce, undefined, "a logout token carries no nonce");
    await context.close();
  } finally {
    receiver.close();
    client.close();
  }
});
