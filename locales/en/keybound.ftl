# Keybound's messages in English: the hosted pages people see when they enrol, sign in and
# manage their account. Every other language has the same messages with the same arguments.

-passkey = passkey
-passkeys = passkeys

## Every page

language-name = English
footer = Keybound
working = Follow the prompts on your device…

## Sign in

login-title = Sign in
login-intro = Use the { -passkey } on this device, a phone nearby, or a security key.
login-confirm-title = Confirm it’s you
login-confirm-intro = You are signed in as { $name }. The application asks you to confirm it with one of your { -passkeys }.
login-username = Username
login-choose = Choose your { -passkey }
login-button = Sign in with a { -passkey }
login-done = Signed in as { $name }.
login-lost = Don’t have access to your { -passkey }?
login-new = New here?
login-create-account = Create an account

## Sign in by email

email-login-title = Sign in by email
email-login-intro = Enter the email address of your account. We will send it a link that signs you in once, so that you can add a new { -passkey }.
email-login-address = Email address
email-login-button = Send me a link
email-login-failed = Something went wrong ({ $status }).

## One-time sign-in link

login-link-intro = This one-time link signs you in as { $name } ({ $username }), so that you can add a { -passkey } to your account. It works once, until { $expires }.

## Binding a passkey

bind-title = Create your { -passkey }
bind-for = For { $name } ({ $username })
bind-intro = A { -passkey } lets you sign in without a password.
bind-button = Create { -passkey }
bind-done = Your { -passkey } is ready. You can now sign in with it.
bind-no-phone = This browser cannot use a phone to create a { -passkey }. Open this link in Chrome, Edge or Safari on a computer with Bluetooth.

## Instructions per kind of device

device-any = Open this on the device that will hold your { -passkey } (your phone or computer). It will ask you to confirm with your fingerprint, face, PIN or screen lock, and keeps the key on the device.
device-smartphone = Open this on a computer, with your phone nearby and Bluetooth on. When the browser asks where to save the { -passkey }, choose your phone ("Use a phone or tablet") and scan the QR code with the phone’s camera; the { -passkey } is kept on the phone.
device-contactless-card = Have your contactless card and a card reader (NFC) ready. When the browser asks, choose a security key and hold the card on the reader until it is done; the { -passkey } is kept on the card.
device-hardware-key = Have your FIDO2 security key ready. When the browser asks, plug the key in (or tap it on the reader) and touch it when it blinks; you may be asked for its PIN. The { -passkey } is kept on the key.

## Enrolment code

enroll-page-title = Enter your code
enroll-title = Set up your { -passkey }
enroll-intro = Enter the 9-character code your administrator gave you. The next step says what to do with the device that will hold your { -passkey }: this phone or computer, your phone, a security key or a card. The code works once and only for a short time.
enroll-code = Code
enroll-continue = Continue
enroll-done-signed-in = Your { -passkey } is ready, and you are signed in on this device.
enroll-to-account = Go to your account

## Sign-up

signup-title = Create your account
signup-intro = Choose a username, then create a { -passkey } on this device: it is how you will sign in. No password needed.
signup-given-name = First name
signup-family-name = Last name
signup-email = Email
signup-button = Create account and { -passkey }
signup-have-account = Already have an account?
signup-done = Welcome, { $name }. Your { -passkey } is ready.

## Account

account-title = Your account
account-console = Go to the admin console
account-signed-in-as = Signed in as { $name }
account-passkeys = Passkeys
account-welcome = Welcome! You have no { -passkey } yet: add one now to sign in with it from now on.
account-synced = synced
account-device-bound = device-bound
account-created = created { $when }
account-last-used = last used { $when }
account-removed = removed
account-rename = Rename
account-remove = Remove
account-add = Add a { -passkey }
account-sessions = Signed-in sessions
account-since = since { $when }
account-this-browser = this browser
account-sign-out = Sign out
account-applications = Applications
account-remove-access = Remove access
account-no-applications = No application signs you in yet.
account-recent = Recent sign-ins
account-signed-in = Signed in
account-refused = Refused
account-no-signins = No sign-ins yet.
account-sign-out-everywhere = Sign out everywhere
account-rename-prompt = New name for this { -passkey }
account-remove-confirm = Remove this { -passkey }? It will no longer sign you in.
account-unlink-confirm = Remove this application’s access? It will have to ask you again.
account-everywhere-confirm = Sign out on every device, this one included?
account-language = Language
account-language-save = Save

## Applications asking to sign you in

