// The admin console in a real browser, with two browser contexts (the admin's and the user's),
// each holding its own virtual authenticator: the admin link works once; "Enroll a
// Passkey" by 9-character code and by email; the add-user wizard up to the security
// key; sign-up tokens made and revoked; a forged form post refused; a helpdesk limited to a
// group sees its members only and reaches nothing beyond its role.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startKeybound, launchBrowser, pageWithAuthenticator, emailTo, linkIn } from "./harness.mjs";

let kb, browser, admin;

before(async () => {
  kb = await startKeybound();
  browser = await launchBrowser();
});

after(async () => {
  await admin?.context.close();
  await browser?.close();
  await kb?.stop();
});

function adminLink() {
  return kb.cli("admin", "link", "--username", "ada", "--create").trim().split("\n").pop();
}

/** The admin's context, signed in to the console (made by the first test). */
async function console_() {
  if (admin) return admin;
  admin = await pageWithAuthenticator(browser);
  await admin.page.goto(adminLink());
  await admin.page.getByRole("button", { name: "Create passkey" }).click();
  await admin.page.waitForURL(/\/console$/, { timeout: 15000 });
  return admin;
}

async function userRow(page, username) {
  await page.goto(`${kb.base}/console/users?q=${encodeURIComponent(username)}`);
  return page.locator(`tr[data-username="${username}"]`);
}

test("the admin link creates the admin's passkey, opens the console, and works only once", async () => {
  const link = adminLink();
  const first = await pageWithAuthenticator(browser);
  await first.page.goto(link);
  await first.page.getByRole("button", { name: "Create passkey" }).click();
  await first.page.waitForURL(/\/console$/, { timeout: 15000 });
  assert.equal(await first.page.getByRole("heading", { level: 1 }).innerText(), "Dashboard");
  await first.page.getByRole("link", { name: "Users", exact: true }).click();
  await first.page.waitForURL(/\/console\/users$/);
  assert.match(await first.page.locator("#users").innerText(), /ada/);
  assert.equal((await first.credentials()).length, 1, "the admin's passkey is on the admin's authenticator");

  const again = await pageWithAuthenticator(browser);
  const response = await again.page.goto(link);
  assert.equal(response.status(), 410, "a used admin link is refused");
  assert.equal(await again.page.getByRole("button", { name: "Create passkey" }).count(), 0);
  await again.context.close();

  // The passkey signs the admin in again later, without the link.
  await first.context.clearCookies();
  await first.page.goto(`${kb.base}/console/users`);
  await first.page.waitForURL(/\/console\/users$/, { timeout: 15000 });
  await first.context.close();
});

test("enrol by code: the admin generates a 9-character code, the user enters it at /enroll, Users shows Enrolled", async () => {
  const { page } = await console_();
  const user = await kb.api("POST", "/identities", { identity: { display_name: "Carl Code", traits: { type: "traits_v0", username: "carl" } } });
  assert.equal(user.status, 200);
  let row = await userRow(page, "carl");
  assert.match(await row.innerText(), /Pending/);
  await row.getByRole("link", { name: "Carl Code", exact: true }).click();
  await page.getByText("Enroll a Passkey").click();
  await page.getByRole("link", { name: "Passkey", exact: true }).click();
  await page.getByLabel("Select method").selectOption({ label: "Generate 9-character code" });
  await page.getByRole("button", { name: "Generate 9-character code" }).click();
  const code = (await page.locator("#code").innerText()).trim();
  assert.match(code, /^[A-Z0-9]{4}-?[A-Z0-9]{5}$/);
  assert.match(await page.locator("#result").innerText(), /Never share the code with unauthorized users/);
  const left = Number(await page.locator("#countdown").innerText());
  assert.ok(left > 40 && left <= 60, `countdown ${left}`);

  const person = await pageWithAuthenticator(browser);
  await person.page.goto(`${kb.base}/enroll`);
  await person.page.getByLabel("Code").fill(code);
  await person.page.getByRole("button", { name: "Continue" }).click();
  await person.page.waitForSelector("body[data-state=done]", { timeout: 15000 });
  assert.equal((await person.credentials()).length, 1);
  await person.context.close();

  await page.getByRole("link", { name: "Close" }).click();
  row = await userRow(page, "carl");
  assert.match(await row.innerText(), /Enrolled/);
  assert.match(await row.locator("td").nth(5).innerText(), /^1$/, "one passkey");
});

