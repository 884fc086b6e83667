// Signing in with a passkey in a real browser: bind one through a link, then sign in on /login
// without typing a username — by autofill (conditional UI) and by the button — land on
// /account, and sign out.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startKeybound, launchBrowser, pageWithAuthenticator, emailTo } from "./harness.mjs";

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

/** A person with a passkey on a fresh virtual authenticator; returns the page holding it. */
async function personWithPasskey(username, display_name, pageOptions) {
  const person = await kb.api("POST", "/identities", { identity: { display_name, traits: { type: "traits_v0", username } } });
  const job = await kb.api("POST", `/identities/${person.body.id}/credential-binding-jobs`, {
    job: { delivery_method: "RETURN", authenticator_config_id: configId },
  });
  const held = await pageWithAuthenticator(browser, pageOptions);
  await held.page.goto(job.body.credential_binding_link);
  await held.page.getByRole("button", { name: "Create passkey" }).click();
  await held.page.waitForSelector("body[data-state=done]", { timeout: 15000 });
  return { ...held, id: person.body.id };
}

test("opening /login offers the passkey in autofill and signs in without a username", async () => {
  const { page, context, id } = await personWithPasskey("auto", "Ada Autofill");
  await page.goto(`${kb.base}/account`);
  // Not signed in: /account sends to /login, whose autofill request the authenticator answers.
  await page.waitForURL(/\/account$/, { timeout: 15000 });
  assert.equal(await page.locator("#who").innerText(), "Ada Autofill");
  const creds = await kb.api("GET", `/identities/${id}/credentials`);
  assert.ok(creds.body.credentials[0].last_used_time, "last use recorded");
  await context.close();
});

test("the sign-in button works where the browser has no autofill; the account page shows the session; sign-out ends it", async () => {
  const { page, context } = await personWithPasskey("lena", "Lena Button");
  await page.addInitScript(() => {
    PublicKeyCredential.isConditionalMediationAvailable = async () => false;
  });
  await page.goto(`${kb.base}/login`);
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await page.waitForURL(/\/account$/, { timeout: 15000 });
  assert.equal(await page.locator("#who").innerText(), "Lena Button");
  assert.match(await page.locator("#passkeys").innerText(), /Passkey/);
  assert.match(await page.locator("#sessions").innerText(), /this browser/);
  const session = (await context.cookies()).find((c) => c.name === "keybound_session");
  assert.ok(session?.httpOnly, "the session cookie is HttpOnly");
  assert.equal(session.sameSite, "Lax");

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.waitForURL(/\/login$/);
  const me = await page.evaluate(async () => (await fetch("/account/me")).status);
  assert.equal(me, 401, "signed out");
  await context.close();
});

test("a login code signs in once; the account page then adds a passkey, which signs in", async () => {
  const person = await kb.api("POST", "/identities", { identity: { display_name: "Cody Code", traits: { type: "traits_v0", username: "cody" } } });
  const created = await kb.api("POST", `/identities/${person.body.id}/login-codes`, { login_code: { expires_in: "15m" } });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  const { page, context, credentials } = await pageWithAuthenticator(browser);
  await page.addInitScript(() => {
    PublicKeyCredential.isConditionalMediationAvailable = async () => false;
  });
  await page.goto(created.body.link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/account$/);
  assert.match(await page.locator("#welcome").innerText(), /no passkey yet/);

  await page.getByRole("button", { name: "Add a passkey" }).click();
  await page.waitForFunction(() => document.querySelectorAll("#passkeys li").length === 1, null, { timeout: 15000 });
  assert.equal((await credentials()).length, 1);
  const enrolled = await kb.api("GET", `/identities/${person.body.id}`);
  assert.equal(enrolled.body.enrollment_status, "ENROLLED");

  // The link is spent; the new passkey signs in.
  const again = await page.goto(created.body.link);
  assert.equal(again.status(), 410, "a used link no longer works");
  assert.match(await page.content(), /used or has expired/);
  await context.clearCookies();
  await page.goto(`${kb.base}/login`);
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await page.waitForURL(/\/account$/, { timeout: 15000 });
  assert.equal(await page.locator("#who").innerText(), "Cody Code");
  await context.close();
});

test("email one-time access: asked for on /login, sent through SMTP, its link signs in", async () => {
  const on = await kb.api("PATCH", "/settings", { settings: { email_one_time_access: true } });
  assert.equal(on.status, 200, JSON.stringify(on.body));
  await kb.api("POST", "/identities", {
    identity: { display_name: "Olga Onetime", traits: { type: "traits_v0", username: "olga", primary_email_address: "olga@example.com" } },
  });
  const { page, context } = await pageWithAuthenticator(browser);
  await page.addInitScript(() => {
    PublicKeyCredential.isConditionalMediationAvailable = async () => false;
  });
  await page.goto(`${kb.base}/login`);
  await page.getByRole("link", { name: "Don’t have access to your passkey?" }).click();
  await page.getByLabel("Email address").fill("olga@example.com");
  await page.getByRole("button", { name: "Send me a link" }).click();
  await page.waitForSelector("body[data-state=sent]");
  assert.match(await page.locator("#status").innerText(), /If an account uses that address/);

  const email = await emailTo(kb.maildir, "olga@example.com");
  assert.ok(email, "the SMTP server received the one-time link");
  const link = email.match(/https?:\/\/[^\s"<>]+\/lc\/[A-Za-z0-9._-]+/)?.[0];
  assert.ok(link, email);
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/account$/);
  assert.equal(await page.locator("#who").innerText(), "Olga Onetime");
  await context.close();
});

test("a browser without a passkey here sees no browser jargon: autofill stays quiet, the button explains in plain words", async () => {
  const { page, context } = await pageWithAuthenticator(browser);
  await page.goto(`${kb.base}/login`);
  // Let the autofill offer settle (the authenticator has nothing to offer).
  await page.waitForTimeout(1000);
  assert.equal(await page.locator("#status").innerText(), "", "the autofill offer ending is not an error");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await page.waitForSelector("body[data-state=error]", { timeout: 90000 });
  assert.equal(await page.locator("#status").innerText(), "The passkey prompt was cancelled or timed out. Try again.");
  await context.close();
});
