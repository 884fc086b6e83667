# De beheerconsole.

## Opmaak

console-page-title = { $page } · Keybound-console
console-skip = Naar de inhoud
console-nav = Console
console-menu = Menu
console-realm = Realm
console-realm-switch = Wisselen
console-your-account = Je account
console-sign-out = Afmelden
console-copied = Gekopieerd
console-copy-by-hand = Druk op Ctrl+C
console-nav-dashboard = Dashboard
console-nav-users = Gebruikers
console-nav-groups = Groepen
console-nav-signup = Registratietokens
console-nav-configs = Authenticatorconfiguraties
console-nav-templates = E-mailsjablonen
console-nav-applications = Applicaties
console-nav-ldap = LDAP
console-nav-provisioning = Provisioning
console-nav-api = API-tokens
console-nav-audit = Auditlog
console-nav-settings = Instellingen

## Weigeringen en problemen

console-no-access = Geen toegang tot de console
console-no-access-text = Je bent aangemeld, maar je hebt geen rol in deze console. Vraag een beheerder om toegang.
console-not-for-role = Niet binnen je rol
console-not-for-role-text = Je rol in deze console omvat deze pagina niet. Ga terug naar de startpagina van de console (/console) of vraag het een beheerder.
console-needs-passkey = Meld je aan met een { -passkey }
console-needs-passkey-text = De console opent alleen voor sessies die met een { -passkey } zijn aangemeld. Je hebt je aangemeld met een eenmalige link: voeg op je accountpagina (/account) een { -passkey } toe, meld je af en meld je er opnieuw mee aan.
console-form-too-large = Wat je verstuurde is groter dan de 2 MiB die een consoleformulier aanneemt. Om meer mensen te importeren, splits je het CSV-bestand in delen van hoogstens 2 MiB (ongeveer 20.000 regels) en importeer je ze na elkaar.
console-form-refused = Formulier geweigerd
console-form-refused-text = Dit formulier komt niet uit deze console, of je sessie is gewijzigd. Ga terug, laad de pagina opnieuw en probeer het nog eens.
console-problem-title = Er ging iets mis
console-go-back = Terug
console-no-such-realm = Deze realm bestaat niet.
console-cancel = Annuleren

## Dashboard en auditlog

console-find-person = Een persoon zoeken
console-find-placeholder = Naam, gebruikersnaam of e-mail
console-search = Zoeken
console-find-hint = Kies daarna ‘Inschrijven’ naast de persoon: een e-mail, een code van 9 tekens of een aanmeldlink.
console-status-enrolled = Ingeschreven
console-status-pending = In afwachting
console-status-invite-failed = Uitnodiging mislukt
console-status-suspended = Geblokkeerd
console-chart = Gekoppelde { -passkeys }, laatste 30 dagen
console-chart-label = Gekoppelde { -passkeys } per dag in de laatste 30 dagen: { $total } in totaal
console-recent-events = Recente gebeurtenissen
console-col-when = Wanneer
console-col-action = Actie
console-col-actor = Door
console-col-outcome = Resultaat
console-col-detail = Details
console-col-target = Doel
console-col-person = Persoon
console-col-address = Adres
console-outcome-success = Gelukt
console-outcome-failure = Mislukt
console-nothing-yet = Nog niets.
console-whole-audit-log = Het hele auditlog
console-audit-user = Gebruiker
console-audit-user-placeholder = gebruikersnaam of id
console-any = Alle
console-audit-from = Van
console-audit-to = Tot
console-filter = Filteren
console-export-csv = CSV exporteren
console-audit-count = { $count ->
    [one] { $count } gebeurtenis
   *[other] { $count } gebeurtenissen
}
console-audit-none = Geen gebeurtenissen gevonden.
console-audit-older = Oudere gebeurtenissen
console-actor-system = systeem (opdrachtregel)
console-actor-api-token = API-token { $name }
console-actor-scim = SCIM ({ $name })
console-target-passkey = { -passkey }
console-target-enrolment = inschrijving
console-target-session = sessie
console-target-group = groep { $name }
console-target-signup-token = registratielink
console-target-deleted = { $name } (verwijderd)

## Applicaties

