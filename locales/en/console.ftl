# The admin console.

## Layout

console-page-title = { $page } · Keybound console
console-skip = Skip to content
console-nav = Console
console-menu = Menu
console-realm = Realm
console-realm-switch = Switch
console-your-account = Your account
console-sign-out = Sign out
console-copied = Copied
console-copy-by-hand = Press Ctrl+C
console-nav-dashboard = Dashboard
console-nav-users = Users
console-nav-groups = Groups
console-nav-signup = Sign-up tokens
console-nav-configs = Authenticator configs
console-nav-templates = Email templates
console-nav-applications = Applications
console-nav-ldap = LDAP
console-nav-provisioning = Provisioning
console-nav-api = API tokens
console-nav-audit = Audit log
console-nav-settings = Settings

## Refusals and problems

console-no-access = No access to the console
console-no-access-text = You are signed in, but you have no role in this console. Ask an administrator for access.
console-not-for-role = Not part of your role
console-not-for-role-text = Your role in this console does not include this page. Go back to the console’s home page (/console), or ask an administrator.
console-needs-passkey = Sign in with a passkey
console-needs-passkey-text = The console opens only for a session signed in with a passkey. You signed in with a one-time link: add a passkey on your account page (/account), sign out, and sign in again with it.
console-form-too-large = What you sent is larger than the 2 MiB a console form takes. To import more people than that, split the CSV file into parts of at most 2 MiB (about 20,000 lines each) and import them one after another.
console-form-refused = Form refused
console-form-refused-text = This form did not come from this console, or your session changed. Go back, reload the page and try again.
console-problem-title = Something went wrong
console-go-back = Go back
console-no-such-realm = No such realm.
console-cancel = Cancel

## Dashboard and audit log

console-find-person = Find a person
console-find-placeholder = Name, username or email
console-search = Search
console-find-hint = Then choose Enroll beside them: an email, a 9-character code or a sign-in link.
console-status-enrolled = Enrolled
console-status-pending = Pending
console-status-invite-failed = Invite failed
console-status-suspended = Suspended
console-chart = Passkeys bound, last 30 days
console-chart-label = Passkeys bound per day over the last 30 days: { $total } in all
console-recent-events = Recent events
console-col-when = When
console-col-action = Action
console-col-actor = Actor
console-col-outcome = Outcome
console-col-detail = Detail
console-col-target = Target
console-col-person = Person
console-col-address = Address
console-outcome-success = Success
console-outcome-failure = Failure
console-nothing-yet = Nothing yet.
console-whole-audit-log = Whole audit log
console-audit-user = User
console-audit-user-placeholder = username or id
console-any = Any
console-audit-from = From
console-audit-to = To
console-filter = Filter
console-export-csv = Export CSV
console-audit-count = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
console-audit-none = No events match.
console-audit-older = Older events
console-actor-system = system (command line)
console-actor-api-token = API token { $name }
console-actor-scim = SCIM ({ $name })
console-target-passkey = passkey
console-target-enrolment = enrolment
console-target-session = session
console-target-group = group { $name }
console-target-signup-token = sign-up link
console-target-deleted = { $name } (deleted)

## Applications

