# Konsola administracyjna.

## Układ

console-page-title = { $page } · Konsola Keybound
console-skip = Przejdź do treści
console-nav = Konsola
console-menu = Menu
console-realm = Realm
console-realm-switch = Przełącz
console-your-account = Twoje konto
console-sign-out = Wyloguj się
console-copied = Skopiowano
console-copy-by-hand = Naciśnij Ctrl+C
console-nav-dashboard = Pulpit
console-nav-users = Użytkownicy
console-nav-groups = Grupy
console-nav-signup = Tokeny rejestracji
console-nav-configs = Konfiguracje uwierzytelniaczy
console-nav-templates = Szablony e-maili
console-nav-applications = Aplikacje
console-nav-ldap = LDAP
console-nav-provisioning = Provisioning
console-nav-api = Tokeny API
console-nav-audit = Dziennik audytu
console-nav-settings = Ustawienia

## Odmowy i problemy

console-no-access = Brak dostępu do konsoli
console-no-access-text = Jesteś zalogowany, ale nie masz roli w tej konsoli. Poproś administratora o dostęp.
console-not-for-role = Poza Twoją rolą
console-not-for-role-text = Twoja rola w tej konsoli nie obejmuje tej strony. Wróć do strony głównej konsoli (/console) lub zapytaj administratora.
console-needs-passkey = Zaloguj się kluczem dostępu
console-needs-passkey-text = Konsola otwiera się tylko dla sesji zalogowanych kluczem dostępu. Zalogowałeś się jednorazowym linkiem: dodaj { -passkey } na stronie swojego konta (/account), wyloguj się i zaloguj ponownie za jego pomocą.
console-form-too-large = Przesłane dane przekraczają 2 MiB, które przyjmuje formularz konsoli. Aby zaimportować więcej osób, podziel plik CSV na części po najwyżej 2 MiB (około 20 000 wierszy) i importuj je po kolei.
console-form-refused = Formularz odrzucony
console-form-refused-text = Ten formularz nie pochodzi z tej konsoli albo Twoja sesja się zmieniła. Wróć, odśwież stronę i spróbuj ponownie.
console-problem-title = Coś poszło nie tak
console-go-back = Wróć
console-no-such-realm = Taki realm nie istnieje.
console-cancel = Anuluj

## Pulpit i dziennik audytu

console-find-person = Znajdź osobę
console-find-placeholder = Imię i nazwisko, nazwa użytkownika lub e-mail
console-search = Szukaj
console-find-hint = Następnie wybierz „Zarejestruj” obok osoby: e-mail, 9-znakowy kod lub link logowania.
console-status-enrolled = Zarejestrowany
console-status-pending = Oczekuje
console-status-invite-failed = Zaproszenie nieudane
console-status-suspended = Zawieszony
console-chart = Powiązane klucze dostępu, ostatnie 30 dni
console-chart-label = Powiązane klucze dostępu dziennie w ostatnich 30 dniach: łącznie { $total }
console-recent-events = Ostatnie zdarzenia
console-col-when = Kiedy
console-col-action = Akcja
console-col-actor = Wykonawca
console-col-outcome = Wynik
console-col-detail = Szczegóły
console-col-target = Obiekt
console-col-person = Osoba
console-col-address = Adres
console-outcome-success = Sukces
console-outcome-failure = Niepowodzenie
console-nothing-yet = Jeszcze nic.
console-whole-audit-log = Cały dziennik audytu
console-audit-user = Użytkownik
console-audit-user-placeholder = nazwa użytkownika lub id
console-any = Dowolne
console-audit-from = Od
console-audit-to = Do
console-filter = Filtruj
console-export-csv = Eksportuj CSV
console-audit-count = { $count ->
    [one] { $count } zdarzenie
    [few] { $count } zdarzenia
    [many] { $count } zdarzeń
   *[other] { $count } zdarzenia
}
console-audit-none = Brak pasujących zdarzeń.
console-audit-older = Starsze zdarzenia
console-actor-system = system (wiersz poleceń)
console-actor-api-token = token API { $name }
console-actor-scim = SCIM ({ $name })
console-target-passkey = { -passkey }
console-target-enrolment = rejestracja
console-target-session = sesja
console-target-group = grupa { $name }
console-target-signup-token = link rejestracyjny
console-target-deleted = { $name } (usunięto)

## Aplikacje