console-issuer = Issuer
console-discovery-url = Discovery-URL
console-copy = Kopiëren
console-applications-intro = Applicaties melden hun gebruikers via Keybound aan met OpenID Connect. Geef een applicatie de issuer van deze realm; haar bibliotheek vindt de rest in het discovery-document.
console-new-application = Nieuwe applicatie
console-col-name = Naam
console-client-id = Client-ID
console-col-type = Type
console-col-redirect-uris = Redirect-URI’s
console-col-created = Gemaakt
console-app-kind-public = Openbaar
console-app-kind-confidential = Vertrouwelijk
console-no-applications = Nog geen applicaties.
console-back-applications = ← Applicaties
console-client-secret = Clientgeheim
console-client-secret-once = Kopieer het geheim nu: het wordt niet opnieuw getoond. Keybound bewaart alleen de hash.
console-close = Sluiten
console-rotate-secret = Geheim vernieuwen
console-rotate-secret-confirm = Een nieuw clientgeheim maken? Het huidige werkt dan meteen niet meer.
console-not-saved-fields = Niet opgeslagen: zie de gemarkeerde velden hieronder.
console-not-saved = Niet opgeslagen: { $reason }
console-app-confidential = Vertrouwelijk: een serverapplicatie die een geheim bewaart
console-app-public = Openbaar: een single-page- of native app, zonder geheim, altijd met PKCE
console-app-client-auth = Clientauthenticatie (vertrouwelijke apps)
console-app-auth-basic = client_secret_basic (HTTP Basic)
console-app-auth-post = client_secret_post (in het formulier)
console-app-redirect-uris = Redirect-URI’s, één per regel
console-app-logout-uris = Redirect-URI’s na afmelden, één per regel
console-app-resources = API’s waarvoor haar toegangstokens mogen gelden (RFC 8707), één per regel: die tokens zijn JWT’s
console-app-resources-placeholder = optioneel, zoals https://api.example.com
console-app-grants = Toegestane grants
console-app-scopes = Scopes die ze mag vragen
console-app-pkce = PKCE (S256) vereisen
console-app-access-lifetime = Geldigheid van het toegangstoken
console-app-refresh-lifetime = Geldigheid van het vernieuwingstoken
console-app-id-token-alg = Handtekening van het ID-token
console-app-backchannel = Back-channel-afmeld-URI
console-optional = optioneel
console-logo-url = Logo-URL
console-optional-https = optioneel, https
console-app-groups = Alleen leden van deze groepen mogen zich aanmelden (niets aangevinkt: iedereen in de realm)
console-app-skip-consent = Toestemmingsscherm overslaan (eigen app)
console-app-dpop = Haar tokens aan haar sleutel binden (DPoP)
console-app-par = Alleen pushed authorization requests (PAR) aannemen
console-save = Opslaan
console-delete-application = Applicatie verwijderen
console-create-application = Applicatie maken
console-activity = Activiteit
console-app-choose-type = Kies vertrouwelijk of openbaar.
console-delete-confirm = { $name } verwijderen?
console-delete-application-text = Haar gebruikers kunnen zich er niet meer via Keybound bij aanmelden, en haar tokens werken niet meer. Dit kan niet ongedaan worden gemaakt.

## Groepen en inschrijvingsmails in bulk

console-back-users = ← Gebruikers
console-batch-title = Inschrijvingsmails
console-batch-sending = Inschrijvingsmails worden verstuurd…
console-batch-sent = Inschrijvingsmails verstuurd
console-batch-count-sent = Verstuurd
console-batch-count-waiting = Wachtend
console-batch-count-skipped = Overgeslagen
console-batch-made = { $made } van { $total } inschrijvingsmails gemaakt.
console-batch-updating = Deze pagina vernieuwt zichzelf tot de rest klaar is.
console-batch-each = De inschrijving van elke persoon staat op diens pagina.
console-batch-skipped = { $count } overgeslagen:
console-col-why = Reden
console-description = Beschrijving
console-no-groups = Nog geen groepen.
console-new-group = Nieuwe groep
console-create-group = Groep maken
console-back-groups = ← Groepen
console-group-ldap = Deze groep komt uit de LDAP-directory: naam en leden worden daar beheerd en daar gewijzigd.
console-group-scim = Deze groep komt via SCIM: naam en leden worden beheerd door de directory die haar doorstuurt, en daar gewijzigd.
console-delete-group = Groep verwijderen
console-delete-group-confirm = De groep { $name } verwijderen?
console-delete-group-text = De leden blijven; alleen de groep en hun lidmaatschap ervan verdwijnen.
console-members = Leden
console-username = Gebruikersnaam
console-col-status = Status
console-remove = Verwijderen
console-no-members = Geen leden.
console-add-member-username = Een gebruiker toevoegen op gebruikersnaam
console-add-member = Lid toevoegen

## Authenticatorconfiguraties

