# Administrationskonsolen.

## Layout

console-page-title = { $page } · Keybound-konsolen
console-skip = Hoppa till innehållet
console-nav = Konsol
console-menu = Meny
console-realm = Realm
console-realm-switch = Byt
console-your-account = Ditt konto
console-sign-out = Logga ut
console-copied = Kopierat
console-copy-by-hand = Tryck Ctrl+C
console-nav-dashboard = Översikt
console-nav-users = Användare
console-nav-groups = Grupper
console-nav-signup = Registreringstoken
console-nav-configs = Autentiseringskonfigurationer
console-nav-templates = E-postmallar
console-nav-applications = Applikationer
console-nav-ldap = LDAP
console-nav-provisioning = Provisionering
console-nav-api = API-token
console-nav-audit = Granskningslogg
console-nav-settings = Inställningar

## Avslag och problem

console-no-access = Ingen åtkomst till konsolen
console-no-access-text = Du är inloggad men har ingen roll i den här konsolen. Be en administratör om åtkomst.
console-not-for-role = Ingår inte i din roll
console-not-for-role-text = Din roll i den här konsolen omfattar inte den här sidan. Gå tillbaka till konsolens startsida (/console) eller fråga en administratör.
console-needs-passkey = Logga in med en { -passkey }
console-needs-passkey-text = Konsolen öppnas bara för sessioner som loggats in med en { -passkey }. Du loggade in med en engångslänk: lägg till en { -passkey } på din kontosida (/account), logga ut och logga in igen med den.
console-form-too-large = Det du skickade är större än de 2 MiB som ett konsolformulär tar emot. Om du vill importera fler personer delar du upp CSV-filen i delar på högst 2 MiB (cirka 20 000 rader) och importerar dem en i taget.
console-form-refused = Formuläret avvisades
console-form-refused-text = Formuläret kom inte från den här konsolen, eller så har din session ändrats. Gå tillbaka, ladda om sidan och försök igen.
console-problem-title = Något gick fel
console-go-back = Tillbaka
console-no-such-realm = Den realmen finns inte.
console-cancel = Avbryt

## Översikt och granskningslogg

console-find-person = Hitta en person
console-find-placeholder = Namn, användarnamn eller e-post
console-search = Sök
console-find-hint = Välj sedan ”Registrera” bredvid personen: ett e-postmeddelande, en kod på 9 tecken eller en inloggningslänk.
console-status-enrolled = Registrerad
console-status-pending = Väntar
console-status-invite-failed = Inbjudan misslyckades
console-status-suspended = Spärrad
console-chart = Kopplade { -passkeys }, senaste 30 dagarna
console-chart-label = Kopplade { -passkeys } per dag de senaste 30 dagarna: { $total } totalt
console-recent-events = Senaste händelser
console-col-when = När
console-col-action = Åtgärd
console-col-actor = Utförd av
console-col-outcome = Resultat
console-col-detail = Detaljer
console-col-target = Mål
console-col-person = Person
console-col-address = Adress
console-outcome-success = Lyckades
console-outcome-failure = Misslyckades
console-nothing-yet = Inget än.
console-whole-audit-log = Hela granskningsloggen
console-audit-user = Användare
console-audit-user-placeholder = användarnamn eller id
console-any = Alla
console-audit-from = Från
console-audit-to = Till
console-filter = Filtrera
console-export-csv = Exportera CSV
console-audit-count = { $count ->
    [one] { $count } händelse
   *[other] { $count } händelser
}
console-audit-none = Inga händelser matchar.
console-audit-older = Äldre händelser
console-actor-system = system (kommandorad)
console-actor-api-token = API-token { $name }
console-actor-scim = SCIM ({ $name })
console-target-passkey = { -passkey }
console-target-enrolment = registrering
console-target-session = session
console-target-group = grupp { $name }
console-target-signup-token = registreringslänk
console-target-deleted = { $name } (borttagen)

## Applikationer

