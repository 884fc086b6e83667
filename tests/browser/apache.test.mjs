// Debian's Apache with mod_auth_openidc, a widely deployed relying party, protects a page with
// Keybound: a person signs in there with a passkey in Chromium; Apache's workers all refresh the
// same token at once when it is about to expire, and the person stays signed in; signing out at
// Apache signs them out of Keybound; and a suspension in Keybound ends their Apache session
// through back-channel logout (Apache finds the session by the logout token's `sid`).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startKeybound, launchBrowser, pageWithAuthenticator, freePort } from "./harness.mjs";

const APACHE = "/usr/sbin/apache2";
const MODULES = "/usr/lib/apache2/modules";

let kb, browser, apache, person, held;

/** Apache on `port` in a directory of its own, protecting /protected/ with `client`. */
async function startApache(port, issuer, client) {
  const dir = mkdtempSync(join(tmpdir(), "keybound-apache-"));
  // Run as root, Apache serves from its own user, which must read the pages.
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, "www/protected/refreshing"), { recursive: true });
  writeFileSync(join(dir, "www/protected/index.html"), "<!doctype html><title>Payroll</title><h1>Payroll</h1>\n");
  writeFileSync(join(dir, "www/protected/refreshing/index.html"), "<!doctype html><title>Payslips</title><h1>Payslips</h1>\n");
  writeFileSync(join(dir, "www/signed-out.html"), "<!doctype html><title>Signed out</title><h1>Signed out</h1>\n");
  const asRoot = process.getuid?.() === 0;
  const conf = `
ServerRoot ${dir}
ServerName localhost
Listen 127.0.0.1:${port}
PidFile ${dir}/apache.pid
DefaultRuntimeDir ${dir}
ErrorLog ${dir}/error.log
# At debug level the log shows each refresh request, which the refresh test counts.
LogLevel warn auth_openidc:debug
${asRoot ? "User www-data\nGroup www-data" : ""}
LoadModule mpm_prefork_module ${MODULES}/mod_mpm_prefork.so
LoadModule authn_core_module ${MODULES}/mod_authn_core.so
LoadModule authz_core_module ${MODULES}/mod_authz_core.so
LoadModule authz_user_module ${MODULES}/mod_authz_user.so
LoadModule auth_openidc_module ${MODULES}/mod_auth_openidc.so
LoadModule dir_module ${MODULES}/mod_dir.so
LoadModule mime_module ${MODULES}/mod_mime.so
# Several worker processes, so that requests arriving together are served in parallel.
StartServers 8
MinSpareServers 8
MaxSpareServers 16
MaxRequestWorkers 16
TypesConfig /etc/mime.types
DocumentRoot ${dir}/www
DirectoryIndex index.html
<Directory ${dir}/www>
  Require all granted
</Directory>

OIDCProviderMetadataURL ${issuer}/.well-known/openid-configuration
OIDCClientID ${client.client_id}
OIDCClientSecret ${client.client_secret}
OIDCRedirectURI http://localhost:${port}/protected/redirect_uri
OIDCCryptoPassphrase ${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}
OIDCScope "openid profile email offline_access"
# Keybound asks every client for PKCE.
OIDCPKCEMethod S256
OIDCRemoteUserClaim preferred_username
OIDCInfoHook iat access_token access_token_expires id_token userinfo refresh_token session
<Location /protected>
  AuthType openid-connect
  Require valid-user
</Location>
# The access token lives 60 seconds: here it is refreshed on every request from its first second
# on, and the person is signed out if a refresh fails (a revoked family would show here).
<Location /protected/refreshing>
  OIDCRefreshAccessTokenBeforeExpiry 59 logout_on_error
</Location>
`;
  writeFileSync(join(dir, "apache.conf"), conf);
  // In a process group of its own: on stopping, Apache signals its whole group, which would
  // otherwise be this test runner's.
  const server = spawn(APACHE, ["-f", join(dir, "apache.conf"), "-DFOREGROUND"], {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; ; i++) {
    try {
      await fetch(`http://localhost:${port}/signed-out.html`);
      break;
    } catch {}
    if (i > 100 || server.exitCode !== null) throw new Error(`Apache did not start:\n${errorLog(dir)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base: `http://localhost:${port}`,
    log: () => errorLog(dir),
    async stop() {
      server.kill("SIGTERM");
      if (server.exitCode === null) await new Promise((r) => server.once("exit", r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function errorLog(dir) {
  const file = join(dir, "error.log");
  return existsSync(file) ? readFileSync(file, "utf8") : "(no error log)";
}

/** GET `path` at Apache with the browser's cookies for it, as a browser navigates there, not
 *  following redirects. (Node's http, not fetch: fetch says `Sec-Fetch-Mode: cors`, and
 *  mod_auth_openidc answers such requests, which look like scripts', 401 instead of a redirect.) */
async function atApache(path) {
  const cookies = await held.context.cookies(apache.base);
  const headers = { accept: "text/html", cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
  return new Promise((resolve, reject) => {
    get(`${apache.base}${path}`, { headers }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode, location: res.headers.location, json: () => JSON.parse(body) }));
    }).on("error", reject);
  });
}

/** What mod_auth_openidc holds for the browser's session (its info hook). */
async function sessionInfo() {
  const res = await atApache("/protected/redirect_uri?info=json");
  assert.equal(res.status, 200, `the info hook answers for a signed-in session: ${res.status}\n${apache.log()}`);
  return res.json();
}

before(async () => {
  kb = await startKeybound({ KEYBOUND_OIDC_BACKCHANNEL_ALLOW: "127.0.0.0/8,::1" });
  browser = await launchBrowser();
  const [{ id: realmId }] = JSON.parse(kb.cli("realm", "list", "--json"));
  const port = await freePort();
  const created = await kb.api("POST", "/applications", {
    application: {
      display_name: "Payroll",
      protocol_config: {
        type: "oidc",
        confidentiality: "confidential",
        token_endpoint_auth_method: "client_secret_basic",
        redirect_uris: [`http://localhost:${port}/protected/redirect_uri`],
        post_logout_redirect_uris: [`http://localhost:${port}/signed-out.html`],
        backchannel_logout_uri: `http://localhost:${port}/protected/redirect_uri?logout=backchannel`,
        allowed_scopes: ["openid", "profile", "email", "offline_access"],
        token_configuration: { expires_after: 60 },
      },
    },
  });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  apache = await startApache(port, `${kb.base}/realms/${realmId}`, created.body.protocol_config);

  const configId = (await kb.api("POST", "/authenticator-configs", { authenticator_config: { config: { type: "hosted_web" } } })).body.id;
  person = (
    await kb.api("POST", "/identities", {
      identity: { display_name: "Paula Payroll", traits: { type: "traits_v0", username: "apache-paula", primary_email_address: "apache-paula@example.com" } },
    })
  ).body;
  const job = await kb.api("POST", `/identities/${person.id}/credential-binding-jobs`, {
    job: { delivery_method: "RETURN", authenticator_config_id: configId },
  });
  held = await pageWithAuthenticator(browser);
  await held.page.goto(job.body.credential_binding_link);
  await held.page.getByRole("button", { name: "Create passkey" }).click();
  await held.page.waitForSelector("body[data-state=done]", { timeout: 15000 });
  await held.context.clearCookies();
});

after(async () => {
  await browser?.close();
  await apache?.stop();
  await kb?.stop();
});

/** From Apache's protected page through Keybound's sign-in (the passkey in autofill) and
 *  consent, back to the page. */
async function signInAtApache() {
  await held.page.goto(`${apache.base}/protected/`);
  await held.page.waitForURL(/\/login\?/, { timeout: 15000 }).catch(async (e) => {
    throw new Error(`${e.message}\nURL ${held.page.url()}: ${await held.page.content()}\n${apache.log()}`);
  });
  const allow = held.page.getByRole("button", { name: "Allow" });
  const payroll = held.page.getByRole("heading", { name: "Payroll" });
  await allow.or(payroll).first().waitFor({ timeout: 15000 });
  if (await allow.isVisible()) await allow.click();
  await payroll.waitFor({ timeout: 15000 });
}

test("mod_auth_openidc signs a person in with their passkey and knows who they are", async () => {
  await signInAtApache();
  assert.equal(new URL(held.page.url()).origin, apache.base);
  const info = await sessionInfo();
  assert.equal(info.userinfo.sub, person.id);
  assert.equal(info.userinfo.email, "apache-paula@example.com");
  assert.equal(info.id_token.sub, person.id);
  assert.ok(info.id_token.sid, "the ID token names Keybound's session");
  assert.ok(info.refresh_token, "offline_access asked and allowed: a refresh token");
});

test("Apache's workers refresh the same token at once: every request is served and the session lives on", async () => {
  const before = await sessionInfo();
  await new Promise((r) => setTimeout(r, 2000));
  // The token has under 59 seconds left: each of these requests, in its own worker, refreshes
  // it with the same refresh token.
  const answers = await Promise.all(Array.from({ length: 8 }, () => atApache("/protected/refreshing/")));
  assert.deepEqual(
    answers.map((a) => a.status),
    Array(8).fill(200),
    `every worker's request is served\n${apache.log()}`,
  );
  const refreshes = apache.log().split("\n").filter((l) => l.includes("data=grant_type=refresh_token") && l.includes(`refresh_token=${before.refresh_token}&`));
  assert.ok(refreshes.length >= 2, `several workers refreshed with the same token (${refreshes.length})`);
  const after = await sessionInfo();
  assert.notEqual(after.access_token, before.access_token, "the access token was refreshed");
  // Later refreshes use the successor, which works: the family was not revoked.
  await new Promise((r) => setTimeout(r, 1500));
  const later = await atApache("/protected/refreshing/");
  assert.equal(later.status, 200, `still signed in after the next refresh\n${apache.log()}`);
  assert.notEqual((await sessionInfo()).access_token, after.access_token);
});

test("signing out at Apache signs the person out of Keybound too", async () => {
  await held.page.goto(`${apache.base}/protected/redirect_uri?logout=${encodeURIComponent(`${apache.base}/signed-out.html`)}`);
  await held.page.getByRole("heading", { name: "Signed out" }).waitFor({ timeout: 15000 });
  const kbCookies = (await held.context.cookies(kb.base)).map((c) => `${c.name}=${c.value}`).join("; ");
  assert.equal((await fetch(`${kb.base}/account/me`, { headers: { cookie: kbCookies } })).status, 401, "no Keybound session");
  const again = await atApache("/protected/");
  assert.equal(again.status, 302, "Apache sends the person to sign in again");
  assert.match(again.location, new RegExp(`^${kb.base}/realms/`));
});

test("suspending the person in Keybound ends their Apache session (back-channel logout by sid)", async () => {
  await signInAtApache();
  assert.equal((await atApache("/protected/")).status, 200);
  const suspended = await kb.api("PATCH", `/identities/${person.id}`, { identity: { status: "suspended" } });
  assert.equal(suspended.status, 200, JSON.stringify(suspended.body));
  let status = 200;
  for (let i = 0; status === 200 && i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    status = (await atApache("/protected/")).status;
  }
  assert.equal(status, 302, `Apache no longer lets the person in\n${apache.log()}`);
});