console-configs-intro = Hoe { -passkeys } worden gekoppeld: op de eigen pagina’s van Keybound (gehost) of in je app met de JS-SDK (ingebed).
console-invoke-url = Aanroep-URL
console-trusted-origins = Vertrouwde origins
console-attestation = Attestatie van hardwaresleutels
console-col-id = Id
console-config-embedded = Ingebed (JS-SDK)
console-config-hosted = Gehost
console-attestation-required = vereist
console-config-delete-confirm = Deze configuratie verwijderen? Haar openstaande koppelopdrachten verdwijnen mee.
console-delete = Verwijderen
console-no-configs = Nog geen. De console maakt een gehoste aan zodra ze voor het eerst iemand inschrijft.
console-mds-imported = FIDO-metadata: BLOB nummer { $number }, geïmporteerd { $imported }, { $entries ->
    [one] { $entries } authenticatormodel
   *[other] { $entries } authenticatormodellen
}, volgende update verwacht op { $next }. Attestaties worden gecontroleerd tegen de roots die het per model noemt.
console-mds-none = Geen FIDO-metadata geïmporteerd: een vereiste attestatie wordt op het opgegeven model vertrouwd. Om haar te controleren tegen de roots van elke fabrikant, download je de BLOB van de FIDO Metadata Service en voer je { $command } uit.
console-new-config = Nieuwe configuratie
console-invoke-url-embedded = Aanroep-URL (ingebed)
console-trusted-origins-embedded = Vertrouwde origins (ingebed; één per regel)
console-synced-allowed = Gesynchroniseerde { -passkeys } toegestaan (een wachtwoordbeheerder kopieert ze naar de andere apparaten van de persoon)
console-deny-list = Geweigerde authenticatormodellen (AAGUID’s, één per regel)
console-conveyance = Gevraagde attestatie
console-conveyance-none = Geen
console-conveyance-indirect = Indirect
console-conveyance-direct = Direct
console-conveyance-enterprise = Enterprise
console-require-attestation = Hardwaresleutels moeten een attestatie tonen
console-allow-list = Toegestane hardwaresleutelmodellen (AAGUID’s, één per regel; leeg: alle)
console-create-config = Configuratie maken
console-config-choose-type = Het type moet gehost of ingebed zijn.

## Provisioning (SCIM)

console-provisioning-intro = Directory’s zoals Microsoft Entra ID, Okta en Google Workspace, of een hr-systeem, sturen mensen en groepen met SCIM 2.0 naar deze realm.
console-provisioning-read-only = Wat ze sturen (namen, gebruikersnaam, e-mails, externe id, status, de groepen en hun leden) is hier alleen-lezen, gemarkeerd met { $badge }: wijzig het in de directory.
console-scim-token-created = SCIM-token gemaakt
console-scim-token-once = Kopieer het nu naar de provisioning-instellingen van je directory: het wordt niet opnieuw getoond.
console-scim-token = SCIM-token
console-scim-settings = Instellingen voor je directory
console-scim-url = Tenant-URL (SCIM-basis-URL)
console-scim-auth = Authenticatie: een bearer-token (Entra ID noemt het geheim token; Okta, HTTP-headerauthenticatie). Het heeft deze scopes nodig:
console-token-name = Naam van het token
console-create-scim-token = SCIM-token maken
console-scim-changes = Laatste SCIM-wijzigingen
console-no-scim-changes = Nog geen SCIM-wijzigingen.

## API- en registratietokens

console-api-token-created = API-token gemaakt
console-secret-once = Kopieer het geheim nu: het wordt niet opnieuw getoond.
console-secret = Geheim
console-scopes = Scopes
console-col-expires = Verloopt
console-col-last-used = Laatst gebruikt
console-never = nooit
console-api-token-revoke-confirm = Het token ‘{ $name }’ intrekken? Programma’s die het gebruiken werken dan niet meer.
console-revoke = Intrekken
console-no-api-tokens = Geen API-tokens.
console-new-api-token = Nieuw API-token
console-lifetime = Geldigheid
console-lifetime-placeholder = bijv. 30d; leeg: verloopt nooit
console-create-token = Token maken
console-signup-mode = Registratie van gebruikers
console-signup-disabled = Uitgeschakeld
console-signup-with-token = Registratie met token
console-signup-open = Open registratie
console-signup-link-created = Registratielink gemaakt
console-signup-link-once = Stuur deze link naar de mensen die zich moeten registreren. Hij wordt alleen nu getoond.
console-signup-link = Registratielink
console-signup-disabled-warning = Registraties zijn uitgeschakeld in deze realm: kies hierboven ‘Registratie met token’ om de link te laten werken.
console-col-state = Staat
console-col-usage = Gebruik
console-token-active = Actief
console-token-expired = Verlopen
console-token-used-up = Opgebruikt
console-token-revoked = Ingetrokken
console-signup-revoke-confirm = Deze registratielink intrekken? Niemand kan zich er daarna nog mee registreren.
console-no-signup-tokens = Nog geen registratietokens.
console-create-signup-token = Registratietoken maken
console-usage-limit = Gebruikslimiet
console-expires-after = Verloopt na
console-1-hour = 1 uur
console-12-hours = 12 uur
console-1-day = 1 dag
console-1-week = 1 week
console-4-weeks = 4 weken
console-signup-groups = Groepen waar nieuwe gebruikers lid van worden
console-create = Maken

