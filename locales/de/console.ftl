# Die Admin-Konsole.

## Layout

console-page-title = { $page } · Keybound-Konsole
console-skip = Zum Inhalt springen
console-nav = Konsole
console-menu = Menü
console-realm = Realm
console-realm-switch = Wechseln
console-your-account = Ihr Konto
console-sign-out = Abmelden
console-copied = Kopiert
console-copy-by-hand = Strg+C drücken
console-nav-dashboard = Übersicht
console-nav-users = Benutzer
console-nav-groups = Gruppen
console-nav-signup = Registrierungstoken
console-nav-configs = Authenticator-Konfigurationen
console-nav-templates = E-Mail-Vorlagen
console-nav-applications = Anwendungen
console-nav-ldap = LDAP
console-nav-provisioning = Provisionierung
console-nav-api = API-Token
console-nav-audit = Audit-Log
console-nav-settings = Einstellungen

## Ablehnungen und Fehler

console-no-access = Kein Zugriff auf die Konsole
console-no-access-text = Sie sind angemeldet, haben in dieser Konsole aber keine Rolle. Bitten Sie eine Administratorin oder einen Administrator um Zugriff.
console-not-for-role = Nicht Teil Ihrer Rolle
console-not-for-role-text = Ihre Rolle in dieser Konsole umfasst diese Seite nicht. Gehen Sie zur Startseite der Konsole (/console) zurück oder wenden Sie sich an Ihre Administration.
console-needs-passkey = Mit { -passkey } anmelden
console-needs-passkey-text = Die Konsole öffnet sich nur für Sitzungen, die mit einem { -passkey } angemeldet sind. Sie haben sich mit einem Einmal-Link angemeldet: Fügen Sie auf Ihrer Kontoseite (/account) einen { -passkey } hinzu, melden Sie sich ab und mit ihm wieder an.
console-form-too-large = Ihre Eingabe ist größer als die 2 MiB, die ein Konsolenformular annimmt. Um mehr Personen zu importieren, teilen Sie die CSV-Datei in Teile von höchstens 2 MiB (etwa 20.000 Zeilen) und importieren Sie sie nacheinander.
console-form-refused = Formular abgelehnt
console-form-refused-text = Dieses Formular stammt nicht aus dieser Konsole, oder Ihre Sitzung hat sich geändert. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
console-problem-title = Etwas ist schiefgelaufen
console-go-back = Zurück
console-no-such-realm = Diesen Realm gibt es nicht.
console-cancel = Abbrechen

## Übersicht und Audit-Log

console-find-person = Person suchen
console-find-placeholder = Name, Benutzername oder E-Mail
console-search = Suchen
console-find-hint = Wählen Sie dann „Einrichten“ neben der Person: eine E-Mail, ein 9-stelliger Code oder ein Anmeldelink.
console-status-enrolled = Eingerichtet
console-status-pending = Ausstehend
console-status-invite-failed = Einladung fehlgeschlagen
console-status-suspended = Gesperrt
console-chart = Gebundene { -passkeys }, letzte 30 Tage
console-chart-label = Gebundene { -passkeys } pro Tag in den letzten 30 Tagen: insgesamt { $total }
console-recent-events = Letzte Ereignisse
console-col-when = Zeitpunkt
console-col-action = Aktion
console-col-actor = Ausgeführt von
console-col-outcome = Ergebnis
console-col-detail = Details
console-col-target = Ziel
console-col-person = Person
console-col-address = Adresse
console-outcome-success = Erfolg
console-outcome-failure = Fehler
console-nothing-yet = Noch nichts.
console-whole-audit-log = Gesamtes Audit-Log
console-audit-user = Benutzer
console-audit-user-placeholder = Benutzername oder ID
console-any = Alle
console-audit-from = Von
console-audit-to = Bis
console-filter = Filtern
console-export-csv = Als CSV exportieren
console-audit-count = { $count ->
    [one] { $count } Ereignis
   *[other] { $count } Ereignisse
}
console-audit-none = Keine passenden Ereignisse.
console-audit-older = Ältere Ereignisse
console-actor-system = System (Befehlszeile)
console-actor-api-token = API-Token { $name }
console-actor-scim = SCIM ({ $name })
console-target-passkey = { -passkey }
console-target-enrolment = Einrichtung
console-target-session = Sitzung
console-target-group = Gruppe { $name }
console-target-signup-token = Registrierungslink
console-target-deleted = { $name } (gelöscht)

## Anwendungen