console-issuer = Issuer
console-discovery-url = Discovery URL
console-copy = Copy
console-applications-intro = Applications sign their users in through Keybound with OpenID Connect. Give an application this realm’s issuer; its library finds the rest in the discovery document.
console-new-application = New application
console-col-name = Name
console-client-id = Client ID
console-col-type = Type
console-col-redirect-uris = Redirect URIs
console-col-created = Created
console-app-kind-public = Public
console-app-kind-confidential = Confidential
console-no-applications = No applications yet.
console-back-applications = ← Applications
console-client-secret = Client secret
console-client-secret-once = Copy the secret now: it is not shown again. Keybound keeps only its hash.
console-close = Close
console-rotate-secret = Rotate secret
console-rotate-secret-confirm = Make a new client secret? The current one stops working at once.
console-not-saved-fields = Not saved: see the fields marked below.
console-not-saved = Not saved: { $reason }
console-app-confidential = Confidential: a server-side app that keeps a secret
console-app-public = Public: a single-page or native app, no secret, PKCE always
console-app-client-auth = Client authentication (confidential apps)
console-app-auth-basic = client_secret_basic (HTTP Basic)
console-app-auth-post = client_secret_post (in the form)
console-app-redirect-uris = Redirect URIs, one per line
console-app-logout-uris = Post-logout redirect URIs, one per line
console-app-resources = APIs its access tokens may be for (RFC 8707), one per line: those tokens are JWTs
console-app-resources-placeholder = optional, like https://api.example.com
console-app-grants = Grants it may use
console-app-scopes = Scopes it may ask for
console-app-pkce = Require PKCE (S256)
console-app-access-lifetime = Access token lifetime
console-app-refresh-lifetime = Refresh token lifetime
console-app-id-token-alg = ID token signature
console-app-backchannel = Back-channel logout URI
console-optional = optional
console-logo-url = Logo URL
console-optional-https = optional, https
console-app-groups = Only members of these groups may sign in (none ticked: everyone in the realm)
console-app-skip-consent = Skip the consent screen (a first-party app)
console-app-dpop = Bind its tokens to its key (DPoP)
console-app-par = Take only pushed authorization requests (PAR)
console-save = Save
console-delete-application = Delete application
console-create-application = Create application
console-activity = Activity
console-app-choose-type = Choose confidential or public.
console-delete-confirm = Delete { $name }?
console-delete-application-text = Its users can no longer sign in to it through Keybound, and the tokens it holds stop working. This cannot be undone.

## Groups and enrolment emails in bulk

console-back-users = ← Users
console-batch-title = Enrolment emails
console-batch-sending = Sending enrolment emails…
console-batch-sent = Enrolment emails sent
console-batch-count-sent = Sent
console-batch-count-waiting = Waiting
console-batch-count-skipped = Skipped
console-batch-made = { $made } of { $total } enrolment emails made.
console-batch-updating = This page updates itself until the rest are done.
console-batch-each = Each person’s enrolment shows on their page.
console-batch-skipped = { $count } skipped:
console-col-why = Why
console-description = Description
console-no-groups = No groups yet.
console-new-group = New group
console-create-group = Create group
console-back-groups = ← Groups
console-group-ldap = This group comes from the LDAP directory: its name and members are managed by LDAP and change there.
console-group-scim = This group is provisioned by SCIM: its name and members are managed by the directory that pushes it, and change there.
console-delete-group = Delete group
console-delete-group-confirm = Delete the group { $name }?
console-delete-group-text = Its members stay; only the group and their membership in it go.
console-members = Members
console-username = Username
console-col-status = Status
console-remove = Remove
console-no-members = No members.
console-add-member-username = Add a user by username
console-add-member = Add member

## Authenticator configs

console-configs-intro = How passkeys are bound: on Keybound’s own pages (hosted web), or in your app with the JS SDK (embedded).
console-invoke-url = Invoke URL
console-trusted-origins = Trusted origins
console-attestation = Hardware key attestation
console-col-id = Id
console-config-embedded = Embedded (JS SDK)
console-config-hosted = Hosted web
console-attestation-required = required
console-config-delete-confirm = Delete this config? Its pending binding jobs go with it.
console-delete = Delete
console-no-configs = None yet. The console makes a hosted one when it first enrols someone.
console-mds-imported = FIDO metadata: BLOB number { $number }, imported { $imported }, { $entries ->
    [one] { $entries } authenticator model
   *[other] { $entries } authenticator models
}, next update due { $next }. Attestations are checked against the roots it lists for each model.
console-mds-none = No FIDO metadata imported: a required attestation is taken at the model it claims. To check it against the roots each model’s maker lists, download the FIDO Metadata Service BLOB and run { $command }.
console-new-config = New config
console-invoke-url-embedded = Invoke URL (embedded)
console-trusted-origins-embedded = Trusted origins (embedded; one per line)
console-synced-allowed = Synced passkeys allowed (a passkey provider copies them to the person’s other devices)
console-deny-list = Refused authenticator models (AAGUIDs, one per line)
console-conveyance = Attestation asked for
console-conveyance-none = None
console-conveyance-indirect = Indirect
console-conveyance-direct = Direct
console-conveyance-enterprise = Enterprise
console-require-attestation = Hardware keys must present an attestation
console-allow-list = Allowed hardware key models (AAGUIDs, one per line; empty: any)
console-create-config = Create config
console-config-choose-type = The type must be hosted web or embedded.

