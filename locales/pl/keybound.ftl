# Keybound po polsku: strony, na których tworzy się klucz dostępu, loguje i zarządza kontem.

-passkey = klucz dostępu
-passkeys = klucze dostępu

## Każda strona

language-name = Polski
footer = Keybound
working = Postępuj zgodnie z instrukcjami na urządzeniu…

## Logowanie

login-title = Zaloguj się
login-intro = Użyj klucza dostępu z tego urządzenia, telefonu w pobliżu albo klucza bezpieczeństwa.
login-confirm-title = Potwierdź, że to Ty
login-confirm-intro = Jesteś zalogowany jako { $name }. Aplikacja prosi o potwierdzenie tego jednym z Twoich kluczy dostępu.
login-username = Nazwa użytkownika
login-choose = Wybierz klucz dostępu
login-button = Zaloguj się kluczem dostępu
login-done = Zalogowano jako { $name }.
login-lost = Nie masz dostępu do swojego klucza dostępu?
login-new = Jesteś tu pierwszy raz?
login-create-account = Utwórz konto

## Logowanie przez e-mail

email-login-title = Logowanie przez e-mail
email-login-intro = Podaj adres e-mail swojego konta. Wyślemy na niego link, który zaloguje Cię jeden raz, abyś mógł dodać nowy klucz dostępu.
email-login-address = Adres e-mail
email-login-button = Wyślij mi link
email-login-failed = Coś poszło nie tak ({ $status }).

## Jednorazowy link logowania

login-link-intro = Ten jednorazowy link loguje Cię jako { $name } ({ $username }), abyś mógł dodać klucz dostępu do swojego konta. Działa jeden raz, do { $expires }.

## Tworzenie klucza dostępu

bind-title = Utwórz swój klucz dostępu
bind-for = Dla: { $name } ({ $username })
bind-intro = Klucz dostępu pozwala logować się bez hasła.
bind-button = Utwórz klucz dostępu
bind-done = Twój klucz dostępu jest gotowy. Możesz się już nim logować.
bind-no-phone = Ta przeglądarka nie może użyć telefonu do utworzenia klucza dostępu. Otwórz ten link w Chrome, Edge lub Safari na komputerze z Bluetooth.

## Instrukcje dla każdego rodzaju urządzenia

device-any = Otwórz to na urządzeniu, na którym ma być przechowywany Twój klucz dostępu (na telefonie lub komputerze). Potwierdzisz odciskiem palca, twarzą, kodem PIN lub blokadą ekranu, a klucz zostanie na urządzeniu.
device-smartphone = Otwórz to na komputerze, z telefonem w pobliżu i włączonym Bluetooth. Gdy przeglądarka zapyta, gdzie zapisać klucz dostępu, wybierz telefon („Użyj telefonu lub tabletu”) i zeskanuj kod QR aparatem telefonu; klucz dostępu zostanie na telefonie.
device-contactless-card = Przygotuj kartę zbliżeniową i czytnik kart (NFC). Gdy przeglądarka poprosi, wybierz klucz bezpieczeństwa i przyłóż kartę do czytnika aż do zakończenia; klucz dostępu zostanie na karcie.
device-hardware-key = Przygotuj klucz bezpieczeństwa FIDO2. Gdy przeglądarka poprosi, podłącz klucz (lub przyłóż go do czytnika) i dotknij go, gdy zacznie migać; może pojawić się prośba o jego PIN. Klucz dostępu zostanie na kluczu bezpieczeństwa.

## Kod rejestracyjny

enroll-page-title = Wpisz kod
enroll-title = Skonfiguruj klucz dostępu
enroll-intro = Wpisz 9-znakowy kod od administratora. W następnym kroku dowiesz się, co zrobić z urządzeniem, na którym będzie Twój klucz dostępu: tym telefonem lub komputerem, Twoim telefonem, kluczem bezpieczeństwa albo kartą. Kod działa jeden raz i tylko przez krótki czas.
enroll-code = Kod
enroll-continue = Dalej
enroll-done-signed-in = Twój klucz dostępu jest gotowy i jesteś zalogowany na tym urządzeniu.
enroll-to-account = Przejdź do konta