console-issuer = Utfärdare
console-discovery-url = Discovery-URL
console-copy = Kopiera
console-applications-intro = Applikationer loggar in sina användare via Keybound med OpenID Connect. Ge en applikation den här realmens utfärdare; dess bibliotek hittar resten i discovery-dokumentet.
console-new-application = Ny applikation
console-col-name = Namn
console-client-id = Klient-ID
console-col-type = Typ
console-col-redirect-uris = Omdirigerings-URI:er
console-col-created = Skapad
console-app-kind-public = Publik
console-app-kind-confidential = Konfidentiell
console-no-applications = Inga applikationer än.
console-back-applications = ← Applikationer
console-client-secret = Klienthemlighet
console-client-secret-once = Kopiera hemligheten nu: den visas inte igen. Keybound sparar bara dess hash.
console-close = Stäng
console-rotate-secret = Förnya hemligheten
console-rotate-secret-confirm = Skapa en ny klienthemlighet? Den nuvarande slutar fungera direkt.
console-not-saved-fields = Inte sparat: se de markerade fälten nedan.
console-not-saved = Inte sparat: { $reason }
console-app-confidential = Konfidentiell: en serverapplikation som håller en hemlighet
console-app-public = Publik: en ensidig eller inbyggd app, utan hemlighet, alltid med PKCE
console-app-client-auth = Klientautentisering (konfidentiella appar)
console-app-auth-basic = client_secret_basic (HTTP Basic)
console-app-auth-post = client_secret_post (i formuläret)
console-app-redirect-uris = Omdirigerings-URI:er, en per rad
console-app-logout-uris = Omdirigerings-URI:er efter utloggning, en per rad
console-app-resources = API:er som dess åtkomsttoken får gälla (RFC 8707), en per rad: de token är JWT:er
console-app-resources-placeholder = valfritt, t.ex. https://api.example.com
console-app-grants = Tillåtna grants
console-app-scopes = Scopes den får be om
console-app-pkce = Kräv PKCE (S256)
console-app-access-lifetime = Åtkomsttokenets livslängd
console-app-refresh-lifetime = Förnyelsetokenets livslängd
console-app-id-token-alg = ID-tokenets signatur
console-app-backchannel = URI för back-channel-utloggning
console-optional = valfritt
console-logo-url = Logotypens URL
console-optional-https = valfritt, https
console-app-groups = Bara medlemmar i dessa grupper får logga in (inga markerade: alla i realmen)
console-app-skip-consent = Hoppa över samtyckessidan (egen app)
console-app-dpop = Bind dess token till dess nyckel (DPoP)
console-app-par = Ta bara emot pushade auktoriseringsbegäranden (PAR)
console-save = Spara
console-delete-application = Ta bort applikationen
console-create-application = Skapa applikation
console-activity = Aktivitet
console-app-choose-type = Välj konfidentiell eller publik.
console-delete-confirm = Ta bort { $name }?
console-delete-application-text = Dess användare kan inte längre logga in i den via Keybound, och dess token slutar fungera. Det går inte att ångra.

## Grupper och registreringsmejl i mängd

console-back-users = ← Användare
console-batch-title = Registreringsmejl
console-batch-sending = Skickar registreringsmejl …
console-batch-sent = Registreringsmejl skickade
console-batch-count-sent = Skickade
console-batch-count-waiting = Väntar
console-batch-count-skipped = Hoppades över
console-batch-made = { $made } av { $total } registreringsmejl skapade.
console-batch-updating = Sidan uppdaterar sig själv tills resten är klart.
console-batch-each = Varje persons registrering syns på personens sida.
console-batch-skipped = { $count } hoppades över:
console-col-why = Orsak
console-description = Beskrivning
console-no-groups = Inga grupper än.
console-new-group = Ny grupp
console-create-group = Skapa grupp
console-back-groups = ← Grupper
console-group-ldap = Gruppen kommer från LDAP-katalogen: dess namn och medlemmar hanteras och ändras där.
console-group-scim = Gruppen provisioneras via SCIM: dess namn och medlemmar hanteras av katalogen som skickar den och ändras där.
console-delete-group = Ta bort gruppen
console-delete-group-confirm = Ta bort gruppen { $name }?
console-delete-group-text = Medlemmarna finns kvar; bara gruppen och deras medlemskap i den försvinner.
console-members = Medlemmar
console-username = Användarnamn
console-col-status = Status
console-remove = Ta bort
console-no-members = Inga medlemmar.
console-add-member-username = Lägg till en användare via användarnamn
console-add-member = Lägg till medlem

## Autentiseringskonfigurationer