## LDAP

console-ldap-intro = Mensen en groepen uit een directory (OpenLDAP, Active Directory, FreeIPA, lldap) worden naar deze realm gesynchroniseerd: volgens een schema, en wanneer je op ‘Nu synchroniseren’ drukt.
console-ldap-read-only = Wat van de directory is (namen, gebruikersnaam, e-mail, haar groepen en hun leden) is hier alleen-lezen, gemarkeerd met { $badge }.
console-ldap-test = Verbinding testen
console-ldap-dry-run = Proefdraaien (niets wijzigen)
console-ldap-force = Ook als meer dan de helft geblokkeerd zou worden
console-ldap-sync-now = Nu synchroniseren
console-ldap-settings-hint = Lege velden nemen de getoonde standaard over. Velden met ‘Vergrendeld’ zijn ingesteld in de omgeving of het configuratiebestand van de server.
console-locked = Vergrendeld
console-save-settings = Instellingen opslaan
console-ldap-last-syncs = Laatste synchronisaties
console-ldap-col-by = Door
console-ldap-col-what = Wat er gebeurde
console-ldap-dry-run-mark = (proefdraaien)
console-ldap-skipped = { $count } overgeslagen
console-ldap-no-syncs = Nog geen synchronisaties.
console-ldap-url = Directory-URL
console-ldap-url-placeholder = ldap://ldap.example.com:389 of ldaps://…:636
console-ldap-starttls = StartTLS bij ldap://
console-ldap-bind-dn = Bind-DN (serviceaccount)
console-ldap-bind-dn-placeholder = leeg: anoniem
console-ldap-bind-password = Bind-wachtwoord
console-ldap-password-saved = opgeslagen; typ een nieuw om het te wijzigen
console-ldap-base-dn = Basis-DN
console-ldap-user-filter = Personenfilter
console-ldap-group-filter = Groepenfilter
console-ldap-attr-unique-id = Attribuut van de unieke id
console-ldap-attr-unique-id-placeholder = entryUUID (Active Directory: objectGUID)
console-ldap-attr-username = Attribuut van de gebruikersnaam
console-ldap-attr-username-placeholder = uid (Active Directory: sAMAccountName)
console-ldap-attr-email = Attribuut van de e-mail
console-ldap-attr-given-name = Attribuut van de voornaam
console-ldap-attr-family-name = Attribuut van de achternaam
console-ldap-attr-display-name = Attribuut van de weergavenaam
console-ldap-attr-group-name = Attribuut van de groepsnaam
console-ldap-attr-group-member = Attribuut van de groepsleden
console-ldap-attr-group-member-placeholder = member (ook uniqueMember, memberUid)
console-ldap-nested-groups = Leden van geneste groepen zijn leden (Active Directory)
console-ldap-admin-group = Beheerdersgroep
console-ldap-admin-group-placeholder = leden worden beheerders van de console
console-ldap-role-groups = Rolgroepen
console-ldap-removed = Mensen die de directory verlaten
console-ldap-removed-placeholder = suspend (blokkeren) of delete (verwijderen)
console-ldap-page-size = Paginagrootte
console-ldap-sync-interval = Synchroniseren elke
console-ldap-sync-interval-placeholder = 1h; 0 zet het schema uit
console-ldap-saved = Instellingen opgeslagen.
console-ldap-not-saved = Niet opgeslagen.
console-ldap-connected = Verbonden: { $people } personen, { $groups } groepen.
console-ldap-no-username = (geen gebruikersnaam)
console-ldap-connection-failed = De verbinding is mislukt.
console-ldap-sync-failed = De synchronisatie heeft niets gewijzigd.
console-ldap-would = zou: { $change }
console-ldap-skipped-entry = overgeslagen { $entry }: { $reason }
console-ldap-summary = { $created } gemaakt, { $updated } bijgewerkt, { $suspended } geblokkeerd, { $deleted } verwijderd, { $reactivated } heractiveerd; groepen { $groups_created } gemaakt, { $groups_updated } bijgewerkt, { $groups_deleted } verwijderd; lidmaatschappen +{ $memberships_added } -{ $memberships_removed }; rollen +{ $roles_granted } -{ $roles_revoked }; { $skipped } overgeslagen
console-ldap-dry-run-summary = proefdraaien: { $summary }