## Rejestracja

signup-title = Utwórz konto
signup-intro = Wybierz nazwę użytkownika, a potem utwórz klucz dostępu na tym urządzeniu: nim będziesz się logować. Hasło nie jest potrzebne.
signup-given-name = Imię
signup-family-name = Nazwisko
signup-email = E-mail
signup-button = Utwórz konto i klucz dostępu
signup-have-account = Masz już konto?
signup-done = Witaj, { $name }. Twój klucz dostępu jest gotowy.

## Konto

account-title = Twoje konto
account-console = Przejdź do konsoli administracyjnej
account-signed-in-as = Zalogowano jako { $name }
account-passkeys = Klucze dostępu
account-welcome = Witaj! Nie masz jeszcze klucza dostępu: dodaj go teraz, aby odtąd się nim logować.
account-synced = synchronizowany
account-device-bound = powiązany z urządzeniem
account-created = utworzony { $when }
account-last-used = ostatnio użyty { $when }
account-removed = usunięty
account-rename = Zmień nazwę
account-remove = Usuń
account-add = Dodaj klucz dostępu
account-sessions = Aktywne sesje
account-since = od { $when }
account-this-browser = ta przeglądarka
account-sign-out = Wyloguj się
account-applications = Aplikacje
account-remove-access = Odbierz dostęp
account-no-applications = Żadna aplikacja jeszcze Cię nie loguje.
account-recent = Ostatnie logowania
account-signed-in = Zalogowano
account-refused = Odrzucono
account-no-signins = Brak logowań.
account-sign-out-everywhere = Wyloguj się wszędzie
account-rename-prompt = Nowa nazwa tego klucza dostępu
account-remove-confirm = Usunąć ten klucz dostępu? Nie będzie już można się nim zalogować.
account-unlink-confirm = Odebrać dostęp tej aplikacji? Będzie musiała poprosić ponownie.
account-everywhere-confirm = Wylogować się na wszystkich urządzeniach, także na tym?
account-language = Język
account-language-save = Zapisz

## Aplikacje, które chcą Cię zalogować

consent-page-title = Zezwolić aplikacji { $app }?
consent-title = Zezwolić aplikacji { $app } na logowanie Cię?
consent-receives = Jesteś zalogowany jako { $name }. Aplikacja { $app } otrzyma:
consent-withdraw = Możesz to cofnąć w dowolnym momencie na stronie swojego konta.
consent-allow = Zezwól
consent-cancel = Anuluj

## Łączenie urządzenia (telewizor, wiersz poleceń)

device-page-title = Połącz urządzenie
device-confirm-title = Pozwolić aplikacji { $app } zalogować się na Twoim urządzeniu?
device-check-code = Kod { $code }. Kontynuuj tylko wtedy, gdy Twoje urządzenie wyświetla ten sam kod.
device-intro = Wpisz kod wyświetlany przez urządzenie (telewizor, wiersz poleceń, kiosk).
device-deny = Odmów

## Wylogowanie z aplikacji

logout-page-title = Wyloguj się
logout-title = Wylogować się?
logout-intro = Jesteś zalogowany jako { $name }. Wylogowanie tutaj wyloguje Cię z Keybound i z aplikacji, do których się nim zalogowałeś.
form-post-title = Logowanie…

## Konfiguracja administratora

setup-page-title = Konfiguracja administratora
setup-title = Witaj, administratorze
setup-intro = Ten jednorazowy link jest dla: { $name } ({ $username }). Utwórz klucz dostępu na tym urządzeniu: nim będziesz odtąd logować się do konsoli Keybound. Link działa jeden raz, do { $expires }.
setup-done = Twój klucz dostępu jest gotowy. Otwieranie konsoli…

## Komunikaty

