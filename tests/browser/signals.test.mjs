// The WebAuthn Signal API in Chromium: after a sign-in and on the account page, the person's
// passkey manager is told which passkeys still work and the person's current names; a passkey
// Keybound no longer has (revoked by an admin, or deleted with its person) is reported unknown,
// and the page says so in plain words. An init script records the calls.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startKeybound, launchBrowser, pageWithAuthenticator } from "./harness.mjs";

let kb, browser, configId;

before(async () => {
  kb = await startKeybound();
  browser = await launchBrowser();
  const config = await kb.api("POST", "/authenticator-configs", { authenticator_config: { config: { type: "hosted_web" } } });
  configId = config.body.id;
});

after(async () => {
  await browser?.close();
  await kb?.stop();
});

/** Records every Signal API call in `window.__signals` (and in sessionStorage, across pages). */
function recordSignals() {
  const calls = JSON.parse(sessionStorage.getItem("signals") ?? "[]");
  window.__signals = calls;
  for (const method of ["signalAllAcceptedCredentials", "signalCurrentUserDetails", "signalUnknownCredential"]) {
    Object.defineProperty(PublicKeyCredential, method, {
      configurable: true,
      value: async (args) => {
        calls.push([method, args]);
        sessionStorage.setItem("signals", JSON.stringify(calls));
      },
    });
  }
  PublicKeyCredential.isConditionalMediationAvailable = async () => false;
}

async function personWithPasskey(username, display_name) {
  const person = await kb.api("POST", "/identities", { identity: { display_name, traits: { type: "traits_v0", username } } });
  const job = await kb.api("POST", `/identities/${person.body.id}/credential-binding-jobs`, {
    job: { delivery_method: "RETURN", authenticator_config_id: configId },
  });
  const held = await pageWithAuthenticator(browser);
  await held.page.addInitScript(recordSignals);
  await held.page.goto(job.body.credential_binding_link);
  await held.page.getByRole("button", { name: "Create passkey" }).click();
  await held.page.waitForSelector("body[data-state=done]", { timeout: 15000 });
  return { ...held, id: person.body.id };
}

const b64url = (b64) => b64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const signals = (page) => page.evaluate(() => JSON.parse(sessionStorage.getItem("signals") ?? "[]"));
const last = (calls, method) => calls.filter(([m]) => m === method).pop()?.[1];

async function signIn(page) {
  await page.goto(`${kb.base}/login`);
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
}

test("a sign-in and the account page signal the accepted passkeys and the current names; a rename follows", async () => {
  const { page, context, id, credentials } = await personWithPasskey("sig", "Sigrid Signal");
  await signIn(page);
  await page.waitForURL(/\/account$/, { timeout: 15000 });
  const [held] = await credentials();
  const calls = await signals(page);
  const accepted = last(calls, "signalAllAcceptedCredentials");
  assert.equal(accepted.rpId, "localhost");
  assert.deepEqual(accepted.allAcceptedCredentialIds, [b64url(held.credentialId)]);
  assert.equal(accepted.userId, b64url(held.userHandle), "the handle used at registration");
  assert.deepEqual(last(calls, "signalCurrentUserDetails"), { rpId: "localhost", userId: accepted.userId, name: "sig", displayName: "Sigrid Signal" });

  // An admin renames the person: the next page they open says so.
  const renamed = await kb.api("PATCH", `/identities/${id}`, { identity: { display_name: "Sigrid Renamed", traits: { username: "sigrid" } } });
  assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
  await page.goto(`${kb.base}/account`);
  await page.waitForFunction(() => JSON.parse(sessionStorage.getItem("signals") ?? "[]").some(([, a]) => a.displayName === "Sigrid Renamed"));
  const details = last(await signals(page), "signalCurrentUserDetails");
  assert.deepEqual([details.name, details.displayName], ["sigrid", "Sigrid Renamed"]);
  await context.close();
});

test("after an admin revokes one of two passkeys, the account page leaves it out, and signing in with it reports it unknown", async () => {
  const first = await personWithPasskey("rev", "Reva Revoked");
  // A second passkey, on another device (a second binding link, another authenticator).
  const job = await kb.api("POST", `/identities/${first.id}/credential-binding-jobs`, {
    job: { delivery_method: "RETURN", authenticator_config_id: configId },
  });
  const second = await pageWithAuthenticator(browser);
  await second.page.addInitScript(recordSignals);
  await second.page.goto(job.body.credential_binding_link);
  await second.page.getByRole("button", { name: "Create passkey" }).click();
  await second.page.waitForSelector("body[data-state=done]", { timeout: 15000 });
  const [gone] = await second.credentials();
  const listed = (await kb.api("GET", `/identities/${first.id}/credentials`)).body.credentials;
  const revokedOne = listed.find((c) => c.credential_id === b64url(gone.credentialId));
  const kept = listed.find((c) => c !== revokedOne);
  const revoked = await kb.api("POST", `/identities/${first.id}/credentials/${revokedOne.id}:revoke`, {});
  assert.equal(revoked.status, 200, JSON.stringify(revoked.body));

  // The first device signs in: its passkey manager hears that only its passkey still works.
  await signIn(first.page);
  await first.page.waitForURL(/\/account$/, { timeout: 15000 });
  await first.page.waitForFunction(() => JSON.parse(sessionStorage.getItem("signals") ?? "[]").some(([m]) => m === "signalAllAcceptedCredentials"));
  assert.deepEqual(last(await signals(first.page), "signalAllAcceptedCredentials").allAcceptedCredentialIds, [kept.credential_id]);

  // The second device tries its revoked passkey: unknown, and said so.
  await signIn(second.page);
  await second.page.waitForFunction(() => JSON.parse(sessionStorage.getItem("signals") ?? "[]").some(([m]) => m === "signalUnknownCredential"), null, { timeout: 15000 });
  assert.deepEqual(last(await signals(second.page), "signalUnknownCredential"), { rpId: "localhost", credentialId: revokedOne.credential_id });
  assert.match(await second.page.locator("body").innerText(), /no longer works here/);
  await first.context.close();
  await second.context.close();
});

test("a passkey deleted with its person is reported unknown", async () => {
  const { page, context, id, credentials } = await personWithPasskey("del", "Dell Deleted");
  const [held] = await credentials();
  const deleted = await kb.api("DELETE", `/identities/${id}`);
  assert.equal(deleted.status, 200, JSON.stringify(deleted.body));
  await page.evaluate(() => sessionStorage.removeItem("signals"));
  await signIn(page);
  await page.waitForFunction(() => JSON.parse(sessionStorage.getItem("signals") ?? "[]").some(([m]) => m === "signalUnknownCredential"), null, { timeout: 15000 });
  const unknown = last(await signals(page), "signalUnknownCredential");
  assert.equal(unknown.credentialId, b64url(held.credentialId));
  assert.match(await page.locator("body").innerText(), /no longer works here/);
  await context.close();
});
