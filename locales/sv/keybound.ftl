# Keybound på svenska: sidorna där man skapar sin nyckel, loggar in och hanterar sitt konto.

-passkey = nyckel
-passkeys = nycklar

## Alla sidor

language-name = Svenska
footer = Keybound
working = Följ anvisningarna på enheten …

## Logga in

login-title = Logga in
login-intro = Använd nyckeln på den här enheten, en telefon i närheten eller en säkerhetsnyckel.
login-confirm-title = Bekräfta att det är du
login-confirm-intro = Du är inloggad som { $name }. Appen ber dig bekräfta det med en av dina { -passkeys }.
login-username = Användarnamn
login-choose = Välj din { -passkey }
login-button = Logga in med en { -passkey }
login-done = Inloggad som { $name }.
login-lost = Kommer du inte åt din { -passkey }?
login-new = Ny här?
login-create-account = Skapa ett konto

## Logga in via e-post

email-login-title = Logga in via e-post
email-login-intro = Ange e-postadressen till ditt konto. Vi skickar en länk dit som loggar in dig en gång, så att du kan lägga till en ny { -passkey }.
email-login-address = E-postadress
email-login-button = Skicka en länk
email-login-failed = Något gick fel ({ $status }).

## Engångslänk för inloggning

login-link-intro = Den här engångslänken loggar in dig som { $name } ({ $username }), så att du kan lägga till en { -passkey } i ditt konto. Den fungerar en gång, till { $expires }.

## Skapa en nyckel

bind-title = Skapa din { -passkey }
bind-for = För { $name } ({ $username })
bind-intro = Med en { -passkey } loggar du in utan lösenord.
bind-button = Skapa { -passkey }
bind-done = Din { -passkey } är klar. Nu kan du logga in med den.
bind-no-phone = Den här webbläsaren kan inte använda en telefon för att skapa en { -passkey }. Öppna länken i Chrome, Edge eller Safari på en dator med Bluetooth.

## Anvisningar för varje slags enhet

device-any = Öppna det här på enheten som ska ha din { -passkey } (din telefon eller dator). Du bekräftar med fingeravtryck, ansikte, PIN-kod eller skärmlås, och nyckeln stannar på enheten.
device-smartphone = Öppna det här på en dator, med telefonen i närheten och Bluetooth på. När webbläsaren frågar var nyckeln ska sparas väljer du telefonen (”Använd en telefon eller surfplatta”) och skannar QR-koden med telefonens kamera; nyckeln stannar på telefonen.
device-contactless-card = Ha ditt kontaktlösa kort och en kortläsare (NFC) redo. När webbläsaren frågar väljer du en säkerhetsnyckel och håller kortet mot läsaren tills det är klart; nyckeln stannar på kortet.
device-hardware-key = Ha din FIDO2-säkerhetsnyckel redo. När webbläsaren frågar sätter du i nyckeln (eller håller den mot läsaren) och rör vid den när den blinkar; du kan bli ombedd att ange dess PIN-kod. Nyckeln stannar på säkerhetsnyckeln.

## Registreringskod

enroll-page-title = Ange din kod
enroll-title = Konfigurera din { -passkey }
enroll-intro = Ange koden med 9 tecken som du har fått av din administratör. Nästa steg berättar vad du ska göra med enheten som ska ha din { -passkey }: den här telefonen eller datorn, din telefon, en säkerhetsnyckel eller ett kort. Koden fungerar en gång och bara en kort stund.
enroll-code = Kod
enroll-continue = Fortsätt
enroll-done-signed-in = Din { -passkey } är klar och du är inloggad på den här enheten.
enroll-to-account = Gå till ditt konto

## Registrering

signup-title = Skapa ditt konto
signup-intro = Välj ett användarnamn och skapa sedan en { -passkey } på den här enheten: det är så du loggar in. Inget lösenord behövs.
signup-given-name = Förnamn
signup-family-name = Efternamn
signup-email = E-post
signup-button = Skapa konto och { -passkey }
signup-have-account = Har du redan ett konto?
signup-done = Välkommen, { $name }. Din { -passkey } är klar.

## Konto