title-link-invalid = Nieprawidłowy link
title-link-gone = Link stracił ważność
title-suspended = Konto zawieszone
title-signup-unavailable = Rejestracja niedostępna
title-something-wrong = Coś poszło nie tak
title-signout-refused = Odmowa wylogowania
title-signed-out = Wylogowano
text-signed-out = Wylogowałeś się.
title-request-denied = Odrzucono prośbę
text-device-denied = Urządzenie nie zostało zalogowane.
title-no-access = Brak dostępu
title-device-connected = Urządzenie połączone
text-device-connected = Zezwoliłeś na logowanie. Wróć do urządzenia: będzie kontynuować samo.
device-unknown-code = Żadne urządzenie nie czeka z tym kodem. Sprawdź go i spróbuj ponownie albo zacznij od nowa na urządzeniu.
text-link-spent = Ten link logowania został już użyty lub wygasł. Poproś administratora o nowy.

## E-mail

email-name-enrollment = Rejestracja klucza dostępu (wbudowany)
email-name-link = Link logowania (wbudowany)
email-name-one-time = Jednorazowy dostęp (wbudowany)
email-name-pin = PIN klucza bezpieczeństwa (wbudowany)
email-subject-for = { $subject } – { $organization }
email-hello = Dzień dobry, { $name },
email-enrollment-subject = Skonfiguruj klucz dostępu
email-enrollment-intro = Zaproszono Cię do logowania się kluczem dostępu. { $instructions } Następnie wykonaj kroki:
email-enrollment-button = Skonfiguruj klucz dostępu
email-link-subject = Twój link logowania
email-link-intro = Oto jednorazowy link, który pozwala zalogować się i dodać klucz dostępu do konta:
email-link-button = Zaloguj się
email-one-time-subject = Twój jednorazowy link logowania
email-one-time-intro = Poprosiłeś o link do logowania bez klucza dostępu. Jeśli to nie Ty, zignoruj tę wiadomość.
email-one-time-button = Zaloguj się jednorazowo
email-pin-subject = PIN Twojego klucza bezpieczeństwa
email-pin-intro = Administrator skonfigurował dla Ciebie klucz bezpieczeństwa { $key }. Jego PIN, o który prosi przy logowaniu, to:
email-expires = Działa jeden raz i wygasa { $date } (za { $duration }).
email-date = { $day }.{ $month }.{ $year }, { $time } ({ $zone })
duration-days = { $count ->
    [one] { $count } dzień
    [few] { $count } dni
    [many] { $count } dni
   *[other] { $count } dnia
}
duration-hours = { $count ->
    [one] { $count } godzinę
    [few] { $count } godziny
    [many] { $count } godzin
   *[other] { $count } godziny
}
duration-minutes = { $count ->
    [one] { $count } minutę
    [few] { $count } minuty
    [many] { $count } minut
   *[other] { $count } minuty
}

## SDK JS

sdk-not-a-link = To nie jest link rejestracyjny Keybound.
sdk-unsupported = Ta przeglądarka nie może tworzyć kluczy dostępu.
sdk-cancelled = Prośba o klucz dostępu została anulowana lub wygasła. Spróbuj ponownie.
sdk-closed = Prośba o klucz dostępu została zamknięta przed zakończeniem. Spróbuj ponownie.
sdk-already-there = To urządzenie ma już klucz dostępu do tego konta.
sdk-wrong-site = Adres tej strony nie pasuje do witryny klucza dostępu. Otwórz stronę z jej zwykłego adresu i spróbuj ponownie.
sdk-not-supported = To urządzenie nie może utworzyć takiego klucza dostępu. Spróbuj innego urządzenia lub klucza bezpieczeństwa.
sdk-failed = Klucz dostępu nie zadziałał
sdk-unreachable = Nie można połączyć się z Keybound
sdk-request-failed = Żądanie nie powiodło się
sdk-no-passkeys = Ta przeglądarka nie obsługuje kluczy dostępu. Użyj aktualnej wersji Chrome, Edge, Safari lub Firefox albo innego urządzenia.

## Scopes

