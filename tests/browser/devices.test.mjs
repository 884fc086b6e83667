// Security keys by device type in a real browser, with virtual authenticators of transport
// usb, nfc, hybrid (a phone over Bluetooth) and internal: each device type binds the
// matching authenticator and refuses the others with a clear message, leaving the job open;
// "user verification required" refuses an authenticator that does not verify; a key made
// non-auditable signs in without an audit event.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startKeybound, launchBrowser, pageWithAuthenticator, emailTo } from "./harness.mjs";

let kb, browser, configId;
let n = 0;

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

/** Binds a job of `device_type` (and `device_policy`) with a fresh authenticator of `options`. */
async function bind(device_type, options, device_policy = {}) {
  const username = `key${++n}`;
  const person = await kb.api("POST", "/identities", { identity: { display_name: `Key ${n}`, traits: { type: "traits_v0", username } } });
  const job = await kb.api("POST", `/identities/${person.body.id}/credential-binding-jobs`, {
    job: { delivery_method: "RETURN", authenticator_config_id: configId, device_type, device_policy },
  });
  assert.equal(job.status, 200, JSON.stringify(job.body));
  const held = await pageWithAuthenticator(browser, options);
  await held.page.goto(job.body.credential_binding_link);
  await held.page.getByRole("button", { name: "Create passkey" }).click();
  await held.page.waitForSelector("body[data-state=done], body[data-state=error]", { timeout: 30000 });
  const outcome = await held.page.evaluate(() => document.body.dataset.state);
  const message = await held.page.locator("#status").innerText();
  const after = await kb.api("GET", `/identities/${person.body.id}/credential-binding-jobs/${job.body.credential_binding_job.id}`);
  const creds = await kb.api("GET", `/identities/${person.body.id}/credentials`);
  return { outcome, message, job: after.body, creds: creds.body.credentials, held, id: person.body.id };
}

const roaming = (transport) => ({ transport, hasUserVerification: true, isUserVerified: true });

for (const [device, good, bad, why] of [
  ["smartphone", "hybrid", "usb", /smartphone/i],
  ["contactless_card", "nfc", "usb", /contactless card/i],
  ["hardware_key", "usb", "hybrid", /security key/i],
]) {
  test(`${device}: a ${good} authenticator binds, a ${bad} one is refused and the job stays open`, async () => {
    const ok = await bind(device, roaming(good));
    assert.equal(ok.outcome, "done", ok.message);
    assert.equal(ok.job.state, "COMPLETE");
    assert.equal(ok.creds[0].device_type, device);
    await ok.held.context.close();

    const no = await bind(device, roaming(bad));
    assert.equal(no.outcome, "error");
    assert.match(no.message, why);
    assert.equal(no.creds.length, 0, "nothing bound");
    assert.notEqual(no.job.state, "COMPLETE", "the job stays open for the right key");
    await no.held.context.close();
  });
}

test("a smartphone key without Bluetooth proximity is not offered the hybrid transport and refuses it", async () => {
  const no = await bind("smartphone", roaming("hybrid"), { bluetooth_proximity: false });
  assert.equal(no.outcome, "error");
  assert.match(no.message, /Bluetooth/);
  await no.held.context.close();
});

test("verification required: an authenticator that does not verify the user is refused", async () => {
  const no = await bind("any", { transport: "internal", hasUserVerification: true, isUserVerified: false });
  assert.equal(no.outcome, "error", no.message);
  assert.equal(no.creds.length, 0);
  await no.held.context.close();
  const ok = await bind("any", { transport: "internal" });
  assert.equal(ok.outcome, "done", ok.message);
  assert.equal(ok.creds[0].device_policy.user_verification, "required");
  await ok.held.context.close();
});

test("a non-auditable key signs in without leaving an audit event; an auditable one leaves one", async () => {
  for (const auditable of [false, true]) {
    const bound = await bind("hardware_key", roaming("usb"), { auditable, offline_login: true });
    assert.equal(bound.outcome, "done", bound.message);
    assert.equal(bound.creds[0].device_policy.offline_login, true, "recorded and exposed");
    const { page } = bound.held;
    await page.addInitScript(() => { PublicKeyCredential.isConditionalMediationAvailable = async () => false; });
    await page.goto(`${kb.base}/login`);
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    await page.waitForURL(/\/account$/, { timeout: 15000 });
    const events = await kb.api("GET", `/audit-events?filter=${encodeURIComponent(`action eq "session.started" and identity_id eq "${bound.id}"`)}`);
    assert.equal(events.body.total_size, auditable ? 1 : 0, JSON.stringify(events.body));
    await bound.held.context.close();
  }
});