## Provisioning (SCIM)

console-provisioning-intro = Directories such as Microsoft Entra ID, Okta and Google Workspace, or an HR system, push people and groups into this realm with SCIM 2.0.
console-provisioning-read-only = What they push (names, username, emails, external id, status, the groups and their members) is read-only here, marked { $badge }: change it in the directory.
console-scim-token-created = SCIM token created
console-scim-token-once = Copy it into your directory’s provisioning settings now: it is not shown again.
console-scim-token = SCIM token
console-scim-settings = Settings for your directory
console-scim-url = Tenant URL (SCIM base URL)
console-scim-auth = Authentication: a bearer token (Entra ID calls it the secret token; Okta, HTTP header authentication). It needs these scopes:
console-token-name = Token name
console-create-scim-token = Create SCIM token
console-scim-changes = Latest SCIM changes
console-no-scim-changes = No SCIM changes yet.

## API and sign-up tokens

console-api-token-created = API token created
console-secret-once = Copy the secret now: it is not shown again.
console-secret = Secret
console-scopes = Scopes
console-col-expires = Expires
console-col-last-used = Last used
console-never = never
console-api-token-revoke-confirm = Revoke the token “{ $name }”? Programs using it stop working.
console-revoke = Revoke
console-no-api-tokens = No API tokens.
console-new-api-token = New API token
console-lifetime = Lifetime
console-lifetime-placeholder = e.g. 30d; empty: never expires
console-create-token = Create token
console-signup-mode = User sign-ups
console-signup-disabled = Disabled
console-signup-with-token = Signup with token
console-signup-open = Open signup
console-signup-link-created = Sign-up link created
console-signup-link-once = Send this link to the people who should sign up. It is shown only now.
console-signup-link = Sign-up link
console-signup-disabled-warning = Sign-ups are disabled in this realm: choose “Signup with token” above for the link to work.
console-col-state = State
console-col-usage = Usage
console-token-active = Active
console-token-expired = Expired
console-token-used-up = Used up
console-token-revoked = Revoked
console-signup-revoke-confirm = Revoke this sign-up link? Nobody can sign up with it afterwards.
console-no-signup-tokens = No sign-up tokens yet.
console-create-signup-token = Create Signup Token
console-usage-limit = Usage limit
console-expires-after = Expires after
console-1-hour = 1 hour
console-12-hours = 12 hours
console-1-day = 1 day
console-1-week = 1 week
console-4-weeks = 4 weeks
console-signup-groups = Groups new users join
console-create = Create

## LDAP