console-issuer = Wystawca
console-discovery-url = URL wykrywania
console-copy = Kopiuj
console-applications-intro = Aplikacje logują swoich użytkowników przez Keybound za pomocą OpenID Connect. Podaj aplikacji wystawcę tego realmu; jej biblioteka znajdzie resztę w dokumencie wykrywania.
console-new-application = Nowa aplikacja
console-col-name = Nazwa
console-client-id = ID klienta
console-col-type = Typ
console-col-redirect-uris = URI przekierowania
console-col-created = Utworzono
console-app-kind-public = Publiczna
console-app-kind-confidential = Poufna
console-no-applications = Nie ma jeszcze aplikacji.
console-back-applications = ← Aplikacje
console-client-secret = Sekret klienta
console-client-secret-once = Skopiuj sekret teraz: nie zostanie pokazany ponownie. Keybound przechowuje tylko jego skrót.
console-close = Zamknij
console-rotate-secret = Odnów sekret
console-rotate-secret-confirm = Utworzyć nowy sekret klienta? Obecny natychmiast przestanie działać.
console-not-saved-fields = Nie zapisano: zobacz oznaczone pola poniżej.
console-not-saved = Nie zapisano: { $reason }
console-app-confidential = Poufna: aplikacja serwerowa, która przechowuje sekret
console-app-public = Publiczna: aplikacja jednostronicowa lub natywna, bez sekretu, zawsze z PKCE
console-app-client-auth = Uwierzytelnianie klienta (aplikacje poufne)
console-app-auth-basic = client_secret_basic (HTTP Basic)
console-app-auth-post = client_secret_post (w formularzu)
console-app-redirect-uris = URI przekierowania, po jednym w wierszu
console-app-logout-uris = URI przekierowania po wylogowaniu, po jednym w wierszu
console-app-resources = API, dla których mogą być jej tokeny dostępu (RFC 8707), po jednym w wierszu: te tokeny są JWT
console-app-resources-placeholder = opcjonalnie, np. https://api.example.com
console-app-grants = Dozwolone granty
console-app-scopes = Zakresy, o które może prosić
console-app-pkce = Wymagaj PKCE (S256)
console-app-access-lifetime = Ważność tokenu dostępu
console-app-refresh-lifetime = Ważność tokenu odświeżania
console-app-id-token-alg = Podpis tokenu ID
console-app-backchannel = URI wylogowania back-channel
console-optional = opcjonalnie
console-logo-url = URL logo
console-optional-https = opcjonalnie, https
console-app-groups = Logować się mogą tylko członkowie tych grup (nic nie zaznaczono: wszyscy w realmie)
console-app-skip-consent = Pomiń ekran zgody (aplikacja własna)
console-app-dpop = Wiąż jej tokeny z jej kluczem (DPoP)
console-app-par = Przyjmuj tylko wysłane żądania autoryzacji (PAR)
console-save = Zapisz
console-delete-application = Usuń aplikację
console-create-application = Utwórz aplikację
console-activity = Aktywność
console-app-choose-type = Wybierz poufną lub publiczną.
console-delete-confirm = Usunąć { $name }?
console-delete-application-text = Jej użytkownicy nie będą mogli się do niej logować przez Keybound, a jej tokeny przestaną działać. Tej operacji nie można cofnąć.

## Grupy i masowe e-maile rejestracyjne

console-back-users = ← Użytkownicy
console-batch-title = E-maile rejestracyjne
console-batch-sending = Wysyłanie e-maili rejestracyjnych…
console-batch-sent = E-maile rejestracyjne wysłane
console-batch-count-sent = Wysłane
console-batch-count-waiting = Oczekujące
console-batch-count-skipped = Pominięte
console-batch-made = Przygotowano { $made } z { $total } e-maili rejestracyjnych.
console-batch-updating = Ta strona odświeża się sama, aż reszta zostanie wykonana.
console-batch-each = Rejestracja każdej osoby jest widoczna na jej stronie.
console-batch-skipped = Pominięto: { $count }
console-col-why = Powód
console-description = Opis
console-no-groups = Nie ma jeszcze grup.
console-new-group = Nowa grupa
console-create-group = Utwórz grupę
console-back-groups = ← Grupy
console-group-ldap = Ta grupa pochodzi z katalogu LDAP: jej nazwą i członkami zarządza się tam i tam się je zmienia.
console-group-scim = Ta grupa jest dostarczana przez SCIM: jej nazwą i członkami zarządza katalog, który ją przesyła, i tam się je zmienia.
console-delete-group = Usuń grupę
console-delete-group-confirm = Usunąć grupę { $name }?
console-delete-group-text = Jej członkowie zostają; znika tylko grupa i ich członkostwo w niej.
console-members = Członkowie
console-username = Nazwa użytkownika
console-col-status = Stan
console-remove = Usuń
console-no-members = Brak członków.
console-add-member-username = Dodaj użytkownika po nazwie użytkownika
console-add-member = Dodaj członka

## Konfiguracje uwierzytelniaczy