consent-page-title = Allow { $app }?
consent-title = Allow { $app } to sign you in?
consent-receives = You are signed in as { $name }. { $app } will receive:
consent-withdraw = You can withdraw this at any time on your account page.
consent-allow = Allow
consent-cancel = Cancel

## Connecting a device (TV, command line)

device-page-title = Connect a device
device-confirm-title = Let { $app } sign in on your device?
device-check-code = Code { $code }. Only go on if this code is the one your device shows.
device-intro = Enter the code your device (a TV, a command line, a kiosk) shows.
device-deny = Deny

## Signing out of applications

logout-page-title = Sign out
logout-title = Sign out?
logout-intro = You are signed in as { $name }. Signing out here signs you out of Keybound and of the applications you signed in to with it.
form-post-title = Signing you in…

## Administrator setup

setup-page-title = Administrator setup
setup-title = Welcome, administrator
setup-intro = This one-time link is for { $name } ({ $username }). Create a { -passkey } on this device: it is how you will sign in to the Keybound console from now on. The link works once, until { $expires }.
setup-done = Your { -passkey } is ready. Opening the console…

## Messages

title-link-invalid = Link not valid
title-link-gone = Link no longer valid
title-suspended = Account suspended
title-signup-unavailable = Sign-up unavailable
title-something-wrong = Something went wrong
title-signout-refused = Sign-out refused
title-signed-out = Signed out
text-signed-out = You are signed out.
title-request-denied = Request denied
text-device-denied = The device was not signed in.
title-no-access = No access
title-device-connected = Device connected
text-device-connected = You allowed the sign-in. Go back to your device: it continues on its own.
device-unknown-code = No device is waiting with that code: it is not valid, or has expired or been used. Check the code your device shows now.
text-link-spent = This sign-in link has been used or has expired. Ask your administrator for a new one.

## Email

email-name-enrollment = Passkey enrollment (built-in)
email-name-link = Sign-in link (built-in)
email-name-one-time = One-time access (built-in)
email-name-pin = Security key PIN (built-in)
email-subject-for = { $subject } for { $organization }
email-hello = Hello { $name },
email-enrollment-subject = Set up your { -passkey }
email-enrollment-intro = You have been invited to sign in with a { -passkey }. { $instructions } Then follow the steps:
email-enrollment-button = Set up your { -passkey }
email-link-subject = Your sign-in link
email-link-intro = Here is a one-time link to sign in and add a { -passkey } to your account:
email-link-button = Sign in
email-one-time-subject = Your one-time sign-in link
email-one-time-intro = You asked for a link to sign in without your { -passkey }. If that was not you, ignore this email.
email-one-time-button = Sign in once
email-pin-subject = The PIN of your security key
email-pin-intro = Your administrator has set up the security key { $key } for you. Its PIN, which it asks for when you sign in, is:
email-expires = It works once and expires on { $date } (in { $duration }).
email-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }, { $time } ({ $zone })
duration-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
duration-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}

## The JS SDK

sdk-not-a-link = This is not a Keybound binding link.
sdk-unsupported = This browser cannot create passkeys.
sdk-cancelled = The passkey prompt was cancelled or timed out. Try again.
sdk-closed = The passkey prompt was closed before it finished. Try again.
sdk-already-there = This device already holds a passkey for this account.
sdk-wrong-site = This page’s address does not match the site the passkey is for. Open the page from its usual address and try again.
sdk-not-supported = This device cannot make this kind of passkey. Try another device or a security key.
sdk-failed = The passkey did not work
sdk-unreachable = Keybound could not be reached
sdk-request-failed = The request failed
sdk-no-passkeys = This browser cannot use passkeys. Use a current Chrome, Edge, Safari or Firefox, or another device.

## Scopes

scope-openid = who you are (an identifier for your account)
scope-profile = your name and username
scope-email = your email address
scope-groups = the groups you are in
scope-offline-access = access while you are away

## Devices, as a browser's User-Agent names them

device-browser-on-system = { $browser } on { $system }
device-a-browser-on = A browser on { $system }
device-unknown = Unknown browser

## What went wrong, as a person is told