## Instellingen

console-saved = Opgeslagen.
console-organisation = Organisatie
console-organisation-name = Naam van de organisatie
console-organisation-name-hint = (getoond in e-mails en op de aanmeldpagina’s)
console-logo-url-hint = (getoond boven in de ingebouwde e-mails en op de aanmeldpagina’s; https)
console-sign-in = Aanmelden
console-one-time-access = Eenmalige toegang per e-mail
console-enroll-on-provision = Een inschrijvingsmail sturen naar mensen die via CSV-import, LDAP-synchronisatie of SCIM zijn toegevoegd
console-one-time-access-hint = Voegt ‘Geen toegang tot je toegangssleutel?’ toe aan de aanmeldpagina: mensen krijgen per e-mail een eenmalige aanmeldlink. Wie de e-mail van een persoon kan lezen, kan zich dan als die persoon aanmelden.
console-needs-smtp = Vereist SMTP (hieronder).
console-default-language = Standaardtaal
console-default-language-hint = Voor mensen die geen taal kozen en wiens browser om geen van deze talen vraagt. Iedereen kan op de eigen accountpagina een eigen taal kiezen.
console-time-zone = Tijdzone van e-mails
console-email-delivery = E-mailbezorging
console-email-smtp = E-mail gaat via de SMTP-server uit de configuratie ({ $variable } en de instellingen ernaast).
console-email-outbox = Er is geen SMTP-server ingesteld: e-mail wordt in de map outbox in de datamap geschreven. Om ze te versturen stel je deze variabelen in (zie de README) en start je opnieuw:
console-test-email-to = Een testmail sturen naar
console-send-test-email = Testmail sturen
console-signup-mode-invalid = De registratiemodus moet uitgeschakeld, met token of open zijn.
console-logo-invalid = Het logo moet een http(s)-URL zijn, zoals https://example.com/logo.png.
console-test-email-sent = Verstuurd naar { $to }: { $answer }
console-test-email-failed = Kon niet versturen naar { $to }: { $why }

## E-mailsjablonen

console-template-kind = Soort
console-template-language = Taal
console-template-default = Standaard
console-template-every-language = Alle talen
console-template-delete-confirm = Het sjabloon ‘{ $name }’ verwijderen?
console-templates-none = Tot nu toe alleen de ingebouwde sjablonen.
console-new-template = Nieuw sjabloon
console-edit-template = ‘{ $name }’ bewerken
console-template-is-default = Standaard voor zijn soort
console-template-language-hint = Een standaardsjabloon in een taal gaat naar de mensen die die taal lezen; alle anderen krijgen het standaardsjabloon voor alle talen, anders de ingebouwde e-mail van Keybound in hun taal.
console-template-subject = Onderwerp
console-template-html = HTML-inhoud
console-template-text = Tekstinhoud
console-template-variables = Variabelen:
console-save-template = Sjabloon opslaan
console-preview = Voorbeeld
console-preview-sample = (voorbeeldwaarden)
console-preview-html = HTML-voorbeeld
console-preview-failed = Het voorbeeld is mislukt.

## Gebruikers