scope-openid = kim jesteś (identyfikator Twojego konta)
scope-profile = Twoje imię i nazwisko oraz nazwę użytkownika
scope-email = Twój adres e-mail
scope-groups = grupy, do których należysz
scope-offline-access = dostęp, gdy Cię nie ma

## Devices

device-browser-on-system = { $browser } w systemie { $system }
device-a-browser-on = Przeglądarka w systemie { $system }
device-unknown = Nieznana przeglądarka

## Co poszło nie tak, tak jak mówimy to osobie

title-page-not-found = Nie znaleziono strony
text-page-not-found = Pod tym adresem nie ma strony. Sprawdź link lub zacznij od strony głównej.
error-passkey-not-accepted = Ten { -passkey } nie jest tu akceptowany. Użyj innego lub zapytaj administratora.
error-passkey-removed = Ten { -passkey } już tu nie działa: został usunięty. Zaloguj się innym kluczem dostępu lub poproś administratora o nową rejestrację.
error-signin-expired = Ta próba logowania wygasła lub została już użyta. Zacznij od nowa.
error-passkey-unverified = Nie udało się zweryfikować klucza dostępu: { $reason }
error-passkey-must-verify = Ten { -passkey } musi Cię za każdym razem weryfikować (odcisk palca, twarz lub PIN). Spróbuj ponownie i dokończ weryfikację.
error-passkey-turned-off = Ten { -passkey } został wyłączony. Użyj innego lub zapytaj administratora.
error-bad-code = Ten kod nie działa. Sprawdź go lub poproś administratora o nowy.
error-link-invalid = Ten link jest nieprawidłowy. Sprawdź, czy skopiowano go w całości.
error-too-many-codes = Zbyt wiele błędnych kodów z Twojej sieci. Poczekaj dziesięć minut i spróbuj ponownie.
error-attempt-expired = Ta próba wygasła lub została już użyta. Zacznij od nowa.
error-link-complete = Ten link został już użyty do utworzenia klucza dostępu.
error-link-expired = Ten link wygasł. Poproś o nowy.
error-link-revoked = Ten link został unieważniony. Poproś o nowy.
error-link-undelivered = Nie udało się dostarczyć tego zaproszenia. Poproś o nowe.
error-email-signin-off = Logowanie przez e-mail nie jest tu dostępne.
error-too-many-requests = Zbyt wiele żądań. Poczekaj piętnaście minut i spróbuj ponownie.
error-admin-link-spent = Ten link administratora został już użyty lub wygasł. Uruchom `keybound admin link`, aby dostać nowy.
error-signup-link-spent = Ten link rejestracyjny został wyczerpany, wygasł lub został unieważniony. Poproś o nowy.
error-signup-off = Rejestracja jest tu wyłączona. Poproś administratora o konto.
error-signup-needs-link = Aby się tu zarejestrować, potrzebny jest link z zaproszeniem. Poproś o niego administratora.
error-username-taken = Ta nazwa użytkownika jest zajęta. Wybierz inną.
error-last-passkey = To Twój ostatni { -passkey }: bez niego nie zalogujesz się ponownie. Potwierdź, aby mimo to go usunąć.
error-suspended = To konto jest zawieszone. Skontaktuj się z administratorem.
error-signed-out = Nie jesteś zalogowany.
error-no-app-access = Twoje konto nie ma dostępu do tej aplikacji. Zapytaj administratora, jeśli go potrzebujesz.
error-model-denied = { $name } ({ $model }) nie jest dozwolony w tej organizacji. Użyj innego menedżera kluczy lub innego klucza bezpieczeństwa.
error-unnamed-model-denied = Ten uwierzytelniacz ({ $model }) nie jest dozwolony w tej organizacji. Użyj innego menedżera kluczy lub innego klucza bezpieczeństwa.
error-synced-not-allowed = Byłby to synchronizowany { -passkey } (kopiowany przez menedżera kluczy na Twoje inne urządzenia), a ta organizacja dopuszcza tylko klucze dostępu, które zostają na jednym urządzeniu. Użyj klucza bezpieczeństwa lub urządzenia, które przechowuje klucze tylko u siebie.
error-not-built-in-smartphone = Tu potrzebny jest smartfon, a nie wbudowany uwierzytelniacz urządzenia. Użyj właściwego urządzenia i spróbuj ponownie.
error-not-built-in-card = Tu potrzebna jest karta zbliżeniowa, a nie wbudowany uwierzytelniacz urządzenia. Użyj właściwej karty i spróbuj ponownie.
error-not-built-in-key = Tu potrzebny jest sprzętowy klucz bezpieczeństwa FIDO2, a nie wbudowany uwierzytelniacz urządzenia. Użyj właściwego klucza i spróbuj ponownie.
error-needs-phone = Tu potrzebny jest smartfon połączony przez Bluetooth (opcja telefonu w oknie przeglądarki). Spróbuj ponownie z telefonem.
error-no-bluetooth = Bliskość Bluetooth jest wyłączona dla tego klucza: połącz telefon w inny sposób (USB) i spróbuj ponownie.
error-needs-card = Tu potrzebna jest karta zbliżeniowa przyłożona do czytnika (NFC). Spróbuj ponownie z kartą.
error-needs-key = Tu potrzebny jest klucz bezpieczeństwa FIDO2 (USB, NFC lub Bluetooth). Spróbuj ponownie z kluczem.
error-no-attestation = Ten klucz bezpieczeństwa nie przedstawił atestacji, a ta organizacja jej wymaga. Użyj zatwierdzonego klucza.
error-model-not-approved = Tego modelu klucza bezpieczeństwa ({ $model }) nie ma na liście zatwierdzonych. Użyj zatwierdzonego klucza.
error-self-attestation = Ten klucz bezpieczeństwa sam podpisał swoją atestację, co nic nie dowodzi o jego modelu. Użyj zatwierdzonego klucza certyfikowanego przez producenta.
error-attestation-untraceable = Atestacji tego klucza bezpieczeństwa ({ $format }) nie da się powiązać z producentem. Użyj zatwierdzonego klucza.
error-model-not-in-metadata = Tego modelu klucza bezpieczeństwa ({ $model }) nie ma w metadanych FIDO, którym ufa ta organizacja. Użyj zatwierdzonego klucza.
error-mds-revoked = { $model } nie może być już używany: certyfikacja producenta została unieważniona. Użyj innego klucza bezpieczeństwa.
error-mds-attestation-compromised = { $model } nie może być już używany: jego klucz atestacyjny został przejęty. Użyj innego klucza bezpieczeństwa.
error-mds-keys-extractable = { $model } nie może być już używany: przechowywane w nim klucze można wydobyć. Użyj innego klucza bezpieczeństwa.
error-mds-verification-bypass = { $model } nie może być już używany: jego weryfikację użytkownika można obejść. Użyj innego klucza bezpieczeństwa.
error-not-genuine = Certyfikat atestacyjny tego klucza bezpieczeństwa nie należy do tych, które podaje producent ({ $maker }). Użyj oryginalnego klucza.
oidc-title-unknown-app = Nieznana aplikacja
oidc-title-refused = Żądanie logowania odrzucone
oidc-title-expired = Żądanie logowania wygasło
oidc-unknown-app = Aplikacja, która Cię tu skierowała, nie jest zarejestrowana w tej usłudze logowania.
oidc-bad-redirect = Aplikacja chciała przekierować Cię pod adres, którego nie zarejestrowała, więc nie zostałeś tam przekierowany.
oidc-request-gone = To żądanie logowania wygasło lub zostało już zakończone. Wróć do aplikacji i zacznij od nowa.
oidc-request-used = To żądanie logowania wygasło lub zostało już użyte. Wróć do aplikacji i zacznij od nowa.
oidc-par-required = Ta aplikacja wysyła żądania logowania z wyprzedzeniem (wysyłane żądania autoryzacji); to przyszło bezpośrednio, więc zostało odrzucone.
oidc-no-redirect = Aplikacja nie podała, dokąd Cię odesłać (redirect_uri).