console-issuer = Issuer
console-discovery-url = Discovery-URL
console-copy = Kopieren
console-applications-intro = Anwendungen melden ihre Benutzer mit OpenID Connect über Keybound an. Geben Sie einer Anwendung den Issuer dieses Realms; ihre Bibliothek findet den Rest im Discovery-Dokument.
console-new-application = Neue Anwendung
console-col-name = Name
console-client-id = Client-ID
console-col-type = Typ
console-col-redirect-uris = Weiterleitungs-URIs
console-col-created = Erstellt
console-app-kind-public = Öffentlich
console-app-kind-confidential = Vertraulich
console-no-applications = Noch keine Anwendungen.
console-back-applications = ← Anwendungen
console-client-secret = Client-Secret
console-client-secret-once = Kopieren Sie das Secret jetzt: Es wird nicht noch einmal angezeigt. Keybound speichert nur seinen Hash.
console-close = Schließen
console-rotate-secret = Secret erneuern
console-rotate-secret-confirm = Ein neues Client-Secret erstellen? Das aktuelle funktioniert sofort nicht mehr.
console-not-saved-fields = Nicht gespeichert: Siehe die markierten Felder unten.
console-not-saved = Nicht gespeichert: { $reason }
console-app-confidential = Vertraulich: eine serverseitige Anwendung, die ein Secret geheim hält
console-app-public = Öffentlich: eine Single-Page- oder native Anwendung, ohne Secret, immer mit PKCE
console-app-client-auth = Client-Authentifizierung (vertrauliche Anwendungen)
console-app-auth-basic = client_secret_basic (HTTP Basic)
console-app-auth-post = client_secret_post (im Formular)
console-app-redirect-uris = Weiterleitungs-URIs, eine pro Zeile
console-app-logout-uris = Weiterleitungs-URIs nach dem Abmelden, eine pro Zeile
console-app-resources = APIs, für die ihre Access-Token gelten dürfen (RFC 8707), eine pro Zeile: Diese Token sind JWTs
console-app-resources-placeholder = optional, z. B. https://api.example.com
console-app-grants = Erlaubte Grants
console-app-scopes = Erlaubte Scopes
console-app-pkce = PKCE (S256) verlangen
console-app-access-lifetime = Gültigkeit des Access-Tokens
console-app-refresh-lifetime = Gültigkeit des Refresh-Tokens
console-app-id-token-alg = Signatur des ID-Tokens
console-app-backchannel = Back-Channel-Logout-URI
console-optional = optional
console-logo-url = Logo-URL
console-optional-https = optional, https
console-app-groups = Nur Mitglieder dieser Gruppen dürfen sich anmelden (keine ausgewählt: alle im Realm)
console-app-skip-consent = Zustimmungsseite überspringen (eigene Anwendung)
console-app-dpop = Token an ihren Schlüssel binden (DPoP)
console-app-par = Nur Pushed Authorization Requests (PAR) annehmen
console-save = Speichern
console-delete-application = Anwendung löschen
console-create-application = Anwendung erstellen
console-activity = Aktivität
console-app-choose-type = Wählen Sie vertraulich oder öffentlich.
console-delete-confirm = { $name } löschen?
console-delete-application-text = Ihre Benutzer können sich nicht mehr über Keybound bei ihr anmelden, und ihre Token funktionieren nicht mehr. Dies kann nicht rückgängig gemacht werden.

## Gruppen und Einrichtungs-E-Mails in großer Zahl

console-back-users = ← Benutzer
console-batch-title = Einrichtungs-E-Mails
console-batch-sending = Einrichtungs-E-Mails werden gesendet …
console-batch-sent = Einrichtungs-E-Mails gesendet
console-batch-count-sent = Gesendet
console-batch-count-waiting = Wartend
console-batch-count-skipped = Übersprungen
console-batch-made = { $made } von { $total } Einrichtungs-E-Mails erstellt.
console-batch-updating = Diese Seite aktualisiert sich selbst, bis der Rest erledigt ist.
console-batch-each = Die Einrichtung jeder Person erscheint auf ihrer Seite.
console-batch-skipped = { $count } übersprungen:
console-col-why = Grund
console-description = Beschreibung
console-no-groups = Noch keine Gruppen.
console-new-group = Neue Gruppe
console-create-group = Gruppe erstellen
console-back-groups = ← Gruppen
console-group-ldap = Diese Gruppe stammt aus dem LDAP-Verzeichnis: Ihr Name und ihre Mitglieder werden dort verwaltet und dort geändert.
console-group-scim = Diese Gruppe wird per SCIM bereitgestellt: Ihr Name und ihre Mitglieder werden von dem Verzeichnis verwaltet, das sie überträgt, und dort geändert.
console-delete-group = Gruppe löschen
console-delete-group-confirm = Die Gruppe { $name } löschen?
console-delete-group-text = Ihre Mitglieder bleiben; nur die Gruppe und die Mitgliedschaften darin werden gelöscht.
console-members = Mitglieder
console-username = Benutzername
console-col-status = Status
console-remove = Entfernen
console-no-members = Keine Mitglieder.
console-add-member-username = Benutzer per Benutzername hinzufügen
console-add-member = Mitglied hinzufügen

## Authenticator-Konfigurationen