console-ldap-intro = People and groups from a directory (OpenLDAP, Active Directory, FreeIPA, lldap) are synced into this realm: on a schedule, and when you press Sync now.
console-ldap-read-only = What the directory owns (names, username, email, its groups and their members) is read-only here, marked { $badge }.
console-ldap-test = Test connection
console-ldap-dry-run = Dry run (change nothing)
console-ldap-force = Even if more than half would be suspended
console-ldap-sync-now = Sync now
console-ldap-settings-hint = Empty fields take the default shown. Fields marked Locked are set in the server’s environment or configuration file.
console-locked = Locked
console-save-settings = Save settings
console-ldap-last-syncs = Last syncs
console-ldap-col-by = By
console-ldap-col-what = What happened
console-ldap-dry-run-mark = (dry run)
console-ldap-skipped = { $count } skipped
console-ldap-no-syncs = No syncs yet.
console-ldap-url = Directory URL
console-ldap-url-placeholder = ldap://ldap.example.com:389 or ldaps://…:636
console-ldap-starttls = StartTLS on ldap://
console-ldap-bind-dn = Bind DN (service account)
console-ldap-bind-dn-placeholder = empty: anonymous
console-ldap-bind-password = Bind password
console-ldap-password-saved = saved; type a new one to change it
console-ldap-base-dn = Base DN
console-ldap-user-filter = People filter
console-ldap-group-filter = Groups filter
console-ldap-attr-unique-id = Unique id attribute
console-ldap-attr-unique-id-placeholder = entryUUID (Active Directory: objectGUID)
console-ldap-attr-username = Username attribute
console-ldap-attr-username-placeholder = uid (Active Directory: sAMAccountName)
console-ldap-attr-email = Email attribute
console-ldap-attr-given-name = First name attribute
console-ldap-attr-family-name = Last name attribute
console-ldap-attr-display-name = Display name attribute
console-ldap-attr-group-name = Group name attribute
console-ldap-attr-group-member = Group member attribute
console-ldap-attr-group-member-placeholder = member (also uniqueMember, memberUid)
console-ldap-nested-groups = Members of nested groups are members (Active Directory)
console-ldap-admin-group = Administrators group
console-ldap-admin-group-placeholder = members become console administrators
console-ldap-role-groups = Role groups
console-ldap-removed = People who leave the directory
console-ldap-removed-placeholder = suspend (or delete)
console-ldap-page-size = Page size
console-ldap-sync-interval = Sync every
console-ldap-sync-interval-placeholder = 1h; 0 turns the schedule off
console-ldap-saved = Settings saved.
console-ldap-not-saved = Not saved.
console-ldap-connected = Connected: { $people } people, { $groups } groups.
console-ldap-no-username = (no username)
console-ldap-connection-failed = The connection failed.
console-ldap-sync-failed = The sync changed nothing.
console-ldap-would = would { $change }
console-ldap-skipped-entry = skipped { $entry }: { $reason }
console-ldap-summary = { $created } created, { $updated } updated, { $suspended } suspended, { $deleted } deleted, { $reactivated } reactivated; groups { $groups_created } created, { $groups_updated } updated, { $groups_deleted } deleted; memberships +{ $memberships_added } -{ $memberships_removed }; roles +{ $roles_granted } -{ $roles_revoked }; { $skipped } skipped
console-ldap-dry-run-summary = dry run: { $summary }

## Settings

console-saved = Saved.
console-organisation = Organisation
console-organisation-name = Organisation name
console-organisation-name-hint = (shown in emails and on the sign-in pages)
console-logo-url-hint = (shown at the top of the built-in emails and the sign-in pages; https)
console-sign-in = Sign-in
console-one-time-access = Email one-time access
console-enroll-on-provision = Send an enrolment email to people added by CSV import, LDAP sync or SCIM
console-one-time-access-hint = Adds “Don’t have access to your passkey?” to the sign-in page: people get a one-time sign-in link by email. Anyone who can read a person’s email can then sign in as them.
console-needs-smtp = Needs SMTP (below).
console-default-language = Default language
console-default-language-hint = For people who chose no language and whose browser asks for none of these. Each person can choose their own on their account page.
console-time-zone = Time zone of emails
console-email-delivery = Email delivery
console-email-smtp = Email goes out through the SMTP server set in the configuration ({ $variable } and the settings beside it).
console-email-outbox = No SMTP server is configured: email is written to the outbox folder in the data directory. To send it, set these (see the README) and restart:
console-test-email-to = Send a test email to
console-send-test-email = Send test email
console-signup-mode-invalid = The sign-up mode must be disabled, with token or open.
console-logo-invalid = The logo must be an http(s) URL, like https://example.com/logo.png.
console-test-email-sent = Sent to { $to }: { $answer }
console-test-email-failed = Could not send to { $to }: { $why }