console-new-user = Nieuwe gebruiker
console-all = Alle
console-user-count = { $count ->
    [one] { $count } gebruiker
   *[other] { $count } gebruikers
}
console-bulk-with = Met de geselecteerde gebruikers
console-bulk-enroll-email = Inschrijvingsmail sturen
console-suspend = Blokkeren
console-resume = Deblokkeren
console-bulk-all = { $count ->
    [one] De { $count } die overeenkomt, niet alleen de aangevinkte
   *[other] Alle { $count } die overeenkomen, niet alleen de aangevinkte
}
console-apply = Toepassen…
console-import-csv = CSV importeren
console-select-page = Alle gebruikers op deze pagina selecteren
console-select-user = { $name } selecteren
console-enroll-for = Een { -passkey } inschrijven voor { $name }
console-enroll = Inschrijven
console-no-users = Geen gebruikers.
console-no-users-match = Geen gebruikers gevonden.
console-pages = Pagina’s
console-previous-page = Vorige pagina
console-next-page = Volgende pagina
console-page-of = Pagina { $page } van { $pages }
console-email = E-mail
console-passkeys = { -passkeys }
console-last-sign-in = Laatste aanmelding
console-bulk-ask-enroll = { $count ->
    [one] Een inschrijvingsmail sturen naar { $count } gebruiker?
   *[other] Een inschrijvingsmail sturen naar { $count } gebruikers?
}
console-bulk-ask-suspend = { $count ->
    [one] { $count } gebruiker blokkeren?
   *[other] { $count } gebruikers blokkeren?
}
console-bulk-ask-resume = { $count ->
    [one] { $count } gebruiker deblokkeren?
   *[other] { $count } gebruikers deblokkeren?
}
console-bulk-ask-delete = { $count ->
    [one] { $count } gebruiker verwijderen?
   *[other] { $count } gebruikers verwijderen?
}
console-bulk-enroll-emails = Inschrijvingsmails sturen
console-delete-users = Gebruikers verwijderen
console-bulk-done-enroll = { $count ->
    [one] Inschrijvingsmails worden verstuurd naar { $count } gebruiker.
   *[other] Inschrijvingsmails worden verstuurd naar { $count } gebruikers.
}
console-bulk-done-suspend = { $count ->
    [one] { $count } gebruiker geblokkeerd en afgemeld.
   *[other] { $count } gebruikers geblokkeerd en afgemeld.
}
console-bulk-done-resume = { $count ->
    [one] { $count } gebruiker gedeblokkeerd.
   *[other] { $count } gebruikers gedeblokkeerd.
}
console-bulk-done-delete = { $count ->
    [one] { $count } gebruiker verwijderd, met { -passkeys } en sessies.
   *[other] { $count } gebruikers verwijderd, met hun { -passkeys } en sessies.
}
console-bulk-choose-action = Kies wat er met de geselecteerde gebruikers moet gebeuren.
console-bulk-tick = Vink de gebruikers aan die je wilt wijzigen, of kies alle overeenkomende gebruikers.
console-bulk-too-many = Vink hoogstens { $most } gebruikers aan, of kies alle overeenkomende gebruikers.
console-bulk-more = en nog { $count }
console-back-to-users = Terug naar de gebruikers

## Importeren

console-import-title = Gebruikers importeren
console-import-intro = De eerste regel noemt de kolommen: username (verplicht), email, given_name, family_name, display_name en groups (groepsnamen gescheiden door ;). Daarna één gebruiker per regel. Een bestand dat uit de gebruikerslijst is geëxporteerd, leest weer in.
console-import-bad = { $bad } van de { $lines } regels kunnen niet worden geïmporteerd. Er is niets toegevoegd; verbeter ze en controleer opnieuw.
console-import-all-good = { $lines ->
    [one] De regel kan worden geïmporteerd. Er is nog niets toegevoegd.
   *[other] Alle { $lines } regels kunnen worden geïmporteerd. Er is nog niets toegevoegd.
}
console-import-added = { $count ->
    [one] { $count } gebruiker toegevoegd.
   *[other] { $count } gebruikers toegevoegd.
}
console-import-ignored = Genegeerde kolommen: { $columns }
console-col-line = Regel
console-col-result = Resultaat
console-csv-file = CSV-bestand
console-csv-paste = Of plak de CSV
console-import-check = Controleren (proefdraaien)
console-import = Importeren
console-import-will-add = wordt toegevoegd
console-import-added-line = toegevoegd
console-import-empty = Het bestand is leeg. De eerste regel noemt de kolommen: { $columns }
console-import-no-username = De eerste regel noemt de kolommen, en één daarvan moet username zijn.
console-import-too-many = Het bestand bevat { $count } gebruikers; importeer er hoogstens { $most } tegelijk.
console-import-fields = heeft { $fields } velden; de eerste regel noemt er { $columns }
console-import-duplicate = deze gebruikersnaam, of een die er hetzelfde uitziet, staat al op een eerdere regel
console-import-group-ambiguous = meer dan één groep heet ‘{ $name }’; hernoem er eerst een in de console
console-import-no-group = er is geen groep met de naam ‘{ $name }’
console-import-exists = er bestaat al een gebruiker met deze gebruikersnaam
console-import-looks-like = deze gebruikersnaam lijkt op de bestaande ‘{ $username }’

## Pagina van een gebruiker