console-configs-intro = Wie { -passkeys } gebunden werden: auf den eigenen Seiten von Keybound (gehostet) oder in Ihrer Anwendung mit dem JS-SDK (eingebettet).
console-invoke-url = Aufruf-URL
console-trusted-origins = Vertrauenswürdige Origins
console-attestation = Attestierung von Hardwareschlüsseln
console-col-id = ID
console-config-embedded = Eingebettet (JS-SDK)
console-config-hosted = Gehostet
console-attestation-required = verlangt
console-config-delete-confirm = Diese Konfiguration löschen? Ihre offenen Bindungsaufträge werden mitgelöscht.
console-delete = Löschen
console-no-configs = Noch keine. Die Konsole legt eine gehostete an, sobald sie zum ersten Mal jemanden einrichtet.
console-mds-imported = FIDO-Metadaten: BLOB Nummer { $number }, importiert { $imported }, { $entries ->
    [one] { $entries } Authenticator-Modell
   *[other] { $entries } Authenticator-Modelle
}, nächste Aktualisierung fällig am { $next }. Attestierungen werden gegen die Root-Zertifikate geprüft, die es für jedes Modell nennt.
console-mds-none = Keine FIDO-Metadaten importiert: Eine verlangte Attestierung wird beim behaupteten Modell beim Wort genommen. Um sie gegen die Root-Zertifikate der Hersteller zu prüfen, laden Sie das BLOB des FIDO Metadata Service herunter und führen Sie { $command } aus.
console-new-config = Neue Konfiguration
console-invoke-url-embedded = Aufruf-URL (eingebettet)
console-trusted-origins-embedded = Vertrauenswürdige Origins (eingebettet; eine pro Zeile)
console-synced-allowed = Synchronisierte { -passkeys } erlaubt (ein Passkey-Anbieter kopiert sie auf die anderen Geräte der Person)
console-deny-list = Abgelehnte Authenticator-Modelle (AAGUIDs, eine pro Zeile)
console-conveyance = Angeforderte Attestierung
console-conveyance-none = Keine
console-conveyance-indirect = Indirekt
console-conveyance-direct = Direkt
console-conveyance-enterprise = Enterprise
console-require-attestation = Hardwareschlüssel müssen eine Attestierung vorlegen
console-allow-list = Erlaubte Hardwareschlüssel-Modelle (AAGUIDs, eine pro Zeile; leer: alle)
console-create-config = Konfiguration erstellen
console-config-choose-type = Der Typ muss gehostet oder eingebettet sein.

## Provisionierung (SCIM)

console-provisioning-intro = Verzeichnisse wie Microsoft Entra ID, Okta und Google Workspace oder ein HR-System übertragen Personen und Gruppen per SCIM 2.0 in diesen Realm.
console-provisioning-read-only = Was sie übertragen (Namen, Benutzername, E-Mails, externe ID, Status, die Gruppen und ihre Mitglieder), ist hier schreibgeschützt und mit { $badge } markiert: Ändern Sie es im Verzeichnis.
console-scim-token-created = SCIM-Token erstellt
console-scim-token-once = Kopieren Sie es jetzt in die Provisionierungseinstellungen Ihres Verzeichnisses: Es wird nicht noch einmal angezeigt.
console-scim-token = SCIM-Token
console-scim-settings = Einstellungen für Ihr Verzeichnis
console-scim-url = Mandanten-URL (SCIM-Basis-URL)
console-scim-auth = Authentifizierung: ein Bearer-Token (Entra ID nennt es geheimes Token, Okta HTTP-Header-Authentifizierung). Es braucht diese Scopes:
console-token-name = Name des Tokens
console-create-scim-token = SCIM-Token erstellen
console-scim-changes = Letzte SCIM-Änderungen
console-no-scim-changes = Noch keine SCIM-Änderungen.

## API- und Registrierungstoken

console-api-token-created = API-Token erstellt
console-secret-once = Kopieren Sie das Secret jetzt: Es wird nicht noch einmal angezeigt.
console-secret = Secret
console-scopes = Scopes
console-col-expires = Läuft ab
console-col-last-used = Zuletzt verwendet
console-never = nie
console-api-token-revoke-confirm = Das Token „{ $name }“ widerrufen? Programme, die es verwenden, funktionieren nicht mehr.
console-revoke = Widerrufen
console-no-api-tokens = Keine API-Token.
console-new-api-token = Neues API-Token
console-lifetime = Gültigkeit
console-lifetime-placeholder = z. B. 30d; leer: läuft nie ab
console-create-token = Token erstellen
console-signup-mode = Registrierung von Benutzern
console-signup-disabled = Deaktiviert
console-signup-with-token = Registrierung mit Token
console-signup-open = Offene Registrierung
console-signup-link-created = Registrierungslink erstellt
console-signup-link-once = Senden Sie diesen Link an die Personen, die sich registrieren sollen. Er wird nur jetzt angezeigt.
console-signup-link = Registrierungslink
console-signup-disabled-warning = Registrierungen sind in diesem Realm deaktiviert: Wählen Sie oben „Registrierung mit Token“, damit der Link funktioniert.
console-col-state = Zustand
console-col-usage = Nutzung
console-token-active = Aktiv
console-token-expired = Abgelaufen
console-token-used-up = Aufgebraucht
console-token-revoked = Widerrufen
console-signup-revoke-confirm = Diesen Registrierungslink widerrufen? Danach kann sich niemand mehr damit registrieren.
console-no-signup-tokens = Noch keine Registrierungstoken.
console-create-signup-token = Registrierungstoken erstellen
console-usage-limit = Nutzungslimit
console-expires-after = Läuft ab nach
console-1-hour = 1 Stunde
console-12-hours = 12 Stunden
console-1-day = 1 Tag
console-1-week = 1 Woche
console-4-weeks = 4 Wochen
console-signup-groups = Gruppen, denen neue Benutzer beitreten
console-create = Erstellen