account-title = Ditt konto
account-console = Gå till administrationskonsolen
account-signed-in-as = Inloggad som { $name }
account-passkeys = Nycklar
account-welcome = Välkommen! Du har ingen { -passkey } än: lägg till en nu så loggar du in med den från och med nu.
account-synced = synkroniserad
account-device-bound = enhetsbunden
account-created = skapad { $when }
account-last-used = senast använd { $when }
account-removed = borttagen
account-rename = Byt namn
account-remove = Ta bort
account-add = Lägg till en { -passkey }
account-sessions = Inloggade sessioner
account-since = sedan { $when }
account-this-browser = den här webbläsaren
account-sign-out = Logga ut
account-applications = Appar
account-remove-access = Ta bort åtkomst
account-no-applications = Ingen app loggar in dig än.
account-recent = Senaste inloggningar
account-signed-in = Inloggad
account-refused = Nekad
account-no-signins = Inga inloggningar än.
account-sign-out-everywhere = Logga ut överallt
account-rename-prompt = Nytt namn på den här nyckeln
account-remove-confirm = Ta bort den här nyckeln? Du kan inte längre logga in med den.
account-unlink-confirm = Ta bort appens åtkomst? Den måste fråga dig igen.
account-everywhere-confirm = Logga ut på alla enheter, även den här?
account-language = Språk
account-language-save = Spara

## Appar som vill logga in dig

consent-page-title = Tillåta { $app }?
consent-title = Tillåta { $app } att logga in dig?
consent-receives = Du är inloggad som { $name }. { $app } får:
consent-withdraw = Du kan när som helst återkalla detta på din kontosida.
consent-allow = Tillåt
consent-cancel = Avbryt

## Ansluta en enhet (tv, kommandorad)

device-page-title = Anslut en enhet
device-confirm-title = Låta { $app } logga in på din enhet?
device-check-code = Kod { $code }. Fortsätt bara om det är koden som din enhet visar.
device-intro = Ange koden som din enhet (en tv, en kommandorad, en kiosk) visar.
device-deny = Neka

## Logga ut från appar

logout-page-title = Logga ut
logout-title = Logga ut?
logout-intro = Du är inloggad som { $name }. Om du loggar ut här loggas du ut från Keybound och från apparna som du loggade in i med det.
form-post-title = Loggar in …

## Konfiguration för administratören

setup-page-title = Konfiguration för administratören
setup-title = Välkommen, administratör
setup-intro = Den här engångslänken är till { $name } ({ $username }). Skapa en { -passkey } på den här enheten: det är så du loggar in i Keybound-konsolen från och med nu. Länken fungerar en gång, till { $expires }.
setup-done = Din { -passkey } är klar. Konsolen öppnas …

## Meddelanden

title-link-invalid = Ogiltig länk
title-link-gone = Länken gäller inte längre
title-suspended = Kontot är avstängt
title-signup-unavailable = Registrering är inte tillgänglig
title-something-wrong = Något gick fel
title-signout-refused = Utloggning nekad
title-signed-out = Utloggad
text-signed-out = Du är utloggad.
title-request-denied = Begäran nekad
text-device-denied = Enheten loggades inte in.
title-no-access = Ingen åtkomst
title-device-connected = Enheten är ansluten
text-device-connected = Du har tillåtit inloggningen. Gå tillbaka till enheten: den fortsätter av sig själv.
device-unknown-code = Ingen enhet väntar med den koden. Kontrollera den och försök igen, eller börja om på enheten.
text-link-spent = Den här inloggningslänken har redan använts eller har gått ut. Be din administratör om en ny.

## E-post

email-name-enrollment = Registrering av nyckel (inbyggd)
email-name-link = Inloggningslänk (inbyggd)
email-name-one-time = Engångsåtkomst (inbyggd)
email-name-pin = Säkerhetsnyckelns PIN-kod (inbyggd)
email-subject-for = { $subject } för { $organization }
email-hello = Hej { $name }!
email-enrollment-subject = Konfigurera din { -passkey }
email-enrollment-intro = Du har bjudits in att logga in med en { -passkey }. { $instructions } Följ sedan stegen:
email-enrollment-button = Konfigurera din { -passkey }
email-link-subject = Din inloggningslänk
email-link-intro = Här är en engångslänk för att logga in och lägga till en { -passkey } i ditt konto:
email-link-button = Logga in
email-one-time-subject = Din engångslänk för inloggning
email-one-time-intro = Du har bett om en länk för att logga in utan din { -passkey }. Om det inte var du kan du bortse från det här mejlet.
email-one-time-button = Logga in en gång
email-pin-subject = PIN-koden till din säkerhetsnyckel
email-pin-intro = Din administratör har konfigurerat säkerhetsnyckeln { $key } åt dig. Dess PIN-kod, som den frågar efter när du loggar in, är:
email-expires = Den fungerar en gång och går ut { $date } (om { $duration }).
email-date = { $year }-{ $month }-{ $day } kl. { $time } ({ $zone })
duration-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagar
}
duration-hours = { $count ->
    [one] { $count } timme
   *[other] { $count } timmar
}
duration-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minuter
}

