// Related Origin Requests in a real browser: pages on another site (app.example.com and
// other.example.com, mapped to loopback; Chromium treats them as secure) bind and use this
// server's passkeys through the SDK when /.well-known/webauthn lists their origin. Chromium
// fetches that list from https://localhost/ (the RP ID), so a TLS front on port 443 passes it
// through to Keybound. A page whose origin is not listed is refused, and so is a listed one
// after its embedded config stops trusting it.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer } from "node:http";
import { createServer as createHttps } from "node:https";
import { request } from "node:http";
import { chromium } from "playwright-core";
import { startKeybound, freePort, localhostCertificate } from "./harness.mjs";

let kb, browser, front, certificate, sites, appOrigin, otherOrigin, configId;
let n = 0;

before(async () => {
  kb = await startKeybound();
  // The TLS front for https://localhost/.well-known/webauthn.
  certificate = localhostCertificate();
  const kbPort = new URL(kb.base).port;
  front = createHttps({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    const upstream = request({ host: "127.0.0.1", port: kbPort, path: req.url, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode, r.headers);
      r.pipe(res);
    });
    req.pipe(upstream);
  });
  front.listen(443, "127.0.0.1");
  await once(front, "listening");
  // The other sites' pages: an empty page each, on one loopback server.
  const port = await freePort();
  appOrigin = `http://app.example.com:${port}`;
  otherOrigin = `http://other.example.com:${port}`;
  sites = createServer((req, res) => {
    res.setHeader("Content-Type", "text/html");
    res.end("<!doctype html><title>Shop</title><h1>Shop</h1>");
  });
  sites.listen(port, "127.0.0.1");
  await once(sites, "listening");
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--ignore-certificate-errors",
      "--host-resolver-rules=MAP app.example.com 127.0.0.1, MAP other.example.com 127.0.0.1",
      `--unsafely-treat-insecure-origin-as-secure=${appOrigin},${otherOrigin}`,
    ],
  });
  const config = await kb.api("POST", "/authenticator-configs", {
    authenticator_config: { config: { type: "embedded", invoke_url: appOrigin, trusted_origins: [appOrigin] } },
  });
  assert.equal(config.status, 200, JSON.stringify(config.body));
  configId = config.body.id;
});

after(async () => {
  await browser?.close();
  sites?.close();
  front?.close();
  certificate?.remove();
  await kb?.stop();
});

/** A page of `origin` with a virtual authenticator: binds a new person's job there with the
 *  SDK, then signs in there with the SDK; what each step gave. */
async function bindAndSignIn(origin) {
  const person = await kb.api("POST", "/identities", { identity: { display_name: `Shopper ${++n}`, traits: { type: "traits_v0", username: `shop${n}` } } });
  const job = await kb.api("POST", `/identities/${person.body.id}/credential-binding-jobs`, {
    job: { delivery_method: "RETURN", authenticator_config_id: configId },
  });
  assert.equal(job.status, 200, JSON.stringify(job.body));
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  await page.goto(`${origin}/`);
  const outcome = await page.evaluate(
    async ({ sdk, link, base }) => {
      const { bindPasskey, signIn } = await import(sdk);
      const out = {};
      try {
        await bindPasskey(link);
        out.bound = true;
      } catch (e) {
        out.bindError = `${e.name}: ${e.message}`;
      }
      if (out.bound) {
        try {
          out.signedInAs = (await signIn(base)).identity.display_name;
        } catch (e) {
          out.signInError = `${e.name}: ${e.message}`;
        }
      }
      return out;
    },
    { sdk: `${kb.base}/sdk/keybound.js`, link: job.body.credential_binding_link, base: kb.base },
  );
  await context.close();
  return { ...outcome, name: `Shopper ${n}` };
}

test("a listed site binds and signs in with this server's passkeys; an unlisted one, or one no longer listed, is refused", async () => {
  const listed = await (await fetch(`${kb.base}/.well-known/webauthn`)).json();
  assert.deepEqual(listed.origins, [appOrigin]);

  const ok = await bindAndSignIn(appOrigin);
  assert.equal(ok.bound, true, JSON.stringify(ok));
  assert.equal(ok.signedInAs, ok.name, JSON.stringify(ok));

  const other = await bindAndSignIn(otherOrigin);
  assert.equal(other.bound, undefined, JSON.stringify(other));
  assert.ok(other.bindError, JSON.stringify(other));

  const changed = await kb.api("PATCH", `/authenticator-configs/${configId}`, {
    authenticator_config: { config: { type: "embedded", invoke_url: otherOrigin, trusted_origins: [otherOrigin] } },
  });
  assert.equal(changed.status, 200, JSON.stringify(changed.body));
  const dropped = await bindAndSignIn(appOrigin);
  assert.equal(dropped.bound, undefined, JSON.stringify(dropped));
  const now = await bindAndSignIn(otherOrigin);
  assert.equal(now.bound, true, JSON.stringify(now));
  assert.equal(now.signedInAs, now.name, JSON.stringify(now));
});