console-configs-intro = Jak wiązane są klucze dostępu: na stronach Keybound (hostowane) lub w Twojej aplikacji z JS SDK (osadzone).
console-invoke-url = URL wywołania
console-trusted-origins = Zaufane źródła
console-attestation = Atestacja kluczy sprzętowych
console-col-id = Id
console-config-embedded = Osadzona (JS SDK)
console-config-hosted = Hostowana
console-attestation-required = wymagana
console-config-delete-confirm = Usunąć tę konfigurację? Jej oczekujące zadania wiązania zostaną usunięte razem z nią.
console-delete = Usuń
console-no-configs = Jeszcze żadnej. Konsola tworzy hostowaną, gdy po raz pierwszy kogoś rejestruje.
console-mds-imported = Metadane FIDO: BLOB numer { $number }, zaimportowany { $imported }, { $entries ->
    [one] { $entries } model uwierzytelniacza
    [few] { $entries } modele uwierzytelniaczy
    [many] { $entries } modeli uwierzytelniaczy
   *[other] { $entries } modelu uwierzytelniaczy
}, następna aktualizacja { $next }. Atestacje są sprawdzane względem certyfikatów głównych, które podaje dla każdego modelu.
console-mds-none = Nie zaimportowano metadanych FIDO: wymagana atestacja jest przyjmowana na podstawie deklarowanego modelu. Aby sprawdzać ją względem certyfikatów głównych producentów, pobierz BLOB z FIDO Metadata Service i uruchom { $command }.
console-new-config = Nowa konfiguracja
console-invoke-url-embedded = URL wywołania (osadzona)
console-trusted-origins-embedded = Zaufane źródła (osadzona; po jednym w wierszu)
console-synced-allowed = Synchronizowane klucze dostępu dozwolone (menedżer kluczy kopiuje je na inne urządzenia osoby)
console-deny-list = Odrzucane modele uwierzytelniaczy (AAGUID, po jednym w wierszu)
console-conveyance = Żądana atestacja
console-conveyance-none = Brak
console-conveyance-indirect = Pośrednia
console-conveyance-direct = Bezpośrednia
console-conveyance-enterprise = Enterprise
console-require-attestation = Klucze sprzętowe muszą przedstawić atestację
console-allow-list = Dozwolone modele kluczy sprzętowych (AAGUID, po jednym w wierszu; puste: dowolne)
console-create-config = Utwórz konfigurację
console-config-choose-type = Typ musi być hostowany lub osadzony.

## Provisioning (SCIM)

console-provisioning-intro = Katalogi, takie jak Microsoft Entra ID, Okta i Google Workspace, lub system kadrowy przesyłają osoby i grupy do tego realmu za pomocą SCIM 2.0.
console-provisioning-read-only = To, co przesyłają (imiona i nazwiska, nazwa użytkownika, e-maile, zewnętrzne id, stan, grupy i ich członkowie), jest tu tylko do odczytu, oznaczone { $badge }: zmieniaj to w katalogu.
console-scim-token-created = Utworzono token SCIM
console-scim-token-once = Skopiuj go teraz do ustawień provisioningu katalogu: nie zostanie pokazany ponownie.
console-scim-token = Token SCIM
console-scim-settings = Ustawienia dla Twojego katalogu
console-scim-url = URL dzierżawy (bazowy URL SCIM)
console-scim-auth = Uwierzytelnianie: token bearer (Entra ID nazywa go tokenem tajnym; Okta — uwierzytelnianiem nagłówkiem HTTP). Potrzebuje tych zakresów:
console-token-name = Nazwa tokenu
console-create-scim-token = Utwórz token SCIM
console-scim-changes = Ostatnie zmiany SCIM
console-no-scim-changes = Nie ma jeszcze zmian SCIM.

## Tokeny API i rejestracji

console-api-token-created = Utworzono token API
console-secret-once = Skopiuj sekret teraz: nie zostanie pokazany ponownie.
console-secret = Sekret
console-scopes = Zakresy
console-col-expires = Wygasa
console-col-last-used = Ostatnio użyty
console-never = nigdy
console-api-token-revoke-confirm = Unieważnić token „{ $name }”? Programy, które go używają, przestaną działać.
console-revoke = Unieważnij
console-no-api-tokens = Brak tokenów API.
console-new-api-token = Nowy token API
console-lifetime = Ważność
console-lifetime-placeholder = np. 30d; puste: nigdy nie wygasa
console-create-token = Utwórz token
console-signup-mode = Rejestracja użytkowników
console-signup-disabled = Wyłączona
console-signup-with-token = Rejestracja z tokenem
console-signup-open = Otwarta rejestracja
console-signup-link-created = Utworzono link rejestracyjny
console-signup-link-once = Wyślij ten link osobom, które mają się zarejestrować. Jest pokazywany tylko teraz.
console-signup-link = Link rejestracyjny
console-signup-disabled-warning = Rejestracja jest wyłączona w tym realmie: wybierz powyżej „Rejestracja z tokenem”, aby link działał.
console-col-state = Stan
console-col-usage = Użycie
console-token-active = Aktywny
console-token-expired = Wygasł
console-token-used-up = Wyczerpany
console-token-revoked = Unieważniony
console-signup-revoke-confirm = Unieważnić ten link rejestracyjny? Nikt nie będzie mógł się już nim zarejestrować.
console-no-signup-tokens = Nie ma jeszcze tokenów rejestracji.
console-create-signup-token = Utwórz token rejestracji
console-usage-limit = Limit użyć
console-expires-after = Wygasa po
console-1-hour = 1 godzinie
console-12-hours = 12 godzinach
console-1-day = 1 dniu
console-1-week = 1 tygodniu
console-4-weeks = 4 tygodniach
console-signup-groups = Grupy, do których dołączają nowi użytkownicy
console-create = Utwórz