## Email templates

console-template-kind = Kind
console-template-language = Language
console-template-default = Default
console-template-every-language = Every language
console-template-delete-confirm = Delete the template “{ $name }”?
console-templates-none = Only the built-in templates so far.
console-new-template = New template
console-edit-template = Edit “{ $name }”
console-template-is-default = Default for its kind
console-template-language-hint = A default in a language is sent to the people who read it; everyone else gets the default for every language, else Keybound’s built-in email in their language.
console-template-subject = Subject
console-template-html = HTML body
console-template-text = Text body
console-template-variables = Variables:
console-save-template = Save template
console-preview = Preview
console-preview-sample = (sample values)
console-preview-html = HTML preview
console-preview-failed = The preview failed.

## Users

console-new-user = New user
console-all = All
console-user-count = { $count ->
    [one] { $count } user
   *[other] { $count } users
}
console-bulk-with = With the selected users
console-bulk-enroll-email = Send enrolment email
console-suspend = Suspend
console-resume = Resume
console-bulk-all = { $count ->
    [one] The { $count } matching, not only those ticked
   *[other] All { $count } matching, not only those ticked
}
console-apply = Apply…
console-import-csv = Import CSV
console-select-page = Select every user on this page
console-select-user = Select { $name }
console-enroll-for = Enroll a passkey for { $name }
console-enroll = Enroll
console-no-users = No users.
console-no-users-match = No users match.
console-pages = Pages
console-previous-page = Previous page
console-next-page = Next page
console-page-of = Page { $page } of { $pages }
console-email = Email
console-passkeys = Passkeys
console-last-sign-in = Last sign-in
console-bulk-ask-enroll = { $count ->
    [one] Send an enrolment email to { $count } user?
   *[other] Send an enrolment email to { $count } users?
}
console-bulk-ask-suspend = { $count ->
    [one] Suspend { $count } user?
   *[other] Suspend { $count } users?
}
console-bulk-ask-resume = { $count ->
    [one] Resume { $count } user?
   *[other] Resume { $count } users?
}
console-bulk-ask-delete = { $count ->
    [one] Delete { $count } user?
   *[other] Delete { $count } users?
}
console-bulk-enroll-emails = Send enrolment emails
console-delete-users = Delete users
console-bulk-done-enroll = { $count ->
    [one] Sending enrolment emails to { $count } user.
   *[other] Sending enrolment emails to { $count } users.
}
console-bulk-done-suspend = { $count ->
    [one] { $count } user suspended and signed out.
   *[other] { $count } users suspended and signed out.
}
console-bulk-done-resume = { $count ->
    [one] { $count } user resumed.
   *[other] { $count } users resumed.
}
console-bulk-done-delete = { $count ->
    [one] { $count } user deleted, with their passkeys and sessions.
   *[other] { $count } users deleted, with their passkeys and sessions.
}
console-bulk-choose-action = Choose what to do with the selected users.
console-bulk-tick = Tick the users to change, or choose all matching users.
console-bulk-too-many = Tick at most { $most } users, or choose all matching users.
console-bulk-more = and { $count } more
console-back-to-users = Back to users

## Import

console-import-title = Import users
console-import-intro = The first line names the columns: username (required), email, given_name, family_name, display_name and groups (group names separated by ;). Then one user a line. A file exported from the users list reads back.
console-import-bad = { $bad } of { $lines } lines cannot be imported. Nothing was added; fix them and check again.
console-import-all-good = { $lines ->
    [one] The line can be imported. Nothing was added yet.
   *[other] All { $lines } lines can be imported. Nothing was added yet.
}
console-import-added = { $count ->
    [one] { $count } user added.
   *[other] { $count } users added.
}
console-import-ignored = Columns ignored: { $columns }
console-col-line = Line
console-col-result = Result
console-csv-file = CSV file
console-csv-paste = Or paste the CSV
console-import-check = Check (dry run)
console-import = Import
console-import-will-add = will be added
console-import-added-line = added
console-import-empty = The file is empty. Its first line names the columns: { $columns }
console-import-no-username = The first line names the columns, and one of them must be username.
console-import-too-many = The file has { $count } users; import at most { $most } at a time.
console-import-fields = has { $fields } fields; the first line names { $columns }
console-import-duplicate = this username, or one that looks the same, is on an earlier line too
console-import-group-ambiguous = more than one group is named "{ $name }"; rename one in the console first
console-import-no-group = there is no group named "{ $name }"
console-import-exists = a user with this username already exists
console-import-looks-like = this username looks the same as the existing `{ $username }`