## JS-SDK:t

sdk-not-a-link = Det här är ingen registreringslänk från Keybound.
sdk-unsupported = Den här webbläsaren kan inte skapa nycklar.
sdk-cancelled = Frågan om nyckel avbröts eller tog för lång tid. Försök igen.
sdk-closed = Frågan om nyckel stängdes innan den var klar. Försök igen.
sdk-already-there = Den här enheten har redan en nyckel för det här kontot.
sdk-wrong-site = Sidans adress hör inte till webbplatsen som nyckeln gäller. Öppna sidan från dess vanliga adress och försök igen.
sdk-not-supported = Den här enheten kan inte skapa den här sortens nyckel. Prova en annan enhet eller en säkerhetsnyckel.
sdk-failed = Nyckeln fungerade inte
sdk-unreachable = Det gick inte att nå Keybound
sdk-request-failed = Begäran misslyckades
sdk-no-passkeys = Den här webbläsaren kan inte använda nycklar. Använd en aktuell Chrome, Edge, Safari eller Firefox, eller en annan enhet.

## Scopes

scope-openid = vem du är (en identifierare för ditt konto)
scope-profile = ditt namn och användarnamn
scope-email = din e-postadress
scope-groups = grupperna du är med i
scope-offline-access = åtkomst medan du är borta

## Devices

device-browser-on-system = { $browser } på { $system }
device-a-browser-on = En webbläsare på { $system }
device-unknown = Okänd webbläsare

## Vad som gick fel, så som det sägs till personen