test("enrol by email: Proceed & send email, the dialog says to whom, the emailed link enrols the user", async () => {
  const { page } = await console_();
  await kb.api("POST", "/identities", {
    identity: { display_name: "Emma Email", traits: { type: "traits_v0", username: "emma", primary_email_address: "emma@example.com" } },
  });
  const row = await userRow(page, "emma");
  await row.getByRole("link", { name: "Emma Email", exact: true }).click();
  await page.getByText("Enroll a Passkey").click();
  await page.getByRole("link", { name: "Passkey", exact: true }).click();
  await page.getByLabel("Select method").selectOption({ label: "Send an enrollment email" });
  await page.getByLabel("Email template").selectOption({ label: "Default template" });
  await page.getByRole("button", { name: "Proceed & send email" }).click();
  const dialog = page.locator("#result");
  assert.match(await dialog.innerText(), /Enrollment email sent/);
  assert.match(await dialog.innerText(), /Emma Email <emma@example.com>/);
  await dialog.getByRole("link", { name: "Close" }).click();

  const mail = await emailTo(kb.maildir, "emma@example.com", 15000);
  assert.ok(mail, "the enrolment email reached the SMTP sink");
  const person = await pageWithAuthenticator(browser);
  await person.page.goto(linkIn(mail));
  await person.page.getByRole("button", { name: "Create passkey" }).click();
  await person.page.waitForSelector("body[data-state=done]", { timeout: 15000 });
  await person.context.close();
  assert.match(await (await userRow(page, "emma")).innerText(), /Enrolled/);
});

test("the add-user wizard: information, groups, a smartphone security key, confirm; the activation email goes out and the user is Pending", async () => {
  const { page } = await console_();
  const group = await kb.api("POST", "/groups", { group: { display_name: "Field staff" } });
  await page.goto(`${kb.base}/console/users`);
  await page.getByRole("link", { name: "New user" }).click();
  await page.getByLabel("First name").fill("Wanda");
  await page.getByLabel("Last name").fill("Wizard");
  await page.getByLabel("Username").fill("wanda");
  await page.getByLabel("Email", { exact: true }).fill("wanda@example.com");
  await page.getByRole("button", { name: "Next" }).first().click();
  await page.getByLabel("Field staff").check();
  await page.locator("fieldset[data-step='2'] [data-next]").click();
  await page.getByLabel("Assign a security key").check();
  await page.getByLabel("Security key device").selectOption({ label: "Smartphone" });
  await page.getByLabel("Offline login").check();
  await page.locator("fieldset[data-step='3'] [data-next]").click();
  assert.match(await page.locator("#summary").innerText(), /Smartphone/);
  assert.match(await page.locator("#summary").innerText(), /Field staff/);
  await page.getByRole("button", { name: "Confirm" }).click();
  await page.waitForURL(/\/console\/users\/[0-9a-f]{16}\?notice=activation-sent$/);
  assert.match(await page.locator("#enrollment").innerText(), /Pending/);

  const id = page.url().match(/users\/([0-9a-f]{16})/)[1];
  const jobs = await kb.api("GET", `/identities/${id}/credential-binding-jobs`);
  const job = jobs.body.credential_binding_jobs[0];
  assert.equal(job.delivery_method, "EMAIL");
  assert.equal(job.device_type, "smartphone");
  assert.equal(job.device_policy.offline_login, true);
  assert.equal(job.device_policy.user_verification, "required");
  const groups = await kb.api("GET", `/identities/${id}:listGroups`);
  assert.equal(groups.body.groups[0].id, group.body.id);
  assert.ok(await emailTo(kb.maildir, "wanda@example.com", 15000), "the activation email arrived");
});

