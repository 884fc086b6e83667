# Keybound auf Deutsch: die Seiten, auf denen Menschen ihren Passkey einrichten, sich anmelden
# und ihr Konto verwalten.

-passkey = Passkey
-passkeys = Passkeys

## Jede Seite

language-name = Deutsch
footer = Keybound
working = Folgen Sie den Anweisungen auf Ihrem Gerät …

## Anmelden

login-title = Anmelden
login-intro = Verwenden Sie den { -passkey } auf diesem Gerät, ein Smartphone in der Nähe oder einen Sicherheitsschlüssel.
login-confirm-title = Bestätigen Sie, dass Sie es sind
login-confirm-intro = Sie sind als { $name } angemeldet. Die Anwendung bittet Sie, dies mit einem Ihrer { -passkeys } zu bestätigen.
login-username = Benutzername
login-choose = { -passkey } auswählen
login-button = Mit { -passkey } anmelden
login-done = Angemeldet als { $name }.
login-lost = Kein Zugriff auf Ihren { -passkey }?
login-new = Neu hier?
login-create-account = Konto erstellen

## Anmelden per E-Mail

email-login-title = Anmelden per E-Mail
email-login-intro = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie sich einmalig anmelden, um einen neuen { -passkey } hinzuzufügen.
email-login-address = E-Mail-Adresse
email-login-button = Link senden
email-login-failed = Etwas ist schiefgelaufen ({ $status }).

## Einmaliger Anmeldelink

login-link-intro = Mit diesem einmaligen Link melden Sie sich als { $name } ({ $username }) an, um Ihrem Konto einen { -passkey } hinzuzufügen. Er funktioniert einmal, bis { $expires }.

## Passkey einrichten

bind-title = Ihren { -passkey } erstellen
bind-for = Für { $name } ({ $username })
bind-intro = Mit einem { -passkey } melden Sie sich ohne Passwort an.
bind-button = { -passkey } erstellen
bind-done = Ihr { -passkey } ist bereit. Sie können sich jetzt damit anmelden.
bind-no-phone = Dieser Browser kann kein Smartphone verwenden, um einen { -passkey } zu erstellen. Öffnen Sie diesen Link in Chrome, Edge oder Safari auf einem Computer mit Bluetooth.

## Anleitungen je Gerät

device-any = Öffnen Sie dies auf dem Gerät, auf dem Ihr { -passkey } gespeichert werden soll (Ihr Smartphone oder Computer). Sie bestätigen mit Fingerabdruck, Gesichtserkennung, PIN oder Bildschirmsperre; der Schlüssel bleibt auf dem Gerät.
device-smartphone = Öffnen Sie dies auf einem Computer, mit Ihrem Smartphone in der Nähe und eingeschaltetem Bluetooth. Wenn der Browser fragt, wo der { -passkey } gespeichert werden soll, wählen Sie Ihr Smartphone („Smartphone oder Tablet verwenden“) und scannen Sie den QR-Code mit der Kamera des Smartphones; der { -passkey } bleibt auf dem Smartphone.
device-contactless-card = Halten Sie Ihre kontaktlose Karte und ein Kartenlesegerät (NFC) bereit. Wenn der Browser fragt, wählen Sie einen Sicherheitsschlüssel und halten Sie die Karte an das Lesegerät, bis der Vorgang abgeschlossen ist; der { -passkey } bleibt auf der Karte.
device-hardware-key = Halten Sie Ihren FIDO2-Sicherheitsschlüssel bereit. Wenn der Browser fragt, stecken Sie den Schlüssel ein (oder halten Sie ihn an das Lesegerät) und berühren Sie ihn, wenn er blinkt; eventuell werden Sie nach seiner PIN gefragt. Der { -passkey } bleibt auf dem Schlüssel.

## Einrichtungscode

enroll-page-title = Code eingeben
enroll-title = Ihren { -passkey } einrichten
enroll-intro = Geben Sie den 9-stelligen Code ein, den Sie von Ihrer Administration erhalten haben. Im nächsten Schritt erfahren Sie, was mit dem Gerät zu tun ist, auf dem Ihr { -passkey } gespeichert wird: dieses Smartphone oder dieser Computer, Ihr Smartphone, ein Sicherheitsschlüssel oder eine Karte. Der Code funktioniert einmal und nur kurze Zeit.
enroll-code = Code
enroll-continue = Weiter
enroll-done-signed-in = Ihr { -passkey } ist bereit, und Sie sind auf diesem Gerät angemeldet.
enroll-to-account = Zu Ihrem Konto