console-configs-intro = Hur { -passkeys } kopplas: på Keybounds egna sidor (värdbaserat) eller i din app med JS-SDK:t (inbäddat).
console-invoke-url = Anrops-URL
console-trusted-origins = Betrodda ursprung
console-attestation = Attestering av hårdvarunycklar
console-col-id = Id
console-config-embedded = Inbäddad (JS-SDK)
console-config-hosted = Värdbaserad
console-attestation-required = krävs
console-config-delete-confirm = Ta bort konfigurationen? Dess väntande kopplingsjobb försvinner med den.
console-delete = Ta bort
console-no-configs = Inga än. Konsolen skapar en värdbaserad första gången den registrerar någon.
console-mds-imported = FIDO-metadata: BLOB nummer { $number }, importerad { $imported }, { $entries ->
    [one] { $entries } autentiseringsmodell
   *[other] { $entries } autentiseringsmodeller
}, nästa uppdatering väntas { $next }. Attesteringar kontrolleras mot de rotcertifikat den anger för varje modell.
console-mds-none = Ingen FIDO-metadata importerad: en krävd attestering godtas utifrån den modell den uppger. Om du vill kontrollera den mot varje tillverkares rotcertifikat laddar du ned BLOB:en från FIDO Metadata Service och kör { $command }.
console-new-config = Ny konfiguration
console-invoke-url-embedded = Anrops-URL (inbäddad)
console-trusted-origins-embedded = Betrodda ursprung (inbäddad; ett per rad)
console-synced-allowed = Synkade { -passkeys } tillåts (en nyckelhanterare kopierar dem till personens andra enheter)
console-deny-list = Avvisade autentiseringsmodeller (AAGUID:er, en per rad)
console-conveyance = Begärd attestering
console-conveyance-none = Ingen
console-conveyance-indirect = Indirekt
console-conveyance-direct = Direkt
console-conveyance-enterprise = Enterprise
console-require-attestation = Hårdvarunycklar måste visa en attestering
console-allow-list = Tillåtna modeller av hårdvarunycklar (AAGUID:er, en per rad; tomt: alla)
console-create-config = Skapa konfiguration
console-config-choose-type = Typen måste vara värdbaserad eller inbäddad.

## Provisionering (SCIM)

console-provisioning-intro = Kataloger som Microsoft Entra ID, Okta och Google Workspace, eller ett HR-system, skickar personer och grupper till den här realmen med SCIM 2.0.
console-provisioning-read-only = Det de skickar (namn, användarnamn, e-postadresser, externt id, status, grupperna och deras medlemmar) är skrivskyddat här, märkt { $badge }: ändra det i katalogen.
console-scim-token-created = SCIM-token skapat
console-scim-token-once = Kopiera det till katalogens provisioneringsinställningar nu: det visas inte igen.
console-scim-token = SCIM-token
console-scim-settings = Inställningar för din katalog
console-scim-url = Klient-URL (SCIM-bas-URL)
console-scim-auth = Autentisering: ett bearer-token (Entra ID kallar det hemlig token; Okta, autentisering med HTTP-huvud). Det behöver dessa scopes:
console-token-name = Tokenets namn
console-create-scim-token = Skapa SCIM-token
console-scim-changes = Senaste SCIM-ändringar
console-no-scim-changes = Inga SCIM-ändringar än.

## API- och registreringstoken

console-api-token-created = API-token skapat
console-secret-once = Kopiera hemligheten nu: den visas inte igen.
console-secret = Hemlighet
console-scopes = Scopes
console-col-expires = Går ut
console-col-last-used = Senast använd
console-never = aldrig
console-api-token-revoke-confirm = Återkalla tokenet ”{ $name }”? Program som använder det slutar fungera.
console-revoke = Återkalla
console-no-api-tokens = Inga API-token.
console-new-api-token = Nytt API-token
console-lifetime = Livslängd
console-lifetime-placeholder = t.ex. 30d; tomt: går aldrig ut
console-create-token = Skapa token
console-signup-mode = Registrering av användare
console-signup-disabled = Avstängd
console-signup-with-token = Registrering med token
console-signup-open = Öppen registrering
console-signup-link-created = Registreringslänk skapad
console-signup-link-once = Skicka länken till de personer som ska registrera sig. Den visas bara nu.
console-signup-link = Registreringslänk
console-signup-disabled-warning = Registrering är avstängd i den här realmen: välj ”Registrering med token” ovan för att länken ska fungera.
console-col-state = Tillstånd
console-col-usage = Användning
console-token-active = Aktiv
console-token-expired = Utgången
console-token-used-up = Förbrukad
console-token-revoked = Återkallad
console-signup-revoke-confirm = Återkalla registreringslänken? Ingen kan registrera sig med den efteråt.
console-no-signup-tokens = Inga registreringstoken än.
console-create-signup-token = Skapa registreringstoken
console-usage-limit = Användningsgräns
console-expires-after = Går ut efter
console-1-hour = 1 timme
console-12-hours = 12 timmar
console-1-day = 1 dag
console-1-week = 1 vecka
console-4-weeks = 4 veckor
console-signup-groups = Grupper som nya användare går med i
console-create = Skapa