title-page-not-found = Page not found
text-page-not-found = There is no page at this address. Check the link, or start again from the front page.
error-passkey-not-accepted = This passkey is not accepted here. Use another one, or ask your administrator.
error-passkey-removed = This passkey no longer works here: it was removed. Sign in with another passkey, or ask your administrator for a new enrolment.
error-signin-expired = This sign-in attempt has expired or was already used. Start again.
error-passkey-unverified = The passkey could not be verified: { $reason }
error-passkey-must-verify = This passkey must verify you (fingerprint, face or PIN) every time. Try again and complete the check.
error-passkey-turned-off = This passkey has been turned off. Use another one, or ask your administrator.
error-bad-code = That code does not work. Check it, or ask your administrator for a new one.
error-link-invalid = This link is not valid. Check that you copied all of it.
error-too-many-codes = Too many wrong codes from your network. Wait ten minutes and try again.
error-attempt-expired = This attempt has expired or was already used. Start again.
error-link-complete = This link has already been used to create a passkey.
error-link-expired = This link has expired. Ask for a new one.
error-link-revoked = This link has been revoked. Ask for a new one.
error-link-undelivered = This invitation could not be delivered. Ask for a new one.
error-email-signin-off = Signing in by email is not offered here.
error-too-many-requests = Too many requests. Wait fifteen minutes and try again.
error-admin-link-spent = This administrator link has been used or has expired. Run `keybound admin link` for a new one.
error-signup-link-spent = This sign-up link has been used up, has expired or was revoked. Ask for a new one.
error-signup-off = Signing up is turned off here. Ask your administrator for an account.
error-signup-needs-link = Signing up here needs an invitation link. Ask your administrator for one.
error-username-taken = That username is taken. Choose another one.
error-last-passkey = This is your last passkey: without it you cannot sign in again. Confirm to remove it anyway.
error-suspended = This account is suspended. Contact your administrator.
error-signed-out = You are not signed in.
error-no-app-access = Your account does not have access to this application. Ask your administrator if you need it.
error-model-denied = { $name } ({ $model }) is not allowed by this organisation. Use another passkey provider or security key.
error-unnamed-model-denied = This authenticator ({ $model }) is not allowed by this organisation. Use another passkey provider or security key.
error-synced-not-allowed = This would be a synced passkey (copied to your other devices by your passkey provider), and this organisation allows only passkeys that stay on one device. Use a security key, or a device that keeps passkeys on itself.
error-not-built-in-smartphone = This must be a Smartphone, not the device's built-in authenticator. Use the right key and try again.
error-not-built-in-card = This must be a Contactless Card, not the device's built-in authenticator. Use the right key and try again.
error-not-built-in-key = This must be a FIDO2 Hardware Security Key, not the device's built-in authenticator. Use the right key and try again.
error-needs-phone = This must be a smartphone reached over Bluetooth (the phone option in the browser's dialog). Try again with your phone.
error-no-bluetooth = Bluetooth proximity is turned off for this key: connect the phone another way (USB) and try again.
error-needs-card = This must be a contactless card tapped on the reader (NFC). Try again with the card.
error-needs-key = This must be a FIDO2 security key (USB, NFC or Bluetooth). Try again with the key.
error-no-attestation = This security key gave no attestation, and this organisation requires one. Use an approved key.
error-model-not-approved = This security key model ({ $model }) is not on the approved list. Use an approved key.
error-self-attestation = This security key signed its own attestation, which proves nothing about its model. Use an approved key whose maker certifies it.
error-attestation-untraceable = This security key's attestation ({ $format }) cannot be traced to its maker. Use an approved key.
error-model-not-in-metadata = This security key model ({ $model }) is not in the FIDO metadata this organisation trusts. Use an approved key.
error-mds-revoked = { $model } can no longer be used: its maker's certification has been revoked. Use another security key.
error-mds-attestation-compromised = { $model } can no longer be used: its attestation key has been compromised. Use another security key.
error-mds-keys-extractable = { $model } can no longer be used: the keys it holds can be extracted. Use another security key.
error-mds-verification-bypass = { $model } can no longer be used: its user verification can be bypassed. Use another security key.
error-not-genuine = This security key's attestation certificate is not one its maker ({ $maker }) lists. Use a genuine key.
oidc-title-unknown-app = Unknown application
oidc-title-refused = Sign-in request refused
oidc-title-expired = Sign-in request expired
oidc-unknown-app = The application that sent you here is not registered with this sign-in service.
oidc-bad-redirect = The application asked to send you to an address it has not registered, so you were not sent there.
oidc-request-gone = This sign-in request has expired or was already finished. Go back to the application and start again.
oidc-request-used = This sign-in request has expired or was already used. Go back to the application and start again.
oidc-par-required = This application sends its sign-in requests ahead (pushed authorization requests); this one came directly, so it is refused.
oidc-no-redirect = The application did not say where to send you back (redirect_uri).
