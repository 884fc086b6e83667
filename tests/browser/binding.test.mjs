// Binding a passkey in a real browser: the three channels an admin or developer uses each
// create a passkey on the person's device, and the identity then shows ENROLLED.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startKeybound, launchBrowser, pageWithAuthenticator, emailTo, linkIn } from "./harness.mjs";

let kb, browser, configId;

before(async () => {
  kb = await startKeybound();
  browser = await launchBrowser();
  const config = await kb.api("POST", "/authenticator-configs", { authenticator_config: { config: { type: "hosted_web" } } });
  assert.equal(config.status, 200, JSON.stringify(config.body));
  configId = config.body.id;
});

after(async () => {
  await browser?.close();
  await kb?.stop();
});

async function person(username) {
  const res = await kb.api("POST", "/identities", {
    identity: { display_name: `${username} Tester`, traits: { type: "traits_v0", username, primary_email_address: `${username}@example.com` } },
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.id;
}

async function job(identityId, delivery_method) {
  const res = await kb.api("POST", `/identities/${identityId}/credential-binding-jobs`, {
    job: { delivery_method, authenticator_config_id: configId },
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
}

async function enrollmentStatus(identityId) {
  return (await kb.api("GET", `/identities/${identityId}`)).body.enrollment_status;
}

async function createOnBindingPage(page, link) {
  await page.goto(link);
  await page.getByRole("button", { name: "Create passkey" }).click();
  await page.waitForSelector("body[data-state=done]", { timeout: 15000 });
  assert.match(await page.locator("#status").innerText(), /passkey is ready/);
}

test("a RETURN link opened in the browser creates a passkey and the user shows ENROLLED", async () => {
  const id = await person("ret");
  assert.equal(await enrollmentStatus(id), "PENDING");
  const created = await job(id, "RETURN");
  const { page, context, credentials } = await pageWithAuthenticator(browser);
  await createOnBindingPage(page, created.credential_binding_link);
  const creds = await credentials();
  assert.equal(creds.length, 1);
  assert.equal(creds[0].isResidentCredential, true, "a discoverable passkey");
  assert.equal(await enrollmentStatus(id), "ENROLLED");
  const done = await kb.api("GET", `/identities/${id}/credential-binding-jobs/${created.credential_binding_job.id}`);
  assert.equal(done.body.state, "COMPLETE");

  // The used link binds nothing and says why.
  const response = await page.goto(created.credential_binding_link);
  assert.equal(response.status(), 410);
  assert.match(await page.content(), /already been used/);
  await context.close();
});

test("an email sent through SMTP with a custom template carries it, and its link creates a passkey", async () => {
  const template = await kb.api("POST", "/email-templates", {
    email_template: {
      name: "Onboarding",
      subject: "{{ display_name }}, your Acme passkey awaits",
      html: "<p>Welcome aboard, {{ display_name }}!</p><p><a href=\"{{ link }}\">Create your passkey</a></p>",
      text: "Welcome aboard, {{ display_name }}!\nCreate your passkey: {{ link }}\n",
    },
  });
  assert.equal(template.status, 200, JSON.stringify(template.body));
  const id = await person("mailed");
  const res = await kb.api("POST", `/identities/${id}/credential-binding-jobs`, {
    job: { delivery_method: "EMAIL", authenticator_config_id: configId, email_template_id: template.body.id },
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const email = await emailTo(kb.maildir, "mailed@example.com");
  assert.ok(email, "the SMTP server received the email");
  assert.match(email, /Subject: mailed Tester, your Acme passkey awaits/);
  assert.match(email, /Welcome aboard, mailed Tester!/);
  const link = linkIn(email);
  assert.ok(link, "the email holds a binding link");
  const { page, context, credentials } = await pageWithAuthenticator(browser);
  await createOnBindingPage(page, link);
  assert.equal((await credentials()).length, 1);
  assert.equal(await enrollmentStatus(id), "ENROLLED");
  await context.close();
});

test("a 9-character code typed at /enroll creates a passkey and signs the person in; a wrong code creates nothing", async () => {
  const id = await person("coded");
  const created = await job(id, "SHORT_CODE");
  assert.match(created.short_code, /^[A-Z0-9]{9}$/);
  const { page, context, credentials } = await pageWithAuthenticator(browser);

  await page.goto(`${kb.base}/enroll`);
  await page.getByLabel("Code").fill("XXXX-XXXXX");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForSelector("body[data-state=error]");
  assert.match(await page.locator("#status").innerText(), /does not work/);
  assert.equal((await credentials()).length, 0);

  const typed = `${created.short_code.slice(0, 4).toLowerCase()}-${created.short_code.slice(4)}`;
  await page.getByLabel("Code").fill(typed);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForSelector("body[data-state=done]", { timeout: 15000 });
  assert.equal((await credentials()).length, 1);
  assert.equal(await enrollmentStatus(id), "ENROLLED");
  assert.match(await page.locator("#status").innerText(), /you are signed in on this device/);
  await page.getByRole("link", { name: "Go to your account" }).click();
  await page.waitForURL(/\/account$/);
  assert.equal(await page.locator("#who").innerText(), "coded Tester");
  await context.close();
});

test("the SDK recognises both link forms", async () => {
  const { page, context } = await pageWithAuthenticator(browser);
  await page.goto(`${kb.base}/enroll`);
  const results = await page.evaluate(async () => {
    const sdk = await import("/sdk/keybound.js");
    return [
      sdk.isBindPasskeyUrl("http://localhost:1/v1/tenants/t/realms/r/identities/i/credential-binding-jobs/j:invokeAuthenticator?token=abc"),
      sdk.isBindPasskeyUrl("https://app.example.com/bind?api_base_url=https%3A%2F%2Fid.example.com&tenant_id=t&realm_id=r&identity_id=i&job_id=j&token=abc"),
      sdk.isBindPasskeyUrl("https://example.com/somewhere?token=abc"),
      sdk.isBindPasskeyUrl("not a url at all"),
    ];
  });
  assert.deepEqual(results, [true, true, false, false]);
  await context.close();
});