## LDAP

console-ldap-intro = Personer och grupper från en katalog (OpenLDAP, Active Directory, FreeIPA, lldap) synkas till den här realmen: enligt ett schema och när du trycker på ”Synka nu”.
console-ldap-read-only = Det som katalogen äger (namn, användarnamn, e-post, dess grupper och deras medlemmar) är skrivskyddat här, märkt { $badge }.
console-ldap-test = Testa anslutningen
console-ldap-dry-run = Provkörning (ändra ingenting)
console-ldap-force = Även om mer än hälften skulle spärras
console-ldap-sync-now = Synka nu
console-ldap-settings-hint = Tomma fält får standardvärdet som visas. Fält märkta ”Låst” är satta i serverns miljö eller konfigurationsfil.
console-locked = Låst
console-save-settings = Spara inställningar
console-ldap-last-syncs = Senaste synkningar
console-ldap-col-by = Av
console-ldap-col-what = Vad som hände
console-ldap-dry-run-mark = (provkörning)
console-ldap-skipped = { $count } hoppades över
console-ldap-no-syncs = Inga synkningar än.
console-ldap-url = Katalogens URL
console-ldap-url-placeholder = ldap://ldap.example.com:389 eller ldaps://…:636
console-ldap-starttls = StartTLS för ldap://
console-ldap-bind-dn = Bind-DN (tjänstekonto)
console-ldap-bind-dn-placeholder = tomt: anonymt
console-ldap-bind-password = Bind-lösenord
console-ldap-password-saved = sparat; skriv ett nytt för att ändra det
console-ldap-base-dn = Bas-DN
console-ldap-user-filter = Personfilter
console-ldap-group-filter = Gruppfilter
console-ldap-attr-unique-id = Attribut för unikt id
console-ldap-attr-unique-id-placeholder = entryUUID (Active Directory: objectGUID)
console-ldap-attr-username = Attribut för användarnamn
console-ldap-attr-username-placeholder = uid (Active Directory: sAMAccountName)
console-ldap-attr-email = Attribut för e-post
console-ldap-attr-given-name = Attribut för förnamn
console-ldap-attr-family-name = Attribut för efternamn
console-ldap-attr-display-name = Attribut för visningsnamn
console-ldap-attr-group-name = Attribut för gruppnamn
console-ldap-attr-group-member = Attribut för gruppmedlemmar
console-ldap-attr-group-member-placeholder = member (även uniqueMember, memberUid)
console-ldap-nested-groups = Medlemmar i nästlade grupper är medlemmar (Active Directory)
console-ldap-admin-group = Administratörsgrupp
console-ldap-admin-group-placeholder = medlemmarna blir konsoladministratörer
console-ldap-role-groups = Rollgrupper
console-ldap-removed = Personer som lämnar katalogen
console-ldap-removed-placeholder = suspend (spärra) eller delete (ta bort)
console-ldap-page-size = Sidstorlek
console-ldap-sync-interval = Synka var
console-ldap-sync-interval-placeholder = 1h; 0 stänger av schemat
console-ldap-saved = Inställningarna sparades.
console-ldap-not-saved = Inte sparat.
console-ldap-connected = Ansluten: { $people } personer, { $groups } grupper.
console-ldap-no-username = (inget användarnamn)
console-ldap-connection-failed = Anslutningen misslyckades.
console-ldap-sync-failed = Synkningen ändrade ingenting.
console-ldap-would = skulle: { $change }
console-ldap-skipped-entry = hoppade över { $entry }: { $reason }
console-ldap-summary = { $created } skapade, { $updated } uppdaterade, { $suspended } spärrade, { $deleted } borttagna, { $reactivated } återaktiverade; grupper { $groups_created } skapade, { $groups_updated } uppdaterade, { $groups_deleted } borttagna; medlemskap +{ $memberships_added } -{ $memberships_removed }; roller +{ $roles_granted } -{ $roles_revoked }; { $skipped } överhoppade
console-ldap-dry-run-summary = provkörning: { $summary }