test("sign-up tokens: created with a usage limit in the console, used, listed with their usage, revoked", async () => {
  const { page } = await console_();
  await page.goto(`${kb.base}/console/signup-tokens`);
  await page.getByLabel("User sign-ups").selectOption({ label: "Signup with token" });
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByLabel("Usage limit").fill("3");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  const link = await page.locator("#signup-link").inputValue();
  assert.match(link, /\/st\//);
  await page.getByRole("link", { name: "Close" }).click();
  assert.match(await page.locator("#tokens").innerText(), /Active\s+0 \/ 3/);

  const person = await pageWithAuthenticator(browser);
  await person.page.goto(link);
  await person.page.getByLabel("Username").fill("stan");
  await person.page.getByRole("button", { name: "Create account and passkey" }).click();
  await person.page.waitForURL(/\/account$/, { timeout: 15000 });
  await page.reload();
  assert.match(await page.locator("#tokens").innerText(), /1 \/ 3/);

  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Revoke" }).click();
  await page.waitForLoadState();
  assert.match(await page.locator("#tokens").innerText(), /Revoked/);
  const refused = await person.page.goto(link);
  assert.equal(refused.status(), 410);
  await person.context.close();
});

test("a forged form post (no or wrong CSRF token) is refused and changes nothing", async () => {
  const { page } = await console_();
  await page.goto(`${kb.base}/console/groups`);
  const statuses = await page.evaluate(async () => {
    const post = (body) => fetch("/console/groups", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body, redirect: "manual" });
    return [(await post("display_name=Forged")).status, (await post("display_name=Forged&csrf=0000")).status];
  });
  assert.deepEqual(statuses, [403, 403]);
  const groups = await kb.api("GET", `/groups?filter=${encodeURIComponent('display_name eq "Forged"')}`);
  assert.equal(groups.body.total_size, 0);
  // The real form, with its token, works.
  await page.getByLabel("Name").fill("Genuine");
  await page.getByRole("button", { name: "Create group" }).click();
  await page.waitForURL(/\/console\/groups\/[0-9a-f]{16}$/);
  assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Genuine");
});

/** What on the page breaks the layout or cannot be named by a screen reader. */
async function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth) {
      problems.push(`scrolls sideways: ${doc.scrollWidth}px wide in ${window.innerWidth}px`);
    }
    const named = (el) => {
      if (el.getAttribute("aria-label")?.trim() || el.getAttribute("title")?.trim()) return true;
      const by = el.getAttribute("aria-labelledby");
      if (by && by.split(/\s+/).some((id) => document.getElementById(id)?.textContent.trim())) return true;
      if (el.labels && [...el.labels].some((l) => l.textContent.trim())) return true;
      if (el.tagName === "BUTTON" && el.textContent.trim()) return true;
      if (el.tagName === "INPUT" && ["submit", "button", "reset"].includes(el.type) && el.value.trim()) return true;
      return false;
    };
    for (const el of document.querySelectorAll("input, select, textarea, button")) {
      if (el.type === "hidden" || el.closest("[hidden], dialog:not([open]), template")) continue;
      if (!named(el)) problems.push(`unnamed ${el.tagName.toLowerCase()} ${el.outerHTML.slice(0, 120)}`);
    }
    return problems;
  });
}