## LDAP

console-ldap-intro = Personen und Gruppen aus einem Verzeichnis (OpenLDAP, Active Directory, FreeIPA, lldap) werden in diesen Realm synchronisiert: nach Zeitplan und wenn Sie auf „Jetzt synchronisieren“ klicken.
console-ldap-read-only = Was dem Verzeichnis gehört (Namen, Benutzername, E-Mail, seine Gruppen und deren Mitglieder), ist hier schreibgeschützt und mit { $badge } markiert.
console-ldap-test = Verbindung testen
console-ldap-dry-run = Probelauf (nichts ändern)
console-ldap-force = Auch wenn mehr als die Hälfte gesperrt würde
console-ldap-sync-now = Jetzt synchronisieren
console-ldap-settings-hint = Leere Felder übernehmen den angezeigten Standard. Felder mit „Gesperrt“ sind in der Umgebung oder Konfigurationsdatei des Servers gesetzt.
console-locked = Gesperrt
console-save-settings = Einstellungen speichern
console-ldap-last-syncs = Letzte Synchronisierungen
console-ldap-col-by = Ausgelöst durch
console-ldap-col-what = Was geschah
console-ldap-dry-run-mark = (Probelauf)
console-ldap-skipped = { $count } übersprungen
console-ldap-no-syncs = Noch keine Synchronisierungen.
console-ldap-url = Verzeichnis-URL
console-ldap-url-placeholder = ldap://ldap.example.com:389 oder ldaps://…:636
console-ldap-starttls = StartTLS bei ldap://
console-ldap-bind-dn = Bind-DN (Dienstkonto)
console-ldap-bind-dn-placeholder = leer: anonym
console-ldap-bind-password = Bind-Passwort
console-ldap-password-saved = gespeichert; zum Ändern ein neues eingeben
console-ldap-base-dn = Basis-DN
console-ldap-user-filter = Personenfilter
console-ldap-group-filter = Gruppenfilter
console-ldap-attr-unique-id = Attribut der eindeutigen ID
console-ldap-attr-unique-id-placeholder = entryUUID (Active Directory: objectGUID)
console-ldap-attr-username = Attribut des Benutzernamens
console-ldap-attr-username-placeholder = uid (Active Directory: sAMAccountName)
console-ldap-attr-email = Attribut der E-Mail
console-ldap-attr-given-name = Attribut des Vornamens
console-ldap-attr-family-name = Attribut des Nachnamens
console-ldap-attr-display-name = Attribut des Anzeigenamens
console-ldap-attr-group-name = Attribut des Gruppennamens
console-ldap-attr-group-member = Attribut der Gruppenmitglieder
console-ldap-attr-group-member-placeholder = member (auch uniqueMember, memberUid)
console-ldap-nested-groups = Mitglieder verschachtelter Gruppen sind Mitglieder (Active Directory)
console-ldap-admin-group = Administratorengruppe
console-ldap-admin-group-placeholder = Mitglieder werden Administratoren der Konsole
console-ldap-role-groups = Rollengruppen
console-ldap-removed = Personen, die das Verzeichnis verlassen
console-ldap-removed-placeholder = suspend (sperren) oder delete (löschen)
console-ldap-page-size = Seitengröße
console-ldap-sync-interval = Synchronisieren alle
console-ldap-sync-interval-placeholder = 1h; 0 schaltet den Zeitplan ab
console-ldap-saved = Einstellungen gespeichert.
console-ldap-not-saved = Nicht gespeichert.
console-ldap-connected = Verbunden: { $people } Personen, { $groups } Gruppen.
console-ldap-no-username = (kein Benutzername)
console-ldap-connection-failed = Die Verbindung ist fehlgeschlagen.
console-ldap-sync-failed = Die Synchronisierung hat nichts geändert.
console-ldap-would = würde: { $change }
console-ldap-skipped-entry = übersprungen { $entry }: { $reason }
console-ldap-summary = { $created } erstellt, { $updated } aktualisiert, { $suspended } gesperrt, { $deleted } gelöscht, { $reactivated } reaktiviert; Gruppen { $groups_created } erstellt, { $groups_updated } aktualisiert, { $groups_deleted } gelöscht; Mitgliedschaften +{ $memberships_added } -{ $memberships_removed }; Rollen +{ $roles_granted } -{ $roles_revoked }; { $skipped } übersprungen
console-ldap-dry-run-summary = Probelauf: { $summary }