console-role-groups = { $count ->
    [one] { $count } groep
   *[other] { $count } groepen
}
console-enroll-passkey = Een { -passkey } inschrijven
console-passkey = { -passkey }
console-notice-activation-outbox = Gebruiker gemaakt. Er is geen SMTP-server ingesteld, dus de activeringsmail aan { $email } is niet verstuurd maar in { $folder } geschreven. De gebruiker blijft in afwachting tot de activering.
console-notice-activation-sent = Gebruiker gemaakt. Er is een activeringsmail naar { $email } gestuurd; de gebruiker blijft in afwachting tot de activering.
console-notice-created = Gebruiker gemaakt. Gebruik ‘Een toegangssleutel inschrijven’ om hem toegang te geven.
console-notice-resent = De inschrijvingsmail is opnieuw verstuurd met een nieuwe link; de vorige link werkt niet meer.
console-tab-profile = Profiel
console-tab-enrolments = Inschrijvingen
console-tab-sessions = Sessies
console-username-is = Gebruikersnaam { $username }
console-id-is = id { $id }
console-user-ldap = Deze persoon komt uit de LDAP-directory: naam, gebruikersnaam en e-mail worden daar beheerd en daar gewijzigd; de volgende synchronisatie brengt de wijziging hierheen. { -passkeys }, sessies en groepen van deze realm werken zoals voor iedereen.
console-user-scim = Deze persoon komt via SCIM (zie { $provisioning }): naam, gebruikersnaam, e-mails, externe id en status worden beheerd door de directory die de persoon doorstuurt, en daar gewijzigd. { -passkeys } en sessies werken zoals voor iedereen.
console-display-name = Weergavenaam
console-first-name = Voornaam
console-last-name = Achternaam
console-directory-entry = Directoryvermelding
console-external-id = Externe id
console-suspend-confirm = { $name } blokkeren? Deze persoon kan zich dan niet meer aanmelden.
console-delete-user = Gebruiker verwijderen
console-delete-user-text = { $name } ({ $username }) wordt verwijderd, samen met { -passkeys }, sessies en openstaande inschrijvingen. Dit kan niet ongedaan worden gemaakt.
console-role-title = Rol in de console
console-role = Rol
console-role-none = Geen: geen toegang tot de console
console-role-limited = Beperkt tot de leden van (niets aangevinkt: de hele realm)
console-save-role = Rol opslaan
console-no-such-role = Deze rol bestaat niet.
console-role-helpdesk = Helpdesk
console-role-user-manager = Gebruikersbeheerder
console-role-app-manager = Applicatiebeheerder
console-role-auditor = Auditor
console-role-admin = Beheerder
console-no-sessions = { $name } is nergens aangemeld.
console-col-device = Apparaat
console-col-signed-in = Aangemeld
console-col-last-seen = Laatst gezien
console-session-revoke-confirm = { $name } afmelden van deze sessie?
console-no-jobs = Er zijn nog geen inschrijvingen naar { $name } gestuurd.
console-col-delivery = Bezorging
console-col-key = Sleutel
console-col-actions = Acties
console-job-link = Link
console-job-code = Code van 9 tekens
console-job-opened = Geopend
console-job-delivered = Bezorgd
console-job-complete = Voltooid
console-job-failed = Versturen mislukt
console-resend = Opnieuw sturen
console-job-revoke-confirm = Deze inschrijving intrekken? De link of code werkt dan niet meer.
console-flagged = Gemarkeerd
console-passkey-synced = gesynchroniseerd
console-passkey-device-bound = apparaatgebonden
console-device-any = Elke { -passkey }
console-device-smartphone = Smartphone
console-device-contactless-card = Contactloze kaart
console-device-hardware-key = FIDO2-hardwarebeveiligingssleutel
console-policy-verification-required = verificatie vereist
console-policy-verification-preferred = verificatie voorkeur
console-policy-offline = offline aanmelden
console-policy-no-bluetooth = geen Bluetooth
console-not-audited = Niet geaudit
console-not-audited-title = Een beheerder heeft de audit voor deze sleutel uitgezet
console-not-audited-hint = aanmeldingen ermee worden niet in het auditlog vastgelegd
console-passkey-revoke-confirm = De { -passkey } ‘{ $name }’ intrekken? Er kan dan niet meer mee worden aangemeld.
console-no-passkeys = Nog geen { -passkeys }.
console-col-group = Groep
console-in-no-group = In geen enkele groep.
console-add-to-group = Aan groep toevoegen
console-add = Toevoegen
console-user-all-events = Alle gebeurtenissen van { $name } in het auditlog
console-enroll-title = Een { -passkey } inschrijven voor { $name }
console-enroll-method = Kies een methode
console-enroll-by-email = Een inschrijvingsmail sturen
console-enroll-by-code = Code van 9 tekens maken
console-enroll-by-link = Aanmeldlink
console-enroll-no-email = Deze gebruiker heeft geen e-mailadres: voeg er eerst een toe op het tabblad Profiel.
console-email-template = E-mailsjabloon
console-default-template = Standaardsjabloon
console-enroll-send = Doorgaan en e-mail sturen
console-enroll-code-hint = Een code die de gebruiker op { $page } invoert op het apparaat dat de { -passkey } zal bewaren. Hij werkt één keer, 60 seconden lang.
console-enroll-link-hint = Een eenmalige aanmeldlink: de gebruiker meldt zich er één keer mee aan en voegt op de accountpagina een { -passkey } toe.
console-expiration = Geldigheid
console-generate-link = Link maken
console-link-choose-lifetime = Kies hoelang de link werkt.
console-enroll-email-sent = Inschrijvingsmail verstuurd
console-enroll-email-sent-to = Er is een inschrijvingsmail naar { $to } gestuurd.
console-enroll-works-until = De link erin werkt één keer, tot { $expires }.
console-enroll-then-enrolled = Zodra de persoon een { -passkey } maakt, staat die in de gebruikerslijst als ingeschreven.
console-code-title = Code van 9 tekens
console-code-share = Deel deze code per bericht of telefoon met { $name }.
console-code-where = De persoon voert hem in op { $page } op het apparaat dat de { -passkey } zal bewaren.
console-code-expires-in = Verloopt over { $seconds } seconden.
console-code-expired = De code is verlopen.
console-code-warning = Deel de code nooit met onbevoegden.
console-link-send = Stuur deze link naar { $name }.
console-link-until = Hij meldt de persoon één keer aan, tot { $expires }, zodat er een { -passkey } kan worden toegevoegd.