## LDAP

console-ldap-intro = Osoby i grupy z katalogu (OpenLDAP, Active Directory, FreeIPA, lldap) są synchronizowane do tego realmu: według harmonogramu i po naciśnięciu „Synchronizuj teraz”.
console-ldap-read-only = To, co należy do katalogu (imiona i nazwiska, nazwa użytkownika, e-mail, jego grupy i ich członkowie), jest tu tylko do odczytu, oznaczone { $badge }.
console-ldap-test = Testuj połączenie
console-ldap-dry-run = Próba (nic nie zmieniaj)
console-ldap-force = Nawet jeśli ponad połowa zostałaby zawieszona
console-ldap-sync-now = Synchronizuj teraz
console-ldap-settings-hint = Puste pola przyjmują pokazaną wartość domyślną. Pola oznaczone „Zablokowane” są ustawione w środowisku lub pliku konfiguracyjnym serwera.
console-locked = Zablokowane
console-save-settings = Zapisz ustawienia
console-ldap-last-syncs = Ostatnie synchronizacje
console-ldap-col-by = Przez
console-ldap-col-what = Co się stało
console-ldap-dry-run-mark = (próba)
console-ldap-skipped = Pominięto: { $count }
console-ldap-no-syncs = Nie było jeszcze synchronizacji.
console-ldap-url = URL katalogu
console-ldap-url-placeholder = ldap://ldap.example.com:389 lub ldaps://…:636
console-ldap-starttls = StartTLS dla ldap://
console-ldap-bind-dn = DN powiązania (konto usługi)
console-ldap-bind-dn-placeholder = puste: anonimowo
console-ldap-bind-password = Hasło powiązania
console-ldap-password-saved = zapisane; wpisz nowe, aby je zmienić
console-ldap-base-dn = Bazowy DN
console-ldap-user-filter = Filtr osób
console-ldap-group-filter = Filtr grup
console-ldap-attr-unique-id = Atrybut unikalnego id
console-ldap-attr-unique-id-placeholder = entryUUID (Active Directory: objectGUID)
console-ldap-attr-username = Atrybut nazwy użytkownika
console-ldap-attr-username-placeholder = uid (Active Directory: sAMAccountName)
console-ldap-attr-email = Atrybut e-maila
console-ldap-attr-given-name = Atrybut imienia
console-ldap-attr-family-name = Atrybut nazwiska
console-ldap-attr-display-name = Atrybut nazwy wyświetlanej
console-ldap-attr-group-name = Atrybut nazwy grupy
console-ldap-attr-group-member = Atrybut członków grupy
console-ldap-attr-group-member-placeholder = member (także uniqueMember, memberUid)
console-ldap-nested-groups = Członkowie zagnieżdżonych grup są członkami (Active Directory)
console-ldap-admin-group = Grupa administratorów
console-ldap-admin-group-placeholder = członkowie zostają administratorami konsoli
console-ldap-role-groups = Grupy ról
console-ldap-removed = Osoby, które opuszczają katalog
console-ldap-removed-placeholder = suspend (zawieś) lub delete (usuń)
console-ldap-page-size = Rozmiar strony
console-ldap-sync-interval = Synchronizuj co
console-ldap-sync-interval-placeholder = 1h; 0 wyłącza harmonogram
console-ldap-saved = Ustawienia zapisane.
console-ldap-not-saved = Nie zapisano.
console-ldap-connected = Połączono: osoby: { $people }, grupy: { $groups }.
console-ldap-no-username = (brak nazwy użytkownika)
console-ldap-connection-failed = Połączenie nie powiodło się.
console-ldap-sync-failed = Synchronizacja niczego nie zmieniła.
console-ldap-would = zrobiłaby: { $change }
console-ldap-skipped-entry = pominięto { $entry }: { $reason }
console-ldap-summary = utworzono { $created }, zaktualizowano { $updated }, zawieszono { $suspended }, usunięto { $deleted }, przywrócono { $reactivated }; grupy: utworzono { $groups_created }, zaktualizowano { $groups_updated }, usunięto { $groups_deleted }; członkostwa +{ $memberships_added } -{ $memberships_removed }; role +{ $roles_granted } -{ $roles_revoked }; pominięto { $skipped }
console-ldap-dry-run-summary = próba: { $summary }