## Einstellungen

console-saved = Gespeichert.
console-organisation = Organisation
console-organisation-name = Name der Organisation
console-organisation-name-hint = (erscheint in E-Mails und auf den Anmeldeseiten)
console-logo-url-hint = (erscheint oben in den eingebauten E-Mails und auf den Anmeldeseiten; https)
console-sign-in = Anmeldung
console-one-time-access = Einmalzugang per E-Mail
console-enroll-on-provision = Personen, die per CSV-Import, LDAP-Synchronisierung oder SCIM hinzukommen, eine Einrichtungs-E-Mail senden
console-one-time-access-hint = Fügt der Anmeldeseite „Kein Zugriff auf Ihren Passkey?“ hinzu: Personen erhalten per E-Mail einen einmaligen Anmeldelink. Wer die E-Mails einer Person lesen kann, kann sich dann als sie anmelden.
console-needs-smtp = Benötigt SMTP (unten).
console-default-language = Standardsprache
console-default-language-hint = Für Personen, die keine Sprache gewählt haben und deren Browser keine dieser Sprachen anfragt. Jede Person kann auf ihrer Kontoseite ihre eigene wählen.
console-time-zone = Zeitzone der E-Mails
console-email-delivery = E-Mail-Versand
console-email-smtp = E-Mails werden über den SMTP-Server aus der Konfiguration versendet ({ $variable } und die Einstellungen daneben).
console-email-outbox = Kein SMTP-Server konfiguriert: E-Mails werden in den Ordner „outbox“ im Datenverzeichnis geschrieben. Um sie zu versenden, setzen Sie diese Variablen (siehe README) und starten Sie neu:
console-test-email-to = Test-E-Mail senden an
console-send-test-email = Test-E-Mail senden
console-signup-mode-invalid = Der Registrierungsmodus muss deaktiviert, mit Token oder offen sein.
console-logo-invalid = Das Logo muss eine http(s)-URL sein, z. B. https://example.com/logo.png.
console-test-email-sent = Gesendet an { $to }: { $answer }
console-test-email-failed = Senden an { $to } fehlgeschlagen: { $why }

## E-Mail-Vorlagen

console-template-kind = Art
console-template-language = Sprache
console-template-default = Standard
console-template-every-language = Alle Sprachen
console-template-delete-confirm = Die Vorlage „{ $name }“ löschen?
console-templates-none = Bisher nur die eingebauten Vorlagen.
console-new-template = Neue Vorlage
console-edit-template = „{ $name }“ bearbeiten
console-template-is-default = Standard für ihre Art
console-template-language-hint = Eine Standardvorlage in einer Sprache geht an die Personen, die diese Sprache lesen; alle anderen erhalten die Standardvorlage für alle Sprachen, sonst die eingebaute E-Mail von Keybound in ihrer Sprache.
console-template-subject = Betreff
console-template-html = HTML-Text
console-template-text = Reiner Text
console-template-variables = Variablen:
console-save-template = Vorlage speichern
console-preview = Vorschau
console-preview-sample = (Beispielwerte)
console-preview-html = HTML-Vorschau
console-preview-failed = Die Vorschau ist fehlgeschlagen.

## Benutzer