## Inställningar

console-saved = Sparat.
console-organisation = Organisation
console-organisation-name = Organisationens namn
console-organisation-name-hint = (visas i e-post och på inloggningssidorna)
console-logo-url-hint = (visas överst i de inbyggda mejlen och på inloggningssidorna; https)
console-sign-in = Inloggning
console-one-time-access = Engångsåtkomst via e-post
console-enroll-on-provision = Skicka ett registreringsmejl till personer som läggs till via CSV-import, LDAP-synk eller SCIM
console-one-time-access-hint = Lägger till ”Har du inte tillgång till din nyckel?” på inloggningssidan: personer får en engångslänk för inloggning via e-post. Den som kan läsa en persons e-post kan då logga in som personen.
console-needs-smtp = Kräver SMTP (nedan).
console-default-language = Standardspråk
console-default-language-hint = För personer som inte valt något språk och vars webbläsare inte ber om något av dessa. Var och en kan välja sitt eget på sin kontosida.
console-time-zone = Tidszon för e-post
console-email-delivery = E-postleverans
console-email-smtp = E-post skickas via SMTP-servern i konfigurationen ({ $variable } och inställningarna bredvid).
console-email-outbox = Ingen SMTP-server är konfigurerad: e-post skrivs till mappen outbox i datakatalogen. Om du vill skicka den sätter du dessa variabler (se README) och startar om:
console-test-email-to = Skicka ett testmejl till
console-send-test-email = Skicka testmejl
console-signup-mode-invalid = Registreringsläget måste vara avstängt, med token eller öppet.
console-logo-invalid = Logotypen måste vara en http(s)-URL, t.ex. https://example.com/logo.png.
console-test-email-sent = Skickat till { $to }: { $answer }
console-test-email-failed = Kunde inte skicka till { $to }: { $why }

## E-postmallar

console-template-kind = Sort
console-template-language = Språk
console-template-default = Standard
console-template-every-language = Alla språk
console-template-delete-confirm = Ta bort mallen ”{ $name }”?
console-templates-none = Bara de inbyggda mallarna än så länge.
console-new-template = Ny mall
console-edit-template = Redigera ”{ $name }”
console-template-is-default = Standard för sin sort
console-template-language-hint = En standardmall på ett språk skickas till dem som läser språket; alla andra får standardmallen för alla språk, annars Keybounds inbyggda mejl på sitt språk.
console-template-subject = Ämne
console-template-html = HTML-innehåll
console-template-text = Textinnehåll
console-template-variables = Variabler:
console-save-template = Spara mallen
console-preview = Förhandsvisning
console-preview-sample = (exempelvärden)
console-preview-html = HTML-förhandsvisning
console-preview-failed = Förhandsvisningen misslyckades.

## Användare