## A user's page

console-role-groups = { $count ->
    [one] { $count } group
   *[other] { $count } groups
}
console-enroll-passkey = Enroll a Passkey
console-passkey = Passkey
console-notice-activation-outbox = User created. No SMTP server is configured, so the activation email to { $email } was not sent: it was written to { $folder }. The user is Pending until they activate.
console-notice-activation-sent = User created. An activation email was sent to { $email }; the user is Pending until they activate.
console-notice-created = User created. Use Enroll a Passkey to give them a way in.
console-notice-resent = The enrolment email was sent again with a new link; the earlier link no longer works.
console-tab-profile = Profile
console-tab-enrolments = Enrolments
console-tab-sessions = Sessions
console-username-is = Username { $username }
console-id-is = id { $id }
console-user-ldap = This person comes from the LDAP directory: their name, username and email are managed by LDAP and change there; the next sync brings the change here. Passkeys, sessions and groups of this realm work as for anyone.
console-user-scim = This person is provisioned by SCIM (see { $provisioning }): their name, username, emails, external id and status are managed by the directory that pushes them, and change there. Passkeys and sessions work as for anyone.
console-display-name = Display name
console-first-name = First name
console-last-name = Last name
console-directory-entry = Directory entry
console-external-id = External id
console-suspend-confirm = Suspend { $name }? They will not be able to sign in.
console-delete-user = Delete user
console-delete-user-text = { $name } ({ $username }) and their passkeys, sessions and pending enrolments will be deleted. This cannot be undone.
console-role-title = Console role
console-role = Role
console-role-none = None: no console access
console-role-limited = Limited to the members of (none ticked: the whole realm)
console-save-role = Save role
console-no-such-role = There is no such role.
console-role-helpdesk = Helpdesk
console-role-user-manager = User manager
console-role-app-manager = App manager
console-role-auditor = Auditor
console-role-admin = Administrator
console-no-sessions = { $name } is not signed in anywhere.
console-col-device = Device
console-col-signed-in = Signed in
console-col-last-seen = Last seen
console-session-revoke-confirm = Sign { $name } out of this session?
console-no-jobs = No enrolments have been sent to { $name } yet.
console-col-delivery = Delivery
console-col-key = Key
console-col-actions = Actions
console-job-link = Link
console-job-code = 9-character code
console-job-opened = Opened
console-job-delivered = Delivered
console-job-complete = Complete
console-job-failed = Failed to send
console-resend = Resend
console-job-revoke-confirm = Revoke this enrolment? Its link or code will stop working.
console-flagged = Flagged
console-passkey-synced = synced
console-passkey-device-bound = device-bound
console-device-any = Any passkey
console-device-smartphone = Smartphone
console-device-contactless-card = Contactless Card
console-device-hardware-key = FIDO2 Hardware Security Key
console-policy-verification-required = verification required
console-policy-verification-preferred = verification preferred
console-policy-offline = offline login
console-policy-no-bluetooth = no Bluetooth
console-not-audited = Not audited
console-not-audited-title = An administrator turned auditing off for this key
console-not-audited-hint = its sign-ins are not recorded in the audit log
console-passkey-revoke-confirm = Revoke the passkey “{ $name }”? It will no longer sign in.
console-no-passkeys = No passkeys yet.
console-col-group = Group
console-in-no-group = In no group.
console-add-to-group = Add to group
console-add = Add
console-user-all-events = All of { $name }’s events in the audit log
console-enroll-title = Enroll a Passkey for { $name }
console-enroll-method = Select method
console-enroll-by-email = Send an enrollment email
console-enroll-by-code = Generate 9-character code
console-enroll-by-link = Login code link
console-enroll-no-email = This user has no email address: add one on the Profile tab first.
console-email-template = Email template
console-default-template = Default template
console-enroll-send = Proceed & send email
console-enroll-code-hint = A code the user types at { $page } on the device that will hold the passkey. It works once, for 60 seconds.
console-enroll-link-hint = A one-time sign-in link: the user signs in with it once and adds a passkey on their account page.
console-expiration = Expiration
console-generate-link = Generate link
console-link-choose-lifetime = Choose how long the link works.
console-enroll-email-sent = Enrollment email sent
console-enroll-email-sent-to = An enrollment email was sent to { $to }.
console-enroll-works-until = The link in it works once, until { $expires }.
console-enroll-then-enrolled = When they create their passkey, they show as Enrolled in the Users list.
console-code-title = 9-character code
console-code-share = Share this code with { $name } by message or phone.
console-code-where = They enter it at { $page } on the device that will hold their passkey.
console-code-expires-in = Expires in { $seconds } seconds.
console-code-expired = The code has expired.
console-code-warning = Never share the code with unauthorized users.
console-link-send = Send this link to { $name }.
console-link-until = It signs them in once, until { $expires }, so that they can add a passkey.