title-page-not-found = Sidan hittades inte
text-page-not-found = Det finns ingen sida på den här adressen. Kontrollera länken eller börja om från startsidan.
error-passkey-not-accepted = Den här nyckeln godtas inte här. Använd en annan eller fråga din administratör.
error-passkey-removed = Den här nyckeln fungerar inte längre här: den har tagits bort. Logga in med en annan { -passkey } eller be din administratör om en ny registrering.
error-signin-expired = Inloggningsförsöket har gått ut eller redan använts. Börja om.
error-passkey-unverified = Nyckeln kunde inte kontrolleras: { $reason }
error-passkey-must-verify = Den här nyckeln måste verifiera dig (fingeravtryck, ansikte eller PIN) varje gång. Försök igen och slutför kontrollen.
error-passkey-turned-off = Den här nyckeln har stängts av. Använd en annan eller fråga din administratör.
error-bad-code = Koden fungerar inte. Kontrollera den eller be din administratör om en ny.
error-link-invalid = Länken är inte giltig. Kontrollera att du kopierade hela.
error-too-many-codes = För många felaktiga koder från ditt nätverk. Vänta tio minuter och försök igen.
error-attempt-expired = Försöket har gått ut eller redan använts. Börja om.
error-link-complete = Länken har redan använts för att skapa en { -passkey }.
error-link-expired = Länken har gått ut. Be om en ny.
error-link-revoked = Länken har återkallats. Be om en ny.
error-link-undelivered = Inbjudan kunde inte levereras. Be om en ny.
error-email-signin-off = Inloggning via e-post erbjuds inte här.
error-too-many-requests = För många förfrågningar. Vänta femton minuter och försök igen.
error-admin-link-spent = Administratörslänken har redan använts eller gått ut. Kör `keybound admin link` för att få en ny.
error-signup-link-spent = Registreringslänken är förbrukad, har gått ut eller har återkallats. Be om en ny.
error-signup-off = Registrering är avstängd här. Be din administratör om ett konto.
error-signup-needs-link = För att registrera dig här behövs en inbjudningslänk. Be din administratör om en.
error-username-taken = Användarnamnet är upptaget. Välj ett annat.
error-last-passkey = Det här är din sista { -passkey }: utan den kan du inte logga in igen. Bekräfta för att ta bort den ändå.
error-suspended = Kontot är spärrat. Kontakta din administratör.
error-signed-out = Du är inte inloggad.
error-no-app-access = Ditt konto har inte åtkomst till den här applikationen. Fråga din administratör om du behöver den.
error-model-denied = { $name } ({ $model }) tillåts inte av den här organisationen. Använd en annan nyckelhanterare eller säkerhetsnyckel.
error-unnamed-model-denied = Den här autentiseraren ({ $model }) tillåts inte av den här organisationen. Använd en annan nyckelhanterare eller säkerhetsnyckel.
error-synced-not-allowed = Det här skulle bli en synkad { -passkey } (kopierad till dina andra enheter av din nyckelhanterare), och den här organisationen tillåter bara nycklar som stannar på en enhet. Använd en säkerhetsnyckel eller en enhet som behåller nycklarna hos sig.
error-not-built-in-smartphone = Här behövs en smartphone, inte enhetens inbyggda autentiserare. Använd rätt enhet och försök igen.
error-not-built-in-card = Här behövs ett kontaktlöst kort, inte enhetens inbyggda autentiserare. Använd rätt kort och försök igen.
error-not-built-in-key = Här behövs en FIDO2-säkerhetsnyckel i hårdvara, inte enhetens inbyggda autentiserare. Använd rätt nyckel och försök igen.
error-needs-phone = Här behövs en smartphone som nås via Bluetooth (telefonalternativet i webbläsarens dialog). Försök igen med din telefon.
error-no-bluetooth = Bluetooth-närhet är avstängd för den här nyckeln: anslut telefonen på annat sätt (USB) och försök igen.
error-needs-card = Här behövs ett kontaktlöst kort som hålls mot läsaren (NFC). Försök igen med kortet.
error-needs-key = Här behövs en FIDO2-säkerhetsnyckel (USB, NFC eller Bluetooth). Försök igen med nyckeln.
error-no-attestation = Säkerhetsnyckeln gav ingen attestering, och den här organisationen kräver en. Använd en godkänd nyckel.
error-model-not-approved = Den här modellen av säkerhetsnyckel ({ $model }) finns inte på listan över godkända. Använd en godkänd nyckel.
error-self-attestation = Säkerhetsnyckeln signerade sin egen attestering, vilket inte bevisar något om dess modell. Använd en godkänd nyckel som tillverkaren certifierar.
error-attestation-untraceable = Säkerhetsnyckelns attestering ({ $format }) kan inte spåras till tillverkaren. Använd en godkänd nyckel.
error-model-not-in-metadata = Den här modellen av säkerhetsnyckel ({ $model }) finns inte i den FIDO-metadata som organisationen litar på. Använd en godkänd nyckel.
error-mds-revoked = { $model } kan inte längre användas: tillverkarens certifiering har återkallats. Använd en annan säkerhetsnyckel.
error-mds-attestation-compromised = { $model } kan inte längre användas: dess attesteringsnyckel har röjts. Använd en annan säkerhetsnyckel.
error-mds-keys-extractable = { $model } kan inte längre användas: nycklarna den håller kan tas ut. Använd en annan säkerhetsnyckel.
error-mds-verification-bypass = { $model } kan inte längre användas: dess användarverifiering kan kringgås. Använd en annan säkerhetsnyckel.
error-not-genuine = Säkerhetsnyckelns attesteringscertifikat är inte ett av dem som tillverkaren ({ $maker }) anger. Använd en äkta nyckel.
oidc-title-unknown-app = Okänd applikation
oidc-title-refused = Inloggningsbegäran avvisades
oidc-title-expired = Inloggningsbegäran har gått ut
oidc-unknown-app = Applikationen som skickade hit dig är inte registrerad hos den här inloggningstjänsten.
oidc-bad-redirect = Applikationen ville skicka dig till en adress som den inte har registrerat, så du skickades inte dit.
oidc-request-gone = Inloggningsbegäran har gått ut eller redan slutförts. Gå tillbaka till applikationen och börja om.
oidc-request-used = Inloggningsbegäran har gått ut eller redan använts. Gå tillbaka till applikationen och börja om.
oidc-par-required = Den här applikationen skickar sina inloggningsbegäranden i förväg (pushade auktoriseringsbegäranden); den här kom direkt och avvisas därför.
oidc-no-redirect = Applikationen angav inte vart du ska skickas tillbaka (redirect_uri).