test("the users list: sorted by a heading, ticked users suspended after a confirmation, a CSV imported after a dry run", async () => {
  const { page } = await console_();
  for (const username of ["tick-b", "tick-a"]) {
    const made = await kb.api("POST", "/identities", { identity: { display_name: `Ticked ${username}`, traits: { type: "traits_v0", username } } });
    assert.equal(made.status, 200);
  }
  await page.goto(`${kb.base}/console/users?q=tick-`);
  await page.getByRole("link", { name: "Username" }).click();
  assert.match(await page.locator("th[aria-sort=ascending]").innerText(), /^username ▲$/i);
  assert.deepEqual(await page.locator("#users tbody tr").evaluateAll((rows) => rows.map((r) => r.dataset.username)), ["tick-a", "tick-b"]);
  await page.getByLabel("Select every user on this page").check();
  assert.equal(await page.getByLabel("Select Ticked tick-a").isChecked(), true);
  await page.getByLabel("With the selected users").selectOption({ label: "Suspend" });
  await page.getByRole("button", { name: "Apply…" }).click();
  assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Suspend 2 users?");
  await page.getByRole("button", { name: "Suspend" }).click();
  assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "2 users suspended and signed out.");
  assert.match(await (await userRow(page, "tick-a")).innerText(), /Suspended/);

  await page.goto(`${kb.base}/console/users`);
  await page.getByRole("link", { name: "Import CSV" }).click();
  await page.getByLabel("Or paste the CSV").fill("username,email\nimp-one,imp-one@example.com\nimp-two,not-an-email\n");
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  assert.match(await page.locator("#import-summary").innerText(), /1 of 2 lines cannot be imported/);
  assert.match(await page.locator("tr[data-line='3']").innerText(), /email must be an email address/);
  assert.match(await page.getByLabel("Or paste the CSV").inputValue(), /imp-two,not-an-email/, "the pasted file is kept");
  await page.getByLabel("Or paste the CSV").fill("username,email\nimp-one,imp-one@example.com\nimp-two,imp-two@example.com\n");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  assert.match(await page.locator("#import-summary").innerText(), /2 users added/);
  assert.equal(await (await userRow(page, "imp-two")).count(), 1);
});