## Ustawienia

console-saved = Zapisano.
console-organisation = Organizacja
console-organisation-name = Nazwa organizacji
console-organisation-name-hint = (widoczna w e-mailach i na stronach logowania)
console-logo-url-hint = (widoczne u góry wbudowanych e-maili i stron logowania; https)
console-sign-in = Logowanie
console-one-time-access = Jednorazowy dostęp przez e-mail
console-enroll-on-provision = Wysyłaj e-mail rejestracyjny osobom dodanym przez import CSV, synchronizację LDAP lub SCIM
console-one-time-access-hint = Dodaje „Nie masz dostępu do klucza dostępu?” do strony logowania: osoby dostają e-mailem jednorazowy link logowania. Każdy, kto może czytać czyjąś pocztę, może się wtedy zalogować jako ta osoba.
console-needs-smtp = Wymaga SMTP (poniżej).
console-default-language = Język domyślny
console-default-language-hint = Dla osób, które nie wybrały języka i których przeglądarka nie prosi o żaden z tych. Każdy może wybrać własny na stronie swojego konta.
console-time-zone = Strefa czasowa e-maili
console-email-delivery = Wysyłka e-maili
console-email-smtp = E-maile wychodzą przez serwer SMTP ustawiony w konfiguracji ({ $variable } i powiązane ustawienia).
console-email-outbox = Nie skonfigurowano serwera SMTP: e-maile są zapisywane w folderze outbox w katalogu danych. Aby je wysyłać, ustaw te zmienne (zob. README) i uruchom ponownie:
console-test-email-to = Wyślij testowy e-mail do
console-send-test-email = Wyślij testowy e-mail
console-signup-mode-invalid = Tryb rejestracji musi być wyłączony, z tokenem lub otwarty.
console-logo-invalid = Logo musi być adresem URL http(s), np. https://example.com/logo.png.
console-test-email-sent = Wysłano do { $to }: { $answer }
console-test-email-failed = Nie udało się wysłać do { $to }: { $why }

## Szablony e-maili

console-template-kind = Rodzaj
console-template-language = Język
console-template-default = Domyślny
console-template-every-language = Wszystkie języki
console-template-delete-confirm = Usunąć szablon „{ $name }”?
console-templates-none = Na razie tylko wbudowane szablony.
console-new-template = Nowy szablon
console-edit-template = Edytuj „{ $name }”
console-template-is-default = Domyślny dla swojego rodzaju
console-template-language-hint = Domyślny szablon w danym języku trafia do osób, które go czytają; pozostali dostają domyślny szablon dla wszystkich języków, a jeśli go nie ma, wbudowany e-mail Keybound w swoim języku.
console-template-subject = Temat
console-template-html = Treść HTML
console-template-text = Treść tekstowa
console-template-variables = Zmienne:
console-save-template = Zapisz szablon
console-preview = Podgląd
console-preview-sample = (przykładowe wartości)
console-preview-html = Podgląd HTML
console-preview-failed = Podgląd nie powiódł się.

## Użytkownicy