console-new-user = Neuer Benutzer
console-all = Alle
console-user-count = { $count ->
    [one] { $count } Benutzer
   *[other] { $count } Benutzer
}
console-bulk-with = Mit den ausgewählten Benutzern
console-bulk-enroll-email = Einrichtungs-E-Mail senden
console-suspend = Sperren
console-resume = Entsperren
console-bulk-all = { $count ->
    [one] Den { $count } passenden, nicht nur die ausgewählten
   *[other] Alle { $count } passenden, nicht nur die ausgewählten
}
console-apply = Anwenden …
console-import-csv = CSV importieren
console-select-page = Alle Benutzer auf dieser Seite auswählen
console-select-user = { $name } auswählen
console-enroll-for = { -passkey } für { $name } einrichten
console-enroll = Einrichten
console-no-users = Keine Benutzer.
console-no-users-match = Keine passenden Benutzer.
console-pages = Seiten
console-previous-page = Vorherige Seite
console-next-page = Nächste Seite
console-page-of = Seite { $page } von { $pages }
console-email = E-Mail
console-passkeys = { -passkeys }
console-last-sign-in = Letzte Anmeldung
console-bulk-ask-enroll = { $count ->
    [one] { $count } Benutzer eine Einrichtungs-E-Mail senden?
   *[other] { $count } Benutzern eine Einrichtungs-E-Mail senden?
}
console-bulk-ask-suspend = { $count ->
    [one] { $count } Benutzer sperren?
   *[other] { $count } Benutzer sperren?
}
console-bulk-ask-resume = { $count ->
    [one] { $count } Benutzer entsperren?
   *[other] { $count } Benutzer entsperren?
}
console-bulk-ask-delete = { $count ->
    [one] { $count } Benutzer löschen?
   *[other] { $count } Benutzer löschen?
}
console-bulk-enroll-emails = Einrichtungs-E-Mails senden
console-delete-users = Benutzer löschen
console-bulk-done-enroll = { $count ->
    [one] Einrichtungs-E-Mail an { $count } Benutzer wird gesendet.
   *[other] Einrichtungs-E-Mails an { $count } Benutzer werden gesendet.
}
console-bulk-done-suspend = { $count ->
    [one] { $count } Benutzer gesperrt und abgemeldet.
   *[other] { $count } Benutzer gesperrt und abgemeldet.
}
console-bulk-done-resume = { $count ->
    [one] { $count } Benutzer entsperrt.
   *[other] { $count } Benutzer entsperrt.
}
console-bulk-done-delete = { $count ->
    [one] { $count } Benutzer gelöscht, samt { -passkeys } und Sitzungen.
   *[other] { $count } Benutzer gelöscht, samt { -passkeys } und Sitzungen.
}
console-bulk-choose-action = Wählen Sie, was mit den ausgewählten Benutzern geschehen soll.
console-bulk-tick = Wählen Sie die zu ändernden Benutzer aus oder wählen Sie alle passenden Benutzer.
console-bulk-too-many = Wählen Sie höchstens { $most } Benutzer aus oder wählen Sie alle passenden Benutzer.
console-bulk-more = und { $count } weitere
console-back-to-users = Zurück zu den Benutzern

## Import

console-import-title = Benutzer importieren
console-import-intro = Die erste Zeile nennt die Spalten: username (Pflicht), email, given_name, family_name, display_name und groups (Gruppennamen, getrennt durch ;). Danach ein Benutzer pro Zeile. Eine aus der Benutzerliste exportierte Datei lässt sich wieder einlesen.
console-import-bad = { $bad } von { $lines } Zeilen können nicht importiert werden. Nichts wurde hinzugefügt; korrigieren Sie sie und prüfen Sie erneut.
console-import-all-good = { $lines ->
    [one] Die Zeile kann importiert werden. Noch wurde nichts hinzugefügt.
   *[other] Alle { $lines } Zeilen können importiert werden. Noch wurde nichts hinzugefügt.
}
console-import-added = { $count ->
    [one] { $count } Benutzer hinzugefügt.
   *[other] { $count } Benutzer hinzugefügt.
}
console-import-ignored = Ignorierte Spalten: { $columns }
console-col-line = Zeile
console-col-result = Ergebnis
console-csv-file = CSV-Datei
console-csv-paste = Oder CSV einfügen
console-import-check = Prüfen (Probelauf)
console-import = Importieren
console-import-will-add = wird hinzugefügt
console-import-added-line = hinzugefügt
console-import-empty = Die Datei ist leer. Ihre erste Zeile nennt die Spalten: { $columns }
console-import-no-username = Die erste Zeile nennt die Spalten, und eine davon muss username sein.
console-import-too-many = Die Datei enthält { $count } Benutzer; importieren Sie höchstens { $most } auf einmal.
console-import-fields = hat { $fields } Felder; die erste Zeile nennt { $columns }
console-import-duplicate = dieser Benutzername oder ein gleich aussehender steht bereits in einer früheren Zeile
console-import-group-ambiguous = mehrere Gruppen heißen „{ $name }“; benennen Sie zuerst eine in der Konsole um
console-import-no-group = es gibt keine Gruppe namens „{ $name }“
console-import-exists = ein Benutzer mit diesem Benutzernamen existiert bereits
console-import-looks-like = dieser Benutzername sieht aus wie der vorhandene „{ $username }“

## Seite eines Benutzers