console-new-user = Ny användare
console-all = Alla
console-user-count = { $count ->
    [one] { $count } användare
   *[other] { $count } användare
}
console-bulk-with = Med de markerade användarna
console-bulk-enroll-email = Skicka registreringsmejl
console-suspend = Spärra
console-resume = Häv spärren
console-bulk-all = { $count ->
    [one] Den { $count } som matchar, inte bara de markerade
   *[other] Alla { $count } som matchar, inte bara de markerade
}
console-apply = Verkställ …
console-import-csv = Importera CSV
console-select-page = Markera alla användare på sidan
console-select-user = Markera { $name }
console-enroll-for = Registrera en { -passkey } för { $name }
console-enroll = Registrera
console-no-users = Inga användare.
console-no-users-match = Inga användare matchar.
console-pages = Sidor
console-previous-page = Föregående sida
console-next-page = Nästa sida
console-page-of = Sida { $page } av { $pages }
console-email = E-post
console-passkeys = { -passkeys }
console-last-sign-in = Senaste inloggning
console-bulk-ask-enroll = { $count ->
    [one] Skicka ett registreringsmejl till { $count } användare?
   *[other] Skicka ett registreringsmejl till { $count } användare?
}
console-bulk-ask-suspend = { $count ->
    [one] Spärra { $count } användare?
   *[other] Spärra { $count } användare?
}
console-bulk-ask-resume = { $count ->
    [one] Häva spärren för { $count } användare?
   *[other] Häva spärren för { $count } användare?
}
console-bulk-ask-delete = { $count ->
    [one] Ta bort { $count } användare?
   *[other] Ta bort { $count } användare?
}
console-bulk-enroll-emails = Skicka registreringsmejl
console-delete-users = Ta bort användare
console-bulk-done-enroll = { $count ->
    [one] Skickar registreringsmejl till { $count } användare.
   *[other] Skickar registreringsmejl till { $count } användare.
}
console-bulk-done-suspend = { $count ->
    [one] { $count } användare spärrad och utloggad.
   *[other] { $count } användare spärrade och utloggade.
}
console-bulk-done-resume = { $count ->
    [one] Spärren hävd för { $count } användare.
   *[other] Spärren hävd för { $count } användare.
}
console-bulk-done-delete = { $count ->
    [one] { $count } användare borttagen, med sina { -passkeys } och sessioner.
   *[other] { $count } användare borttagna, med sina { -passkeys } och sessioner.
}
console-bulk-choose-action = Välj vad som ska göras med de markerade användarna.
console-bulk-tick = Markera användarna som ska ändras, eller välj alla som matchar.
console-bulk-too-many = Markera högst { $most } användare, eller välj alla som matchar.
console-bulk-more = och { $count } till
console-back-to-users = Tillbaka till användarna

## Import

console-import-title = Importera användare
console-import-intro = Första raden namnger kolumnerna: username (krävs), email, given_name, family_name, display_name och groups (gruppnamn åtskilda med ;). Sedan en användare per rad. En fil som exporterats från användarlistan kan läsas in igen.
console-import-bad = { $bad } av { $lines } rader kan inte importeras. Inget lades till; rätta dem och kontrollera igen.
console-import-all-good = { $lines ->
    [one] Raden kan importeras. Inget har lagts till än.
   *[other] Alla { $lines } rader kan importeras. Inget har lagts till än.
}
console-import-added = { $count ->
    [one] { $count } användare tillagd.
   *[other] { $count } användare tillagda.
}
console-import-ignored = Ignorerade kolumner: { $columns }
console-col-line = Rad
console-col-result = Resultat
console-csv-file = CSV-fil
console-csv-paste = Eller klistra in CSV
console-import-check = Kontrollera (provkörning)
console-import = Importera
console-import-will-add = läggs till
console-import-added-line = tillagd
console-import-empty = Filen är tom. Första raden namnger kolumnerna: { $columns }
console-import-no-username = Första raden namnger kolumnerna, och en av dem måste vara username.
console-import-too-many = Filen har { $count } användare; importera högst { $most } åt gången.
console-import-fields = har { $fields } fält; första raden namnger { $columns }
console-import-duplicate = det här användarnamnet, eller ett som ser likadant ut, finns redan på en tidigare rad
console-import-group-ambiguous = mer än en grupp heter ”{ $name }”; byt namn på en av dem i konsolen först
console-import-no-group = det finns ingen grupp som heter ”{ $name }”
console-import-exists = det finns redan en användare med det här användarnamnet
console-import-looks-like = det här användarnamnet liknar det befintliga ”{ $username }”

## En användares sida