## Nieuwe gebruiker en kaartactivering

console-wizard-info = Gebruikersgegevens
console-wizard-key = Beveiligingssleutel
console-wizard-confirm = Bevestigen
console-wizard-not-added = De gebruiker is niet toegevoegd: zie de gemarkeerde velden hieronder.
console-wizard-email-hint = De activeringsmail gaat naar dit adres.
console-next = Volgende
console-back = Terug
console-wizard-no-groups = Deze realm heeft nog geen groepen.
console-wizard-assign-key = Een beveiligingssleutel toewijzen
console-wizard-key-device = Soort beveiligingssleutel
console-wizard-card-name = Naam van de kaart
console-wizard-card-name-placeholder = bijv. Pas 1042
console-wizard-activation = Activering
console-wizard-activate-admin = Nu activeren als beheerder
console-wizard-activate-admin-hint = de kaart is hier bij je
console-wizard-activate-user = Activering door de gebruiker
console-wizard-activate-user-hint = er wordt een registratielink gemaild
console-wizard-auditable = Geaudit
console-wizard-auditable-hint = aanmeldingen met deze sleutel in het auditlog vastleggen
console-wizard-bluetooth = Bluetooth-nabijheid
console-wizard-bluetooth-hint = controleren dat de telefoon bij de computer is
console-wizard-offline = Offline aanmelden
console-wizard-verification = Verificatie
console-wizard-verification-required = Vereist (vingerafdruk, gezicht of pincode bij elk gebruik)
console-wizard-verification-preferred = Voorkeur
console-wizard-key-hint = De gebruiker activeert de sleutel via de registratielink in de activeringsmail.
console-wizard-no-key = Geen
console-wizard-send-email = De activeringsmail sturen
console-wizard-choose-device = Kies een soort beveiligingssleutel.
console-assign-card = Contactloze kaart toewijzen
console-card-for = Kaart { $card } voor { $name }
console-card-step-reader = Zorg dat de kaartlezer (en het stuurprogramma) op deze computer is aangesloten.
console-card-step-assign = Klik op ‘Contactloze kaart toewijzen’. Keybound toont een pincode: stel die in op de kaart wanneer de browser erom vraagt.
console-card-step-tap = Houd de kaart tegen de lezer wanneer dat wordt gevraagd.
console-card-pin = Pincode voor de kaart:
console-card-set-pin = Stel de pincode hierboven in op de kaart wanneer de browser erom vraagt en houd de kaart dan tegen de lezer…
console-card-assigned-emailed = De kaart is toegewezen. De pincode is gemaild naar {"{"}email{"}"}.
console-card-assigned = De kaart is toegewezen. De gebruiker heeft geen e-mailadres: geef de pincode zelf door.
console-request-failed = Verzoek mislukt
console-request-refused = Dit verzoek komt niet uit deze console. Laad de pagina opnieuw en probeer het nog eens.
console-no-such-user = geen gebruiker ‘{ $username }’ in deze realm
console-skip-you = dat ben jij
console-skip-suspended = al geblokkeerd
console-skip-not-suspended = niet geblokkeerd
console-skip-deleted = intussen verwijderd
console-bad-page = De pagina moet een paginanummer zijn.
console-bad-status = De status moet actief of geblokkeerd zijn.