## Registrierung

signup-title = Konto erstellen
signup-intro = Wählen Sie einen Benutzernamen und erstellen Sie dann einen { -passkey } auf diesem Gerät: Damit melden Sie sich künftig an. Kein Passwort nötig.
signup-given-name = Vorname
signup-family-name = Nachname
signup-email = E-Mail
signup-button = Konto und { -passkey } erstellen
signup-have-account = Sie haben bereits ein Konto?
signup-done = Willkommen, { $name }. Ihr { -passkey } ist bereit.

## Konto

account-title = Ihr Konto
account-console = Zur Administrationskonsole
account-signed-in-as = Angemeldet als { $name }
account-passkeys = Passkeys
account-welcome = Willkommen! Sie haben noch keinen { -passkey }: Fügen Sie jetzt einen hinzu, um sich künftig damit anzumelden.
account-synced = synchronisiert
account-device-bound = gerätegebunden
account-created = erstellt { $when }
account-last-used = zuletzt verwendet { $when }
account-removed = entfernt
account-rename = Umbenennen
account-remove = Entfernen
account-add = { -passkey } hinzufügen
account-sessions = Angemeldete Sitzungen
account-since = seit { $when }
account-this-browser = dieser Browser
account-sign-out = Abmelden
account-applications = Anwendungen
account-remove-access = Zugriff entziehen
account-no-applications = Noch keine Anwendung meldet Sie an.
account-recent = Letzte Anmeldungen
account-signed-in = Angemeldet
account-refused = Abgelehnt
account-no-signins = Noch keine Anmeldungen.
account-sign-out-everywhere = Überall abmelden
account-rename-prompt = Neuer Name für diesen { -passkey }
account-remove-confirm = Diesen { -passkey } entfernen? Sie können sich dann nicht mehr damit anmelden.
account-unlink-confirm = Den Zugriff dieser Anwendung entziehen? Sie muss Sie dann erneut fragen.
account-everywhere-confirm = Auf allen Geräten abmelden, auch auf diesem?
account-language = Sprache
account-language-save = Speichern

## Anwendungen, die Sie anmelden möchten

consent-page-title = { $app } erlauben?
consent-title = { $app } erlauben, Sie anzumelden?
consent-receives = Sie sind als { $name } angemeldet. { $app } erhält:
consent-withdraw = Sie können dies jederzeit auf Ihrer Kontoseite widerrufen.
consent-allow = Erlauben
consent-cancel = Abbrechen

## Gerät verbinden (Fernseher, Kommandozeile)

device-page-title = Gerät verbinden
device-confirm-title = { $app } erlauben, sich auf Ihrem Gerät anzumelden?
device-check-code = Code { $code }. Fahren Sie nur fort, wenn Ihr Gerät genau diesen Code anzeigt.
device-intro = Geben Sie den Code ein, den Ihr Gerät (ein Fernseher, eine Kommandozeile, ein Kiosk) anzeigt.
device-deny = Ablehnen

## Von Anwendungen abmelden

logout-page-title = Abmelden
logout-title = Abmelden?
logout-intro = Sie sind als { $name } angemeldet. Wenn Sie sich hier abmelden, werden Sie bei Keybound und bei den Anwendungen abgemeldet, bei denen Sie sich damit angemeldet haben.
form-post-title = Sie werden angemeldet …

## Einrichtung für Administratoren

setup-page-title = Einrichtung für Administratoren
setup-title = Willkommen in der Administration
setup-intro = Dieser einmalige Link ist für { $name } ({ $username }). Erstellen Sie auf diesem Gerät einen { -passkey }: Damit melden Sie sich künftig bei der Keybound-Konsole an. Der Link funktioniert einmal, bis { $expires }.
setup-done = Ihr { -passkey } ist bereit. Die Konsole wird geöffnet …

## Meldungen