console-role-groups = { $count ->
    [one] { $count } grupp
   *[other] { $count } grupper
}
console-enroll-passkey = Registrera en { -passkey }
console-passkey = { -passkey }
console-notice-activation-outbox = Användaren skapades. Ingen SMTP-server är konfigurerad, så aktiveringsmejlet till { $email } skickades inte utan skrevs till { $folder }. Användaren väntar tills aktiveringen är klar.
console-notice-activation-sent = Användaren skapades. Ett aktiveringsmejl skickades till { $email }; användaren väntar tills aktiveringen är klar.
console-notice-created = Användaren skapades. Använd ”Registrera en nyckel” för att ge personen en väg in.
console-notice-resent = Registreringsmejlet skickades igen med en ny länk; den tidigare länken fungerar inte längre.
console-tab-profile = Profil
console-tab-enrolments = Registreringar
console-tab-sessions = Sessioner
console-username-is = Användarnamn { $username }
console-id-is = id { $id }
console-user-ldap = Personen kommer från LDAP-katalogen: namn, användarnamn och e-post hanteras och ändras där; nästa synk för över ändringen hit. { -passkeys }, sessioner och grupper i den här realmen fungerar som för alla andra.
console-user-scim = Personen provisioneras via SCIM (se { $provisioning }): namn, användarnamn, e-postadresser, externt id och status hanteras av katalogen som skickar personen och ändras där. { -passkeys } och sessioner fungerar som för alla andra.
console-display-name = Visningsnamn
console-first-name = Förnamn
console-last-name = Efternamn
console-directory-entry = Katalogpost
console-external-id = Externt id
console-suspend-confirm = Spärra { $name }? Personen kommer inte att kunna logga in.
console-delete-user = Ta bort användaren
console-delete-user-text = { $name } ({ $username }) tas bort med sina { -passkeys }, sessioner och väntande registreringar. Det går inte att ångra.
console-role-title = Roll i konsolen
console-role = Roll
console-role-none = Ingen: ingen åtkomst till konsolen
console-role-limited = Begränsad till medlemmarna i (inga markerade: hela realmen)
console-save-role = Spara rollen
console-no-such-role = Den rollen finns inte.
console-role-helpdesk = Helpdesk
console-role-user-manager = Användaransvarig
console-role-app-manager = Applikationsansvarig
console-role-auditor = Granskare
console-role-admin = Administratör
console-no-sessions = { $name } är inte inloggad någonstans.
console-col-device = Enhet
console-col-signed-in = Inloggad
console-col-last-seen = Senast sedd
console-session-revoke-confirm = Logga ut { $name } från den här sessionen?
console-no-jobs = Inga registreringar har skickats till { $name } än.
console-col-delivery = Leverans
console-col-key = Nyckel
console-col-actions = Åtgärder
console-job-link = Länk
console-job-code = Kod på 9 tecken
console-job-opened = Öppnad
console-job-delivered = Levererad
console-job-complete = Klar
console-job-failed = Kunde inte skickas
console-resend = Skicka igen
console-job-revoke-confirm = Återkalla registreringen? Dess länk eller kod slutar fungera.
console-flagged = Flaggad
console-passkey-synced = synkad
console-passkey-device-bound = enhetsbunden
console-device-any = Valfri { -passkey }
console-device-smartphone = Smartphone
console-device-contactless-card = Kontaktlöst kort
console-device-hardware-key = FIDO2-säkerhetsnyckel (hårdvara)
console-policy-verification-required = verifiering krävs
console-policy-verification-preferred = verifiering föredras
console-policy-offline = offlineinloggning
console-policy-no-bluetooth = ingen Bluetooth
console-not-audited = Granskas inte
console-not-audited-title = En administratör har stängt av granskningen för den här nyckeln
console-not-audited-hint = dess inloggningar registreras inte i granskningsloggen
console-passkey-revoke-confirm = Återkalla { -passkey }n ”{ $name }”? Den kan inte längre logga in.
console-no-passkeys = Inga { -passkeys } än.
console-col-group = Grupp
console-in-no-group = Inte med i någon grupp.
console-add-to-group = Lägg till i grupp
console-add = Lägg till
console-user-all-events = Alla händelser för { $name } i granskningsloggen
console-enroll-title = Registrera en { -passkey } för { $name }
console-enroll-method = Välj metod
console-enroll-by-email = Skicka ett registreringsmejl
console-enroll-by-code = Skapa en kod på 9 tecken
console-enroll-by-link = Inloggningslänk
console-enroll-no-email = Användaren har ingen e-postadress: lägg till en på fliken Profil först.
console-email-template = E-postmall
console-default-template = Standardmall
console-enroll-send = Fortsätt och skicka mejl
console-enroll-code-hint = En kod som användaren skriver på { $page } på enheten som ska hålla nyckeln. Den fungerar en gång, i 60 sekunder.
console-enroll-link-hint = En engångslänk för inloggning: användaren loggar in med den en gång och lägger till en { -passkey } på sin kontosida.
console-expiration = Giltighet
console-generate-link = Skapa länk
console-link-choose-lifetime = Välj hur länge länken fungerar.
console-enroll-email-sent = Registreringsmejl skickat
console-enroll-email-sent-to = Ett registreringsmejl skickades till { $to }.
console-enroll-works-until = Länken i det fungerar en gång, till { $expires }.
console-enroll-then-enrolled = När personen skapar sin { -passkey } visas den som registrerad i användarlistan.
console-code-title = Kod på 9 tecken
console-code-share = Dela koden med { $name } via meddelande eller telefon.
console-code-where = Personen skriver in den på { $page } på enheten som ska hålla nyckeln.
console-code-expires-in = Går ut om { $seconds } sekunder.
console-code-expired = Koden har gått ut.
console-code-warning = Dela aldrig koden med obehöriga.
console-link-send = Skicka länken till { $name }.
console-link-until = Den loggar in personen en gång, till { $expires }, så att en { -passkey } kan läggas till.