console-role-groups = { $count ->
    [one] { $count } Gruppe
   *[other] { $count } Gruppen
}
console-enroll-passkey = { -passkey } einrichten
console-passkey = { -passkey }
console-notice-activation-outbox = Benutzer erstellt. Es ist kein SMTP-Server konfiguriert, daher wurde die Aktivierungs-E-Mail an { $email } nicht gesendet, sondern in { $folder } geschrieben. Der Benutzer bleibt ausstehend, bis er sich aktiviert.
console-notice-activation-sent = Benutzer erstellt. Eine Aktivierungs-E-Mail wurde an { $email } gesendet; der Benutzer bleibt ausstehend, bis er sich aktiviert.
console-notice-created = Benutzer erstellt. Mit „{ -passkey } einrichten“ geben Sie ihm einen Zugang.
console-notice-resent = Die Einrichtungs-E-Mail wurde mit einem neuen Link erneut gesendet; der frühere Link funktioniert nicht mehr.
console-tab-profile = Profil
console-tab-enrolments = Einrichtungen
console-tab-sessions = Sitzungen
console-username-is = Benutzername { $username }
console-id-is = ID { $id }
console-user-ldap = Diese Person stammt aus dem LDAP-Verzeichnis: Name, Benutzername und E-Mail werden dort verwaltet und dort geändert; die nächste Synchronisierung überträgt die Änderung hierher. { -passkeys }, Sitzungen und Gruppen dieses Realms funktionieren wie bei allen anderen.
console-user-scim = Diese Person wird per SCIM bereitgestellt (siehe { $provisioning }): Name, Benutzername, E-Mails, externe ID und Status werden von dem Verzeichnis verwaltet, das sie überträgt, und dort geändert. { -passkeys } und Sitzungen funktionieren wie bei allen anderen.
console-display-name = Anzeigename
console-first-name = Vorname
console-last-name = Nachname
console-directory-entry = Verzeichniseintrag
console-external-id = Externe ID
console-suspend-confirm = { $name } sperren? Die Person kann sich dann nicht mehr anmelden.
console-delete-user = Benutzer löschen
console-delete-user-text = { $name } ({ $username }) wird mit allen { -passkeys }, Sitzungen und offenen Einrichtungen gelöscht. Dies kann nicht rückgängig gemacht werden.
console-role-title = Rolle in der Konsole
console-role = Rolle
console-role-none = Keine: kein Zugriff auf die Konsole
console-role-limited = Beschränkt auf die Mitglieder von (keine ausgewählt: der ganze Realm)
console-save-role = Rolle speichern
console-no-such-role = Diese Rolle gibt es nicht.
console-role-helpdesk = Helpdesk
console-role-user-manager = Benutzerverwaltung
console-role-app-manager = Anwendungsverwaltung
console-role-auditor = Prüfer
console-role-admin = Administrator
console-no-sessions = { $name } ist nirgends angemeldet.
console-col-device = Gerät
console-col-signed-in = Angemeldet
console-col-last-seen = Zuletzt gesehen
console-session-revoke-confirm = { $name } von dieser Sitzung abmelden?
console-no-jobs = An { $name } wurden noch keine Einrichtungen gesendet.
console-col-delivery = Zustellung
console-col-key = Schlüssel
console-col-actions = Aktionen
console-job-link = Link
console-job-code = 9-stelliger Code
console-job-opened = Geöffnet
console-job-delivered = Zugestellt
console-job-complete = Abgeschlossen
console-job-failed = Senden fehlgeschlagen
console-resend = Erneut senden
console-job-revoke-confirm = Diese Einrichtung widerrufen? Ihr Link oder Code funktioniert dann nicht mehr.
console-flagged = Markiert
console-passkey-synced = synchronisiert
console-passkey-device-bound = gerätegebunden
console-device-any = Beliebiger { -passkey }
console-device-smartphone = Smartphone
console-device-contactless-card = Kontaktlose Karte
console-device-hardware-key = FIDO2-Hardware-Sicherheitsschlüssel
console-policy-verification-required = Verifizierung verlangt
console-policy-verification-preferred = Verifizierung bevorzugt
console-policy-offline = Offline-Anmeldung
console-policy-no-bluetooth = kein Bluetooth
console-not-audited = Nicht protokolliert
console-not-audited-title = Eine Administratorin oder ein Administrator hat die Protokollierung für diesen Schlüssel abgeschaltet
console-not-audited-hint = seine Anmeldungen werden nicht im Audit-Log erfasst
console-passkey-revoke-confirm = Den { -passkey } „{ $name }“ widerrufen? Er kann sich dann nicht mehr anmelden.
console-no-passkeys = Noch keine { -passkeys }.
console-col-group = Gruppe
console-in-no-group = In keiner Gruppe.
console-add-to-group = Zu Gruppe hinzufügen
console-add = Hinzufügen
console-user-all-events = Alle Ereignisse von { $name } im Audit-Log
console-enroll-title = { -passkey } für { $name } einrichten
console-enroll-method = Methode wählen
console-enroll-by-email = Einrichtungs-E-Mail senden
console-enroll-by-code = 9-stelligen Code erzeugen
console-enroll-by-link = Anmeldelink
console-enroll-no-email = Dieser Benutzer hat keine E-Mail-Adresse: Fügen Sie zuerst auf dem Tab „Profil“ eine hinzu.
console-email-template = E-Mail-Vorlage
console-default-template = Standardvorlage
console-enroll-send = Weiter & E-Mail senden
console-enroll-code-hint = Ein Code, den der Benutzer unter { $page } auf dem Gerät eingibt, das den { -passkey } speichern soll. Er funktioniert einmal, 60 Sekunden lang.
console-enroll-link-hint = Ein einmaliger Anmeldelink: Der Benutzer meldet sich damit einmal an und fügt auf seiner Kontoseite einen { -passkey } hinzu.
console-expiration = Gültigkeit
console-generate-link = Link erzeugen
console-link-choose-lifetime = Wählen Sie, wie lange der Link funktioniert.
console-enroll-email-sent = Einrichtungs-E-Mail gesendet
console-enroll-email-sent-to = Eine Einrichtungs-E-Mail wurde an { $to } gesendet.
console-enroll-works-until = Der Link darin funktioniert einmal, bis { $expires }.
console-enroll-then-enrolled = Sobald die Person ihren { -passkey } erstellt, erscheint sie in der Benutzerliste als eingerichtet.
console-code-title = 9-stelliger Code
console-code-share = Teilen Sie diesen Code per Nachricht oder Telefon mit { $name }.
console-code-where = Die Person gibt ihn unter { $page } auf dem Gerät ein, das ihren { -passkey } speichern soll.
console-code-expires-in = Läuft in { $seconds } Sekunden ab.
console-code-expired = Der Code ist abgelaufen.
console-code-warning = Geben Sie den Code niemals an Unbefugte weiter.
console-link-send = Senden Sie diesen Link an { $name }.
console-link-until = Er meldet die Person einmal an, bis { $expires }, damit sie einen { -passkey } hinzufügen kann.