## New user and card activation

console-wizard-info = User information
console-wizard-key = Security key
console-wizard-confirm = Confirm
console-wizard-not-added = The user was not added: see the fields marked below.
console-wizard-email-hint = The activation email goes to this address.
console-next = Next
console-back = Back
console-wizard-no-groups = This realm has no groups yet.
console-wizard-assign-key = Assign a security key
console-wizard-key-device = Security key device
console-wizard-card-name = Card name
console-wizard-card-name-placeholder = e.g. Badge 1042
console-wizard-activation = Activation
console-wizard-activate-admin = Activate now as an admin
console-wizard-activate-admin-hint = the card is here with you
console-wizard-activate-user = Activate by user
console-wizard-activate-user-hint = a registration link is emailed
console-wizard-auditable = Auditable
console-wizard-auditable-hint = record this key’s sign-ins in the audit log
console-wizard-bluetooth = Bluetooth proximity
console-wizard-bluetooth-hint = check that the phone is near the computer
console-wizard-offline = Offline login
console-wizard-verification = Verification
console-wizard-verification-required = Required (fingerprint, face or PIN on every use)
console-wizard-verification-preferred = Preferred
console-wizard-key-hint = The user activates the key from the registration link in their activation email.
console-wizard-no-key = None
console-wizard-send-email = Send the activation email
console-wizard-choose-device = Choose a security key device.
console-assign-card = Assign Contactless Card
console-card-for = Card { $card } for { $name }
console-card-step-reader = Make sure the card reader (and its driver) is connected to this computer.
console-card-step-assign = Click Assign Contactless Card. Keybound shows a PIN: set it on the card when the browser asks.
console-card-step-tap = Tap the card on the reader when prompted.
console-card-pin = PIN to set on the card:
console-card-set-pin = Set the PIN above on the card when the browser asks, then tap the card…
console-card-assigned-emailed = The card is assigned. Its PIN was emailed to {"{"}email{"}"}.
console-card-assigned = The card is assigned. The user has no email address: tell them the PIN.
console-request-failed = Request failed
console-request-refused = This request did not come from this console. Reload the page and try again.
console-no-such-user = no user `{ $username }` in this realm
console-skip-you = that is you
console-skip-suspended = already suspended
console-skip-not-suspended = not suspended
console-skip-deleted = deleted meanwhile
console-bad-page = The page must be a page number.
console-bad-status = The status must be active or suspended.