test("activate now as an admin: the card is bound to the user, not the admin, and the PIN email arrives", async () => {
  // The admin's browser holds the card reader: an NFC authenticator.
  const admin = await pageWithAuthenticator(browser, roaming("nfc"));
  const { page } = admin;
  await page.goto(kb.cli("admin", "link", "--username", "cardadmin", "--create").trim().split("\n").pop());
  await page.getByRole("button", { name: "Create passkey" }).click();
  await page.waitForURL(/\/console$/, { timeout: 15000 });
  const adminCreds = (await admin.credentials()).length;

  await page.goto(`${kb.base}/console/users/new`);
  await page.getByLabel("First name").fill("Carla");
  await page.getByLabel("Last name").fill("Card");
  await page.getByLabel("Username").fill("carla");
  await page.getByLabel("Email", { exact: true }).fill("carla@example.com");
  await page.getByRole("button", { name: "Next" }).first().click();
  await page.locator("fieldset[data-step='2'] [data-next]").click();
  await page.getByLabel("Assign a security key").check();
  await page.getByLabel("Security key device").selectOption({ label: "Contactless Card" });
  await page.getByLabel("Card name").fill("Badge 7");
  await page.getByLabel("Activate now as an admin").check();
  await page.locator("fieldset[data-step='3'] [data-next]").click();
  await page.getByRole("button", { name: "Confirm" }).click();
  await page.waitForURL(/\/activate\?job=/);
  await page.getByRole("button", { name: "Assign Contactless Card" }).click();
  await page.waitForSelector("body[data-state=done], body[data-state=error]", { timeout: 15000 });
  assert.match(await page.locator("#status").innerText(), /assigned.*carla@example\.com/);
  const pin = (await page.locator("#pin").innerText()).trim();
  assert.match(pin, /^\d{6}$/);

  const found = await kb.api("GET", `/identities?filter=${encodeURIComponent('traits.username eq "carla"')}`);
  const carla = found.body.identities[0];
  assert.equal(carla.enrollment_status, "ENROLLED");
  const creds = await kb.api("GET", `/identities/${carla.id}/credentials`);
  assert.equal(creds.body.credentials.length, 1);
  assert.equal(creds.body.credentials[0].device_type, "contactless_card");
  assert.equal(creds.body.credentials[0].name, "Badge 7");
  assert.equal((await admin.credentials()).length, adminCreds + 1, "the card now holds the user's credential too");
  const admins = await kb.api("GET", `/identities?filter=${encodeURIComponent('traits.username eq "cardadmin"')}`);
  const adminPasskeys = await kb.api("GET", `/identities/${admins.body.identities[0].id}/credentials`);
  assert.equal(adminPasskeys.body.credentials.length, 1, "the admin did not gain a credential");

  const mail = await emailTo(kb.maildir, "carla@example.com", 15000);
  assert.ok(mail, "the PIN notice reached the SMTP sink");
  assert.match(mail, new RegExp(pin));
  assert.match(mail, /Badge 7/);
  const events = await kb.api("GET", `/audit-events?filter=${encodeURIComponent('action eq "credential.bound"')}`);
  assert.equal(events.body.audit_events[0].identity_id, carla.id);
  await admin.context.close();
});

test("each device type gets its own instructions; a smartphone job says before the prompt when this browser cannot reach a phone", async () => {
  const page = async (device_type, mock) => {
    const person = await kb.api("POST", "/identities", { identity: { display_name: `Words ${++n}`, traits: { type: "traits_v0", username: `words${n}` } } });
    const job = await kb.api("POST", `/identities/${person.body.id}/credential-binding-jobs`, {
      job: { delivery_method: "RETURN", authenticator_config_id: configId, device_type },
    });
    const held = await pageWithAuthenticator(browser);
    if (mock) await held.page.addInitScript(mock);
    await held.page.goto(job.body.credential_binding_link);
    return held;
  };
  const phone = await page("smartphone", () => {
    PublicKeyCredential.getClientCapabilities = async () => ({ hybridTransport: false, conditionalGet: true });
  });
  assert.match(await phone.page.locator("#instructions").innerText(), /Open this on a computer, with your phone nearby/);
  await phone.page.locator("#capability").waitFor({ state: "visible" });
  assert.match(await phone.page.locator("#capability").innerText(), /cannot use a phone/);
  await phone.context.close();
  const able = await page("smartphone", () => {
    PublicKeyCredential.getClientCapabilities = async () => ({ hybridTransport: true });
  });
  await able.page.waitForLoadState("networkidle");
  assert.equal(await able.page.locator("#capability").isVisible(), false);
  await able.context.close();
  const key = await page("hardware_key");
  assert.match(await key.page.locator("#instructions").innerText(), /plug the key in/);
  await key.context.close();
  const any = await page(undefined);
  assert.match(await any.page.locator("#instructions").innerText(), /on the device that will hold your passkey/);
  await any.context.close();
});