console-new-user = Nowy użytkownik
console-all = Wszyscy
console-user-count = { $count ->
    [one] { $count } użytkownik
    [few] { $count } użytkownicy
    [many] { $count } użytkowników
   *[other] { $count } użytkownika
}
console-bulk-with = Z zaznaczonymi użytkownikami
console-bulk-enroll-email = Wyślij e-mail rejestracyjny
console-suspend = Zawieś
console-resume = Przywróć
console-bulk-all = { $count ->
    [one] Pasujący użytkownik ({ $count }), nie tylko zaznaczeni
   *[other] Wszyscy pasujący ({ $count }), nie tylko zaznaczeni
}
console-apply = Zastosuj…
console-import-csv = Importuj CSV
console-select-page = Zaznacz wszystkich użytkowników na tej stronie
console-select-user = Zaznacz: { $name }
console-enroll-for = Zarejestruj { -passkey } dla: { $name }
console-enroll = Zarejestruj
console-no-users = Brak użytkowników.
console-no-users-match = Brak pasujących użytkowników.
console-pages = Strony
console-previous-page = Poprzednia strona
console-next-page = Następna strona
console-page-of = Strona { $page } z { $pages }
console-email = E-mail
console-passkeys = Klucze dostępu
console-last-sign-in = Ostatnie logowanie
console-bulk-ask-enroll = { $count ->
    [one] Wysłać e-mail rejestracyjny do { $count } użytkownika?
   *[other] Wysłać e-mail rejestracyjny do { $count } użytkowników?
}
console-bulk-ask-suspend = { $count ->
    [one] Zawiesić { $count } użytkownika?
   *[other] Zawiesić { $count } użytkowników?
}
console-bulk-ask-resume = { $count ->
    [one] Przywrócić { $count } użytkownika?
   *[other] Przywrócić { $count } użytkowników?
}
console-bulk-ask-delete = { $count ->
    [one] Usunąć { $count } użytkownika?
   *[other] Usunąć { $count } użytkowników?
}
console-bulk-enroll-emails = Wyślij e-maile rejestracyjne
console-delete-users = Usuń użytkowników
console-bulk-done-enroll = { $count ->
    [one] Wysyłanie e-maili rejestracyjnych do { $count } użytkownika.
   *[other] Wysyłanie e-maili rejestracyjnych do { $count } użytkowników.
}
console-bulk-done-suspend = { $count ->
    [one] { $count } użytkownik zawieszony i wylogowany.
    [few] { $count } użytkownicy zawieszeni i wylogowani.
    [many] { $count } użytkowników zawieszonych i wylogowanych.
   *[other] { $count } użytkownika zawieszonego i wylogowanego.
}
console-bulk-done-resume = { $count ->
    [one] { $count } użytkownik przywrócony.
    [few] { $count } użytkownicy przywróceni.
    [many] { $count } użytkowników przywróconych.
   *[other] { $count } użytkownika przywróconego.
}
console-bulk-done-delete = { $count ->
    [one] { $count } użytkownik usunięty wraz z kluczami dostępu i sesjami.
    [few] { $count } użytkownicy usunięci wraz z kluczami dostępu i sesjami.
    [many] { $count } użytkowników usuniętych wraz z kluczami dostępu i sesjami.
   *[other] { $count } użytkownika usuniętego wraz z kluczami dostępu i sesjami.
}
console-bulk-choose-action = Wybierz, co zrobić z zaznaczonymi użytkownikami.
console-bulk-tick = Zaznacz użytkowników do zmiany lub wybierz wszystkich pasujących.
console-bulk-too-many = Zaznacz najwyżej { $most } użytkowników lub wybierz wszystkich pasujących.
console-bulk-more = i jeszcze { $count }
console-back-to-users = Wróć do użytkowników

## Import

console-import-title = Importuj użytkowników
console-import-intro = Pierwszy wiersz nazywa kolumny: username (wymagana), email, given_name, family_name, display_name i groups (nazwy grup rozdzielone ;). Potem jeden użytkownik w wierszu. Plik wyeksportowany z listy użytkowników można wczytać z powrotem.
console-import-bad = Nie można zaimportować { $bad } z { $lines } wierszy. Nic nie dodano; popraw je i sprawdź ponownie.
console-import-all-good = { $lines ->
    [one] Wiersz można zaimportować. Jeszcze nic nie dodano.
   *[other] Wszystkie wiersze ({ $lines }) można zaimportować. Jeszcze nic nie dodano.
}
console-import-added = { $count ->
    [one] Dodano { $count } użytkownika.
   *[other] Dodano użytkowników: { $count }.
}
console-import-ignored = Pominięte kolumny: { $columns }
console-col-line = Wiersz
console-col-result = Wynik
console-csv-file = Plik CSV
console-csv-paste = Lub wklej CSV
console-import-check = Sprawdź (próba)
console-import = Importuj
console-import-will-add = zostanie dodany
console-import-added-line = dodano
console-import-empty = Plik jest pusty. Jego pierwszy wiersz nazywa kolumny: { $columns }
console-import-no-username = Pierwszy wiersz nazywa kolumny i jedna z nich musi być username.
console-import-too-many = Plik zawiera { $count } użytkowników; importuj najwyżej { $most } naraz.
console-import-fields = ma pól: { $fields }; pierwszy wiersz nazywa ich { $columns }
console-import-duplicate = ta nazwa użytkownika, lub wyglądająca tak samo, jest już we wcześniejszym wierszu
console-import-group-ambiguous = więcej niż jedna grupa nazywa się „{ $name }”; najpierw zmień nazwę jednej z nich w konsoli
console-import-no-group = nie ma grupy o nazwie „{ $name }”
console-import-exists = użytkownik o tej nazwie już istnieje
console-import-looks-like = ta nazwa użytkownika wygląda jak istniejąca „{ $username }”

## Strona użytkownika