test("every console page fits 390 px and 1280 px wide, and every control on it has a name", async () => {
  const { page } = await console_();
  await page.goto(`${kb.base}/console/users?q=ada`);
  const profile = await page.locator('tr[data-username="ada"] a').first().getAttribute("href");
  const paths = [
    "/console", "/console/users", "/console/users/new", "/console/users/import", profile, `${profile}?tab=passkeys`,
    `${profile}?tab=enrolments`,
    `${profile}?tab=groups`, `${profile}?tab=sessions`, `${profile}?tab=activity`, `${profile}?enroll=passkey`,
    "/console/groups", "/console/signup-tokens", "/console/authenticator-configs", "/console/email-templates",
    "/console/applications", "/console/applications/new", "/console/ldap", "/console/api-tokens",
    "/console/audit", "/console/settings", "/console/no-such-page", "/account",
  ];
  // The sign-in and enrol pages as a visitor sees them: the admin's passkey would sign in
  // through /login's autofill and leave the page while it is measured.
  const visitor = await pageWithAuthenticator(browser);
  const found = [];
  for (const width of [390, 1280]) {
    for (const [who, list] of [[page, paths], [visitor.page, ["/login", "/enroll"]]]) {
      await who.setViewportSize({ width, height: 900 });
      for (const path of list) {
        await who.goto(`${kb.base}${path}`);
        for (const problem of await layoutProblems(who)) found.push(`${width}px ${path}: ${problem}`);
      }
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await visitor.context.close();
  assert.deepEqual(found, []);
});

test("on a phone the console's menu folds away behind a Menu button; on a wide screen it is always there", async () => {
  const { page } = await console_();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${kb.base}/console`);
  const menu = page.getByRole("button", { name: "Menu" });
  const users = page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Users" });
  assert.equal(await menu.getAttribute("aria-expanded"), "false");
  assert.equal(await users.isVisible(), false, "folded at first");
  assert.ok((await page.locator("main h1").boundingBox()).y < 120, "the page starts near the top");
  await menu.click();
  assert.equal(await menu.getAttribute("aria-expanded"), "true");
  await users.click();
  await page.waitForURL(/\/console\/users$/);
  await page.setViewportSize({ width: 1280, height: 900 });
  assert.equal(await menu.isVisible(), false, "no Menu button on a wide screen");
  assert.equal(await users.isVisible(), true);
});

test("a helpdesk for Sales signs in with a passkey, gives a member a 9-character code in two clicks, and reaches nothing else", async () => {
  await console_(); // ada, the administrator, exists and is signed in elsewhere
  const sales = (await kb.api("POST", "/groups", { group: { display_name: "Sales" } })).body.id;
  const make = async (username, display_name) =>
    (await kb.api("POST", "/identities", { identity: { display_name, traits: { type: "traits_v0", username } } })).body.id;
  const helen = await make("hd-helen", "Helen Desk");
  const sam = await make("hd-sam", "Sam Sales");
  const olga = await make("hd-olga", "Olga Outside");
  const ada = (await kb.api("GET", `/identities?filter=${encodeURIComponent('traits.username eq "ada"')}`)).body.identities[0].id;
  assert.equal((await kb.api("POST", `/groups/${sales}:addMembers`, { identity_ids: [helen, sam, ada] })).status, 200);
  const given = await kb.api("PATCH", `/identities/${helen}`, { identity: { role: "helpdesk", role_group_ids: [sales] } });
  assert.equal(given.body.role, "helpdesk", JSON.stringify(given.body));

  // Helen's passkey, then her sign-in to the console with it.
  const configId = (await kb.api("POST", "/authenticator-configs", { authenticator_config: { config: { type: "hosted_web" } } })).body.id;
  const job = await kb.api("POST", `/identities/${helen}/credential-binding-jobs`, {
    job: { delivery_method: "RETURN", authenticator_config_id: configId },
  });
  const { page, context } = await pageWithAuthenticator(browser);
  await page.goto(job.body.credential_binding_link);
  await page.getByRole("button", { name: "Create passkey" }).click();
  await page.waitForSelector("body[data-state=done]", { timeout: 15000 });
  await context.clearCookies();
  await page.goto(`${kb.base}/console`);
  await page.waitForURL(/\/console$/, { timeout: 15000 });
  assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Dashboard");
  const menu = await page.locator("nav.side").innerText();
  assert.match(menu, /Users/);
  for (const hidden of ["Settings", "API tokens", "LDAP", "Applications", "Groups", "Audit log"]) {
    assert.doesNotMatch(menu, new RegExp(`^${hidden}$`, "m"), `${hidden} is not in her menu`);
  }

  // Search, then Enroll beside the person: the code in two clicks.
  await page.getByLabel("Find a person").fill("hd-sam");
  await page.getByLabel("Find a person").press("Enter");
  await page.waitForURL(/\/console\/users\?q=hd-sam/);
  assert.equal(await page.locator('tr[data-username="hd-olga"]').count(), 0);
  await page.getByRole("link", { name: "Enroll a passkey for Sam Sales" }).click();
  await page.getByLabel("Select method").selectOption({ label: "Generate 9-character code" });
  await page.getByRole("button", { name: "Generate 9-character code" }).click();
  assert.match((await page.locator("#code").innerText()).trim(), /^[A-Z0-9]{4}-?[A-Z0-9]{5}$/);

  // Not by URL either.
  for (const path of ["/console/settings", "/console/api-tokens", "/console/ldap", "/console/applications"]) {
    const refused = await page.goto(`${kb.base}${path}`);
    assert.equal(refused.status(), 403, path);
    assert.match(await page.locator("h1").innerText(), /Not part of your role/);
  }
  // Someone outside Sales is not there at all.
  assert.equal((await page.goto(`${kb.base}/console/users/${olga}`)).status(), 404);

  // The administrator is in Sales, but helping them is not hers to do: no code, no sign-out.
  await page.goto(`${kb.base}/console/users/${ada}?enroll=passkey`);
  await page.getByLabel("Select method").selectOption({ label: "Generate 9-character code" });
  await page.getByRole("button", { name: "Generate 9-character code" }).click();
  assert.match(await page.locator("main").innerText(), /administrator role/);
  await page.goto(`${kb.base}/console/users/${ada}?tab=sessions`);
  page.once("dialog", (d) => d.accept());
  await page.locator("#sessions").getByRole("button", { name: "Sign out" }).first().click();
  await page.waitForLoadState();
  assert.match(await page.locator("main").innerText(), /administrator role/);
  assert.equal(await page.getByRole("button", { name: "Suspend" }).count(), 0, "no Suspend button for her");
  const adaJobs = await kb.api("GET", `/identities/${ada}/credential-binding-jobs`);
  assert.equal(adaJobs.body.credential_binding_jobs.filter((j) => j.delivery_method === "SHORT_CODE").length, 0, "no code was made for the administrator");
  await context.close();
});