title-link-invalid = Link ungültig
title-link-gone = Link nicht mehr gültig
title-suspended = Konto gesperrt
title-signup-unavailable = Registrierung nicht verfügbar
title-something-wrong = Etwas ist schiefgelaufen
title-signout-refused = Abmeldung abgelehnt
title-signed-out = Abgemeldet
text-signed-out = Sie sind abgemeldet.
title-request-denied = Anfrage abgelehnt
text-device-denied = Das Gerät wurde nicht angemeldet.
title-no-access = Kein Zugriff
title-device-connected = Gerät verbunden
text-device-connected = Sie haben die Anmeldung erlaubt. Kehren Sie zu Ihrem Gerät zurück: Es fährt von selbst fort.
device-unknown-code = Kein Gerät wartet mit diesem Code. Prüfen Sie ihn und versuchen Sie es erneut, oder beginnen Sie auf dem Gerät von vorn.
text-link-spent = Dieser Anmeldelink wurde bereits verwendet oder ist abgelaufen. Bitten Sie Ihre Administration um einen neuen.

## E-Mail

email-name-enrollment = Passkey-Einrichtung (eingebaut)
email-name-link = Anmeldelink (eingebaut)
email-name-one-time = Einmaliger Zugang (eingebaut)
email-name-pin = PIN des Sicherheitsschlüssels (eingebaut)
email-subject-for = { $subject } für { $organization }
email-hello = Hallo { $name },
email-enrollment-subject = Richten Sie Ihren { -passkey } ein
email-enrollment-intro = Sie wurden eingeladen, sich mit einem { -passkey } anzumelden. { $instructions } Folgen Sie dann den Schritten:
email-enrollment-button = { -passkey } einrichten
email-link-subject = Ihr Anmeldelink
email-link-intro = Hier ist ein einmaliger Link, mit dem Sie sich anmelden und Ihrem Konto einen { -passkey } hinzufügen:
email-link-button = Anmelden
email-one-time-subject = Ihr einmaliger Anmeldelink
email-one-time-intro = Sie haben einen Link angefordert, um sich ohne Ihren { -passkey } anzumelden. Wenn Sie das nicht waren, ignorieren Sie diese E-Mail.
email-one-time-button = Einmal anmelden
email-pin-subject = Die PIN Ihres Sicherheitsschlüssels
email-pin-intro = Ihre Administration hat den Sicherheitsschlüssel { $key } für Sie eingerichtet. Seine PIN, nach der er bei der Anmeldung fragt, lautet:
email-expires = Er funktioniert einmal und läuft am { $date } ab (in { $duration }).
email-date = { $day }.{ $month }.{ $year }, { $time } Uhr ({ $zone })
duration-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tagen
}
duration-hours = { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
duration-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}

## Das JS-SDK

sdk-not-a-link = Dies ist kein Keybound-Einrichtungslink.
sdk-unsupported = Dieser Browser kann keine Passkeys erstellen.
sdk-cancelled = Die Passkey-Abfrage wurde abgebrochen oder ist abgelaufen. Versuchen Sie es erneut.
sdk-closed = Die Passkey-Abfrage wurde geschlossen, bevor sie fertig war. Versuchen Sie es erneut.
sdk-already-there = Auf diesem Gerät gibt es bereits einen Passkey für dieses Konto.
sdk-wrong-site = Die Adresse dieser Seite passt nicht zur Website des Passkeys. Öffnen Sie die Seite über ihre übliche Adresse und versuchen Sie es erneut.
sdk-not-supported = Dieses Gerät kann diese Art von Passkey nicht erstellen. Versuchen Sie ein anderes Gerät oder einen Sicherheitsschlüssel.
sdk-failed = Der Passkey hat nicht funktioniert
sdk-unreachable = Keybound ist nicht erreichbar
sdk-request-failed = Die Anfrage ist fehlgeschlagen
sdk-no-passkeys = Dieser Browser kann keine Passkeys verwenden. Nutzen Sie ein aktuelles Chrome, Edge, Safari oder Firefox oder ein anderes Gerät.

## Scopes

scope-openid = wer Sie sind (eine Kennung für Ihr Konto)
scope-profile = Ihren Namen und Benutzernamen
scope-email = Ihre E-Mail-Adresse
scope-groups = die Gruppen, in denen Sie sind
scope-offline-access = Zugriff, während Sie nicht da sind

## Devices

device-browser-on-system = { $browser } auf { $system }
device-a-browser-on = Ein Browser auf { $system }
device-unknown = Unbekannter Browser

## Was schiefging, so wie es Menschen gesagt wird