test("where synced passkeys are off, a backup-eligible passkey is refused and a device-bound one binds under the same config", async () => {
  const config = await kb.api("POST", "/authenticator-configs", {
    authenticator_config: { config: { type: "hosted_web", synced_passkeys_allowed: false } },
  });
  assert.equal(config.status, 200, JSON.stringify(config.body));
  const attempt = async (backup) => {
    const person = await kb.api("POST", "/identities", { identity: { display_name: `Sync ${++n}`, traits: { type: "traits_v0", username: `sync${n}` } } });
    const job = await kb.api("POST", `/identities/${person.body.id}/credential-binding-jobs`, {
      job: { delivery_method: "RETURN", authenticator_config_id: config.body.id },
    });
    const held = await pageWithAuthenticator(browser, { defaultBackupEligibility: backup, defaultBackupState: backup });
    await held.page.goto(job.body.credential_binding_link);
    await held.page.getByRole("button", { name: "Create passkey" }).click();
    await held.page.waitForSelector("body[data-state=done], body[data-state=error]", { timeout: 30000 });
    const outcome = await held.page.evaluate(() => document.body.dataset.state);
    const message = await held.page.locator("#status").innerText();
    await held.context.close();
    return { outcome, message };
  };
  const synced = await attempt(true);
  assert.equal(synced.outcome, "error");
  assert.match(synced.message, /synced passkey/);
  const bound = await attempt(false);
  assert.equal(bound.outcome, "done", bound.message);
});

test("a code for a security-key job: /enroll says, before the browser's prompt, to have the key ready", async () => {
  const person = await kb.api("POST", "/identities", { identity: { display_name: "Coded Key", traits: { type: "traits_v0", username: `coded${++n}` } } });
  const job = await kb.api("POST", `/identities/${person.body.id}/credential-binding-jobs`, {
    job: { delivery_method: "SHORT_CODE", authenticator_config_id: configId, device_type: "hardware_key" },
  });
  assert.equal(job.status, 200, JSON.stringify(job.body));
  const held = await pageWithAuthenticator(browser, roaming("usb"));
  // What the page says at the moment the browser is asked to create the passkey.
  await held.page.addInitScript(() => {
    const create = navigator.credentials.create.bind(navigator.credentials);
    navigator.credentials.create = (options) => {
      window.saidBeforePrompt = document.getElementById("status")?.textContent;
      return create(options);
    };
  });
  await held.page.goto(`${kb.base}/enroll`);
  assert.doesNotMatch(await held.page.locator("main").innerText(), /on the device that should hold your passkey/);
  await held.page.getByLabel("Code").fill(job.body.short_code);
  await held.page.getByRole("button", { name: "Continue" }).click();
  await held.page.waitForSelector("body[data-state=done]", { timeout: 15000 });
  const said = await held.page.evaluate(() => window.saidBeforePrompt);
  assert.match(said, /Have your FIDO2 security key ready/);
  await held.context.close();
});

test("a model on the config's deny list is refused on the page in plain words; the same key binds under a config without it", async () => {
  const chromiumModel = "01020304-0506-0708-0102-030405060708"; // Chromium's virtual authenticator
  const attempt = async (deny) => {
    const config = await kb.api("POST", "/authenticator-configs", {
      authenticator_config: { config: { type: "hosted_web", aaguid_deny_list: deny, attestation_conveyance: "direct" } },
    });
    assert.equal(config.status, 200, JSON.stringify(config.body));
    const person = await kb.api("POST", "/identities", { identity: { display_name: `Deny ${++n}`, traits: { type: "traits_v0", username: `deny${n}` } } });
    const job = await kb.api("POST", `/identities/${person.body.id}/credential-binding-jobs`, {
      job: { delivery_method: "RETURN", authenticator_config_id: config.body.id },
    });
    const held = await pageWithAuthenticator(browser);
    await held.page.goto(job.body.credential_binding_link);
    await held.page.getByRole("button", { name: "Create passkey" }).click();
    await held.page.waitForSelector("body[data-state=done], body[data-state=error]", { timeout: 30000 });
    const outcome = await held.page.evaluate(() => document.body.dataset.state);
    const message = await held.page.locator("#status").innerText();
    await held.context.close();
    return { outcome, message };
  };
  const denied = await attempt([chromiumModel]);
  assert.equal(denied.outcome, "error");
  assert.match(denied.message, /is not allowed by this organisation/);
  const allowed = await attempt(["ee882879-721c-4913-9775-3dfcce97072a"]);
  assert.equal(allowed.outcome, "done", allowed.message);
});