## Ny användare och aktivering av kort

console-wizard-info = Användaruppgifter
console-wizard-key = Säkerhetsnyckel
console-wizard-confirm = Bekräfta
console-wizard-not-added = Användaren lades inte till: se de markerade fälten nedan.
console-wizard-email-hint = Aktiveringsmejlet skickas till den här adressen.
console-next = Nästa
console-back = Tillbaka
console-wizard-no-groups = Realmen har inga grupper än.
console-wizard-assign-key = Tilldela en säkerhetsnyckel
console-wizard-key-device = Typ av säkerhetsnyckel
console-wizard-card-name = Kortets namn
console-wizard-card-name-placeholder = t.ex. Passerkort 1042
console-wizard-activation = Aktivering
console-wizard-activate-admin = Aktivera nu som administratör
console-wizard-activate-admin-hint = kortet finns här hos dig
console-wizard-activate-user = Aktivering av användaren
console-wizard-activate-user-hint = en registreringslänk mejlas
console-wizard-auditable = Granskas
console-wizard-auditable-hint = registrera nyckelns inloggningar i granskningsloggen
console-wizard-bluetooth = Bluetooth-närhet
console-wizard-bluetooth-hint = kontrollera att telefonen är nära datorn
console-wizard-offline = Offlineinloggning
console-wizard-verification = Verifiering
console-wizard-verification-required = Krävs (fingeravtryck, ansikte eller PIN vid varje användning)
console-wizard-verification-preferred = Föredras
console-wizard-key-hint = Användaren aktiverar nyckeln via registreringslänken i aktiveringsmejlet.
console-wizard-no-key = Ingen
console-wizard-send-email = Skicka aktiveringsmejlet
console-wizard-choose-device = Välj en typ av säkerhetsnyckel.
console-assign-card = Tilldela kontaktlöst kort
console-card-for = Kort { $card } för { $name }
console-card-step-reader = Se till att kortläsaren (och dess drivrutin) är ansluten till den här datorn.
console-card-step-assign = Klicka på ”Tilldela kontaktlöst kort”. Keybound visar en PIN-kod: ställ in den på kortet när webbläsaren ber om det.
console-card-step-tap = Håll kortet mot läsaren när du uppmanas.
console-card-pin = PIN-kod att ställa in på kortet:
console-card-set-pin = Ställ in PIN-koden ovan på kortet när webbläsaren ber om det och håll sedan kortet mot läsaren …
console-card-assigned-emailed = Kortet är tilldelat. Dess PIN-kod mejlades till {"{"}email{"}"}.
console-card-assigned = Kortet är tilldelat. Användaren har ingen e-postadress: berätta PIN-koden.
console-request-failed = Begäran misslyckades
console-request-refused = Begäran kom inte från den här konsolen. Ladda om sidan och försök igen.
console-no-such-user = ingen användare ”{ $username }” i den här realmen
console-skip-you = det är du
console-skip-suspended = redan spärrad
console-skip-not-suspended = inte spärrad
console-skip-deleted = borttagen under tiden
console-bad-page = Sidan måste vara ett sidnummer.
console-bad-status = Statusen måste vara aktiv eller spärrad.