console-role-groups = { $count ->
    [one] { $count } grupa
    [few] { $count } grupy
    [many] { $count } grup
   *[other] { $count } grupy
}
console-enroll-passkey = Zarejestruj { -passkey }
console-passkey = { -passkey }
console-notice-activation-outbox = Utworzono użytkownika. Nie skonfigurowano serwera SMTP, więc e-mail aktywacyjny do { $email } nie został wysłany: zapisano go w { $folder }. Użytkownik oczekuje, dopóki się nie aktywuje.
console-notice-activation-sent = Utworzono użytkownika. Wysłano e-mail aktywacyjny do { $email }; użytkownik oczekuje, dopóki się nie aktywuje.
console-notice-created = Utworzono użytkownika. Użyj „Zarejestruj klucz dostępu”, aby dać mu dostęp.
console-notice-resent = E-mail rejestracyjny wysłano ponownie z nowym linkiem; poprzedni link już nie działa.
console-tab-profile = Profil
console-tab-enrolments = Rejestracje
console-tab-sessions = Sesje
console-username-is = Nazwa użytkownika { $username }
console-id-is = id { $id }
console-user-ldap = Ta osoba pochodzi z katalogu LDAP: jej imieniem i nazwiskiem, nazwą użytkownika i e-mailem zarządza się tam i tam się je zmienia; następna synchronizacja przeniesie zmianę tutaj. Klucze dostępu, sesje i grupy tego realmu działają jak u wszystkich.
console-user-scim = Ta osoba jest dostarczana przez SCIM (zob. { $provisioning }): jej imieniem i nazwiskiem, nazwą użytkownika, e-mailami, zewnętrznym id i stanem zarządza katalog, który ją przesyła, i tam się je zmienia. Klucze dostępu i sesje działają jak u wszystkich.
console-display-name = Nazwa wyświetlana
console-first-name = Imię
console-last-name = Nazwisko
console-directory-entry = Wpis w katalogu
console-external-id = Zewnętrzne id
console-suspend-confirm = Zawiesić: { $name }? Ta osoba nie będzie mogła się zalogować.
console-delete-user = Usuń użytkownika
console-delete-user-text = { $name } ({ $username }) zostanie usunięty wraz z kluczami dostępu, sesjami i oczekującymi rejestracjami. Tej operacji nie można cofnąć.
console-role-title = Rola w konsoli
console-role = Rola
console-role-none = Brak: bez dostępu do konsoli
console-role-limited = Ograniczona do członków (nic nie zaznaczono: cały realm)
console-save-role = Zapisz rolę
console-no-such-role = Taka rola nie istnieje.
console-role-helpdesk = Helpdesk
console-role-user-manager = Menedżer użytkowników
console-role-app-manager = Menedżer aplikacji
console-role-auditor = Audytor
console-role-admin = Administrator
console-no-sessions = { $name } nie jest nigdzie zalogowany.
console-col-device = Urządzenie
console-col-signed-in = Zalogowano
console-col-last-seen = Ostatnio widziany
console-session-revoke-confirm = Wylogować: { $name } z tej sesji?
console-no-jobs = Do { $name } nie wysłano jeszcze żadnych rejestracji.
console-col-delivery = Dostarczenie
console-col-key = Klucz
console-col-actions = Akcje
console-job-link = Link
console-job-code = 9-znakowy kod
console-job-opened = Otwarty
console-job-delivered = Dostarczony
console-job-complete = Zakończony
console-job-failed = Wysyłka nieudana
console-resend = Wyślij ponownie
console-job-revoke-confirm = Unieważnić tę rejestrację? Jej link lub kod przestanie działać.
console-flagged = Oznaczony
console-passkey-synced = synchronizowany
console-passkey-device-bound = związany z urządzeniem
console-device-any = Dowolny { -passkey }
console-device-smartphone = Smartfon
console-device-contactless-card = Karta zbliżeniowa
console-device-hardware-key = Sprzętowy klucz bezpieczeństwa FIDO2
console-policy-verification-required = weryfikacja wymagana
console-policy-verification-preferred = weryfikacja preferowana
console-policy-offline = logowanie offline
console-policy-no-bluetooth = bez Bluetooth
console-not-audited = Bez audytu
console-not-audited-title = Administrator wyłączył audyt dla tego klucza
console-not-audited-hint = logowania nim nie są zapisywane w dzienniku audytu
console-passkey-revoke-confirm = Unieważnić { -passkey } „{ $name }”? Nie będzie już można się nim zalogować.
console-no-passkeys = Nie ma jeszcze kluczy dostępu.
console-col-group = Grupa
console-in-no-group = W żadnej grupie.
console-add-to-group = Dodaj do grupy
console-add = Dodaj
console-user-all-events = Wszystkie zdarzenia: { $name } w dzienniku audytu
console-enroll-title = Zarejestruj { -passkey } dla: { $name }
console-enroll-method = Wybierz metodę
console-enroll-by-email = Wyślij e-mail rejestracyjny
console-enroll-by-code = Wygeneruj 9-znakowy kod
console-enroll-by-link = Link logowania
console-enroll-no-email = Ten użytkownik nie ma adresu e-mail: najpierw dodaj go na karcie Profil.
console-email-template = Szablon e-maila
console-default-template = Szablon domyślny
console-enroll-send = Dalej i wyślij e-mail
console-enroll-code-hint = Kod, który użytkownik wpisuje na { $page } na urządzeniu, które będzie przechowywać { -passkey }. Działa raz, przez 60 sekund.
console-enroll-link-hint = Jednorazowy link logowania: użytkownik loguje się nim raz i dodaje { -passkey } na stronie swojego konta.
console-expiration = Ważność
console-generate-link = Wygeneruj link
console-link-choose-lifetime = Wybierz, jak długo link ma działać.
console-enroll-email-sent = Wysłano e-mail rejestracyjny
console-enroll-email-sent-to = E-mail rejestracyjny wysłano na { $to }.
console-enroll-works-until = Link w nim działa raz, do { $expires }.
console-enroll-then-enrolled = Gdy ta osoba utworzy { -passkey }, na liście użytkowników będzie widoczna jako zarejestrowana.
console-code-title = 9-znakowy kod
console-code-share = Przekaż ten kod osobie { $name } wiadomością lub telefonicznie.
console-code-where = Wpisuje go na { $page } na urządzeniu, które będzie przechowywać jej { -passkey }.
console-code-expires-in = Wygasa za { $seconds } s.
console-code-expired = Kod wygasł.
console-code-warning = Nigdy nie przekazuj kodu osobom nieupoważnionym.
console-link-send = Wyślij ten link osobie { $name }.
console-link-until = Loguje ją raz, do { $expires }, aby mogła dodać { -passkey }.