## Neuer Benutzer und Aktivierung von Karten

console-wizard-info = Benutzerdaten
console-wizard-key = Sicherheitsschlüssel
console-wizard-confirm = Bestätigen
console-wizard-not-added = Der Benutzer wurde nicht hinzugefügt: Siehe die markierten Felder unten.
console-wizard-email-hint = Die Aktivierungs-E-Mail geht an diese Adresse.
console-next = Weiter
console-back = Zurück
console-wizard-no-groups = Dieser Realm hat noch keine Gruppen.
console-wizard-assign-key = Sicherheitsschlüssel zuweisen
console-wizard-key-device = Art des Sicherheitsschlüssels
console-wizard-card-name = Name der Karte
console-wizard-card-name-placeholder = z. B. Ausweis 1042
console-wizard-activation = Aktivierung
console-wizard-activate-admin = Jetzt als Administrator aktivieren
console-wizard-activate-admin-hint = die Karte liegt bei Ihnen
console-wizard-activate-user = Durch den Benutzer aktivieren
console-wizard-activate-user-hint = ein Registrierungslink wird per E-Mail gesendet
console-wizard-auditable = Protokolliert
console-wizard-auditable-hint = Anmeldungen mit diesem Schlüssel im Audit-Log erfassen
console-wizard-bluetooth = Bluetooth-Nähe
console-wizard-bluetooth-hint = prüfen, dass das Smartphone in der Nähe des Computers ist
console-wizard-offline = Offline-Anmeldung
console-wizard-verification = Verifizierung
console-wizard-verification-required = Verlangt (Fingerabdruck, Gesicht oder PIN bei jeder Verwendung)
console-wizard-verification-preferred = Bevorzugt
console-wizard-key-hint = Der Benutzer aktiviert den Schlüssel über den Registrierungslink in seiner Aktivierungs-E-Mail.
console-wizard-no-key = Keiner
console-wizard-send-email = Aktivierungs-E-Mail senden
console-wizard-choose-device = Wählen Sie eine Art von Sicherheitsschlüssel.
console-assign-card = Kontaktlose Karte zuweisen
console-card-for = Karte { $card } für { $name }
console-card-step-reader = Stellen Sie sicher, dass das Kartenlesegerät (und sein Treiber) an diesen Computer angeschlossen ist.
console-card-step-assign = Klicken Sie auf „Kontaktlose Karte zuweisen“. Keybound zeigt eine PIN: Setzen Sie sie auf der Karte, wenn der Browser danach fragt.
console-card-step-tap = Halten Sie die Karte auf Aufforderung an das Lesegerät.
console-card-pin = Auf der Karte zu setzende PIN:
console-card-set-pin = Setzen Sie die obige PIN auf der Karte, wenn der Browser fragt, und halten Sie dann die Karte an das Lesegerät …
console-card-assigned-emailed = Die Karte ist zugewiesen. Ihre PIN wurde per E-Mail an {"{"}email{"}"} gesendet.
console-card-assigned = Die Karte ist zugewiesen. Der Benutzer hat keine E-Mail-Adresse: Teilen Sie ihm die PIN mit.
console-request-failed = Anfrage fehlgeschlagen
console-request-refused = Diese Anfrage stammt nicht aus dieser Konsole. Laden Sie die Seite neu und versuchen Sie es erneut.
console-no-such-user = kein Benutzer „{ $username }“ in diesem Realm
console-skip-you = das sind Sie selbst
console-skip-suspended = bereits gesperrt
console-skip-not-suspended = nicht gesperrt
console-skip-deleted = inzwischen gelöscht
console-bad-page = Die Seite muss eine Seitenzahl sein.
console-bad-status = Der Status muss aktiv oder gesperrt sein.