title-page-not-found = Seite nicht gefunden
text-page-not-found = Unter dieser Adresse gibt es keine Seite. Prüfen Sie den Link oder beginnen Sie auf der Startseite neu.
error-passkey-not-accepted = Dieser { -passkey } wird hier nicht akzeptiert. Verwenden Sie einen anderen oder wenden Sie sich an Ihre Administration.
error-passkey-removed = Dieser { -passkey } funktioniert hier nicht mehr: Er wurde entfernt. Melden Sie sich mit einem anderen { -passkey } an oder bitten Sie Ihre Administration um eine neue Einrichtung.
error-signin-expired = Dieser Anmeldeversuch ist abgelaufen oder wurde bereits verwendet. Beginnen Sie neu.
error-passkey-unverified = Der { -passkey } konnte nicht geprüft werden: { $reason }
error-passkey-must-verify = Dieser { -passkey } muss Sie jedes Mal verifizieren (Fingerabdruck, Gesicht oder PIN). Versuchen Sie es erneut und schließen Sie die Prüfung ab.
error-passkey-turned-off = Dieser { -passkey } wurde deaktiviert. Verwenden Sie einen anderen oder wenden Sie sich an Ihre Administration.
error-bad-code = Dieser Code funktioniert nicht. Prüfen Sie ihn oder bitten Sie Ihre Administration um einen neuen.
error-link-invalid = Dieser Link ist ungültig. Prüfen Sie, ob Sie ihn vollständig kopiert haben.
error-too-many-codes = Zu viele falsche Codes aus Ihrem Netzwerk. Warten Sie zehn Minuten und versuchen Sie es erneut.
error-attempt-expired = Dieser Versuch ist abgelaufen oder wurde bereits verwendet. Beginnen Sie neu.
error-link-complete = Mit diesem Link wurde bereits ein { -passkey } erstellt.
error-link-expired = Dieser Link ist abgelaufen. Bitten Sie um einen neuen.
error-link-revoked = Dieser Link wurde widerrufen. Bitten Sie um einen neuen.
error-link-undelivered = Diese Einladung konnte nicht zugestellt werden. Bitten Sie um eine neue.
error-email-signin-off = Die Anmeldung per E-Mail wird hier nicht angeboten.
error-too-many-requests = Zu viele Anfragen. Warten Sie fünfzehn Minuten und versuchen Sie es erneut.
error-admin-link-spent = Dieser Administratorlink wurde bereits verwendet oder ist abgelaufen. Führen Sie `keybound admin link` aus, um einen neuen zu erhalten.
error-signup-link-spent = Dieser Registrierungslink ist aufgebraucht, abgelaufen oder widerrufen. Bitten Sie um einen neuen.
error-signup-off = Die Registrierung ist hier abgeschaltet. Bitten Sie Ihre Administration um ein Konto.
error-signup-needs-link = Für die Registrierung hier brauchen Sie einen Einladungslink. Bitten Sie Ihre Administration darum.
error-username-taken = Dieser Benutzername ist vergeben. Wählen Sie einen anderen.
error-last-passkey = Das ist Ihr letzter { -passkey }: Ohne ihn können Sie sich nicht mehr anmelden. Bestätigen Sie, um ihn trotzdem zu entfernen.
error-suspended = Dieses Konto ist gesperrt. Wenden Sie sich an Ihre Administration.
error-signed-out = Sie sind nicht angemeldet.
error-no-app-access = Ihr Konto hat keinen Zugriff auf diese Anwendung. Fragen Sie Ihre Administration, falls Sie ihn brauchen.
error-model-denied = { $name } ({ $model }) ist in dieser Organisation nicht erlaubt. Verwenden Sie einen anderen Passkey-Anbieter oder Sicherheitsschlüssel.
error-unnamed-model-denied = Dieser Authenticator ({ $model }) ist in dieser Organisation nicht erlaubt. Verwenden Sie einen anderen Passkey-Anbieter oder Sicherheitsschlüssel.
error-synced-not-allowed = Dies wäre ein synchronisierter { -passkey } (von Ihrem Passkey-Anbieter auf Ihre anderen Geräte kopiert), und diese Organisation erlaubt nur { -passkeys }, die auf einem Gerät bleiben. Verwenden Sie einen Sicherheitsschlüssel oder ein Gerät, das { -passkeys } bei sich behält.
error-not-built-in-smartphone = Hier wird ein Smartphone gebraucht, nicht der eingebaute Authenticator des Geräts. Verwenden Sie das richtige Gerät und versuchen Sie es erneut.
error-not-built-in-card = Hier wird eine kontaktlose Karte gebraucht, nicht der eingebaute Authenticator des Geräts. Verwenden Sie die richtige Karte und versuchen Sie es erneut.
error-not-built-in-key = Hier wird ein FIDO2-Hardware-Sicherheitsschlüssel gebraucht, nicht der eingebaute Authenticator des Geräts. Verwenden Sie den richtigen Schlüssel und versuchen Sie es erneut.
error-needs-phone = Hier wird ein per Bluetooth verbundenes Smartphone gebraucht (die Smartphone-Option im Dialog des Browsers). Versuchen Sie es mit Ihrem Smartphone erneut.
error-no-bluetooth = Bluetooth-Nähe ist für diesen Schlüssel abgeschaltet: Verbinden Sie das Smartphone anders (USB) und versuchen Sie es erneut.
error-needs-card = Hier wird eine kontaktlose Karte gebraucht, die an das Lesegerät gehalten wird (NFC). Versuchen Sie es mit der Karte erneut.
error-needs-key = Hier wird ein FIDO2-Sicherheitsschlüssel gebraucht (USB, NFC oder Bluetooth). Versuchen Sie es mit dem Schlüssel erneut.
error-no-attestation = Dieser Sicherheitsschlüssel hat keine Attestierung geliefert, und diese Organisation verlangt eine. Verwenden Sie einen zugelassenen Schlüssel.
error-model-not-approved = Dieses Schlüsselmodell ({ $model }) steht nicht auf der Liste der zugelassenen. Verwenden Sie einen zugelassenen Schlüssel.
error-self-attestation = Dieser Sicherheitsschlüssel hat seine Attestierung selbst signiert, was nichts über sein Modell beweist. Verwenden Sie einen zugelassenen Schlüssel, den sein Hersteller zertifiziert.
error-attestation-untraceable = Die Attestierung dieses Sicherheitsschlüssels ({ $format }) lässt sich nicht auf seinen Hersteller zurückführen. Verwenden Sie einen zugelassenen Schlüssel.
error-model-not-in-metadata = Dieses Schlüsselmodell ({ $model }) steht nicht in den FIDO-Metadaten, denen diese Organisation vertraut. Verwenden Sie einen zugelassenen Schlüssel.
error-mds-revoked = { $model } kann nicht mehr verwendet werden: Die Zertifizierung des Herstellers wurde widerrufen. Verwenden Sie einen anderen Sicherheitsschlüssel.
error-mds-attestation-compromised = { $model } kann nicht mehr verwendet werden: Sein Attestierungsschlüssel ist kompromittiert. Verwenden Sie einen anderen Sicherheitsschlüssel.
error-mds-keys-extractable = { $model } kann nicht mehr verwendet werden: Die darauf gespeicherten Schlüssel lassen sich auslesen. Verwenden Sie einen anderen Sicherheitsschlüssel.
error-mds-verification-bypass = { $model } kann nicht mehr verwendet werden: Seine Benutzerverifizierung lässt sich umgehen. Verwenden Sie einen anderen Sicherheitsschlüssel.
error-not-genuine = Das Attestierungszertifikat dieses Sicherheitsschlüssels gehört nicht zu denen, die sein Hersteller ({ $maker }) nennt. Verwenden Sie einen echten Schlüssel.
oidc-title-unknown-app = Unbekannte Anwendung
oidc-title-refused = Anmeldeanfrage abgelehnt
oidc-title-expired = Anmeldeanfrage abgelaufen
oidc-unknown-app = Die Anwendung, die Sie hierher geschickt hat, ist bei diesem Anmeldedienst nicht registriert.
oidc-bad-redirect = Die Anwendung wollte Sie an eine Adresse schicken, die sie nicht registriert hat, daher wurden Sie nicht dorthin geschickt.
oidc-request-gone = Diese Anmeldeanfrage ist abgelaufen oder wurde bereits abgeschlossen. Gehen Sie zurück zur Anwendung und beginnen Sie neu.
oidc-request-used = Diese Anmeldeanfrage ist abgelaufen oder wurde bereits verwendet. Gehen Sie zurück zur Anwendung und beginnen Sie neu.
oidc-par-required = Diese Anwendung sendet ihre Anmeldeanfragen vorab (Pushed Authorization Requests); diese kam direkt und wird daher abgelehnt.
oidc-no-redirect = Die Anwendung hat nicht angegeben, wohin Sie zurückgeschickt werden sollen (redirect_uri).