## Nowy użytkownik i aktywacja kart

console-wizard-info = Dane użytkownika
console-wizard-key = Klucz bezpieczeństwa
console-wizard-confirm = Potwierdź
console-wizard-not-added = Nie dodano użytkownika: zobacz oznaczone pola poniżej.
console-wizard-email-hint = E-mail aktywacyjny zostanie wysłany na ten adres.
console-next = Dalej
console-back = Wstecz
console-wizard-no-groups = Ten realm nie ma jeszcze grup.
console-wizard-assign-key = Przypisz klucz bezpieczeństwa
console-wizard-key-device = Rodzaj klucza bezpieczeństwa
console-wizard-card-name = Nazwa karty
console-wizard-card-name-placeholder = np. Identyfikator 1042
console-wizard-activation = Aktywacja
console-wizard-activate-admin = Aktywuj teraz jako administrator
console-wizard-activate-admin-hint = karta jest przy Tobie
console-wizard-activate-user = Aktywacja przez użytkownika
console-wizard-activate-user-hint = link rejestracyjny zostanie wysłany e-mailem
console-wizard-auditable = Z audytem
console-wizard-auditable-hint = zapisuj logowania tym kluczem w dzienniku audytu
console-wizard-bluetooth = Bliskość Bluetooth
console-wizard-bluetooth-hint = sprawdzaj, czy telefon jest przy komputerze
console-wizard-offline = Logowanie offline
console-wizard-verification = Weryfikacja
console-wizard-verification-required = Wymagana (odcisk palca, twarz lub PIN przy każdym użyciu)
console-wizard-verification-preferred = Preferowana
console-wizard-key-hint = Użytkownik aktywuje klucz z linku rejestracyjnego w e-mailu aktywacyjnym.
console-wizard-no-key = Brak
console-wizard-send-email = Wyślij e-mail aktywacyjny
console-wizard-choose-device = Wybierz rodzaj klucza bezpieczeństwa.
console-assign-card = Przypisz kartę zbliżeniową
console-card-for = Karta { $card } dla: { $name }
console-card-step-reader = Upewnij się, że czytnik kart (i jego sterownik) jest podłączony do tego komputera.
console-card-step-assign = Kliknij „Przypisz kartę zbliżeniową”. Keybound pokaże PIN: ustaw go na karcie, gdy przeglądarka o to poprosi.
console-card-step-tap = Przyłóż kartę do czytnika, gdy pojawi się prośba.
console-card-pin = PIN do ustawienia na karcie:
console-card-set-pin = Ustaw powyższy PIN na karcie, gdy przeglądarka o to poprosi, a potem przyłóż kartę…
console-card-assigned-emailed = Karta jest przypisana. Jej PIN wysłano e-mailem na {"{"}email{"}"}.
console-card-assigned = Karta jest przypisana. Użytkownik nie ma adresu e-mail: przekaż mu PIN.
console-request-failed = Żądanie nie powiodło się
console-request-refused = To żądanie nie pochodzi z tej konsoli. Odśwież stronę i spróbuj ponownie.
console-no-such-user = brak użytkownika „{ $username }” w tym realmie
console-skip-you = to Ty
console-skip-suspended = już zawieszony
console-skip-not-suspended = niezawieszony
console-skip-deleted = usunięty w międzyczasie
console-bad-page = Strona musi być numerem strony.
console-bad-status = Stan musi być aktywny lub zawieszony.
