// Takes the README's screenshots (docs/screenshots/*.png) of the console and of the pages
// people see, against a fresh Keybound with some sample data:
// `KEYBOUND_BIN=… node screenshots.mjs`. Not a test.

import { startKeybound, launchBrowser, pageWithAuthenticator } from "./harness.mjs";
import { fileURLToPath } from "node:url";
import { join, dirname } from "node:path";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "docs", "screenshots");
const kb = await startKeybound();
const browser = await launchBrowser();
try {
  const { page, context } = await pageWithAuthenticator(browser);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(kb.cli("admin", "link", "--username", "ada", "--create").trim().split("\n").pop());
  await page.getByRole("button", { name: "Create passkey" }).click();
  await page.waitForURL(/\/console$/, { timeout: 15000 });
  const staff = await kb.api("POST", "/groups", { group: { display_name: "Staff" } });
  const people = [["Grace Hopper", "grace"], ["Alan Turing", "alan"], ["Ada Byron", "abyron"], ["Linus Pauling", "linus"], ["Mary Jackson", "mary"]];
  const config = await kb.api("POST", "/authenticator-configs", { authenticator_config: { config: { type: "hosted_web" } } });
  const ids = {};
  for (const [i, [name, username]] of people.entries()) {
    const person = await kb.api("POST", "/identities", {
      identity: { display_name: name, traits: { type: "traits_v0", username, primary_email_address: `${username}@example.com` } },
    });
    ids[username] = person.body.id;
    await kb.api("POST", `/groups/${staff.body.id}:addMembers`, { identity_ids: [person.body.id] });
    if (i < 3) {
      const job = await kb.api("POST", `/identities/${person.body.id}/credential-binding-jobs`, {
        job: { delivery_method: "RETURN", authenticator_config_id: config.body.id },
      });
      const holder = await pageWithAuthenticator(browser);
      await holder.page.goto(job.body.credential_binding_link);
      await holder.page.getByRole("button", { name: "Create passkey" }).click();
      await holder.page.waitForSelector("body[data-state=done]", { timeout: 15000 });
      await holder.context.close();
    }
  }
  const shot = (name) => page.screenshot({ path: join(out, `console-${name}.png`) });
  await page.goto(`${kb.base}/console`);
  await shot("dashboard");
  await page.goto(`${kb.base}/console/users?sort=name`);
  await page.getByLabel("Select Linus Pauling").check();
  await page.getByLabel("Select Mary Jackson").check();
  await shot("users");
  await page.getByRole("link", { name: "Linus Pauling", exact: true }).click();
  await page.getByText("Enroll a Passkey").click();
  await page.getByRole("link", { name: "Passkey", exact: true }).click();
  await shot("enroll");
  await page.getByLabel("Select method").selectOption({ label: "Generate 9-character code" });
  await page.getByRole("button", { name: "Generate 9-character code" }).click();
  await page.getByText(/Never share the code/).waitFor();
  await shot("code");
  for (let i = 0; i < 2; i += 1) {
    await kb.api("POST", `/identities/${ids.linus}/credential-binding-jobs`, {
      job: { delivery_method: "EMAIL", authenticator_config_id: config.body.id },
    });
  }
  await page.goto(`${kb.base}/console/users/${ids.linus}?tab=enrolments`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Revoke" }).first().click();
  await page.locator(".badge.revoked").first().waitFor();
  await shot("enrolments");
  await page.goto(`${kb.base}/console/users/import`);
  await page.getByLabel("Or paste the CSV").fill(
    "username,email,given_name,family_name,groups\nkatherine,katherine@example.com,Katherine,Johnson,Staff\n" +
      "dorothy,dorothy@example,Dorothy,Vaughan,Staff\nmary,mary2@example.com,Mary,Jackson,\n",
  );
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  await page.getByText(/cannot be imported/).waitFor();
  await shot("import");
  await page.goto(`${kb.base}/console/users/new`);
  await page.getByLabel("First name").fill("Wanda");
  await page.getByLabel("Username").fill("wanda");
  await page.getByRole("button", { name: "Next" }).first().click();
  await page.locator("fieldset[data-step='2'] [data-next]").click();
  await page.getByLabel("Assign a security key").check();
  await page.getByLabel("Security key device").selectOption({ label: "Contactless Card" });
  await shot("wizard");
  await page.goto(`${kb.base}/console/signup-tokens`);
  await page.getByLabel("Usage limit").fill("10");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await page.getByRole("link", { name: "Close" }).click();
  await shot("signup-tokens");
  await page.goto(`${kb.base}/console/audit`);
  await shot("audit");
  const wiki = await kb.api("POST", "/applications", {
    application: {
      display_name: "Wiki",
      allowed_group_ids: [staff.body.id],
      protocol_config: { type: "oidc", redirect_uris: ["https://wiki.example.com/oauth2/callback"], allowed_scopes: ["openid", "profile", "email", "groups"] },
    },
  });
  await page.goto(`${kb.base}/console/applications/${wiki.body.id}`);
  await shot("application");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${kb.base}/console/users?sort=name`);
  await shot("phone");
  await page.setViewportSize({ width: 1280, height: 800 });
  // The organisation's name on the pages people see.
  await page.goto(`${kb.base}/console/settings`);
  await page.getByLabel(/Organisation name/).fill("Acme Rockets");
  await page.getByRole("button", { name: "Save settings" }).click();
  await page.waitForURL(/saved=1/);
  await page.goto(`${kb.base}/account`);
  await page.screenshot({ path: join(out, "account.png") });
  const visitor = await pageWithAuthenticator(browser);
  await visitor.page.setViewportSize({ width: 1280, height: 800 });
  await visitor.page.goto(`${kb.base}/login`);
  await visitor.page.screenshot({ path: join(out, "login.png") });
  await visitor.context.close();
  await context.close();
} finally {
  await browser.close();
  await kb.stop();
}
