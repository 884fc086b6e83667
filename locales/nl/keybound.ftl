# Keybound in het Nederlands: de pagina's waarop mensen hun toegangssleutel maken, inloggen en
# hun account beheren.

-passkey = toegangssleutel
-passkeys = toegangssleutels

## Elke pagina

language-name = Nederlands
footer = Keybound
working = Volg de aanwijzingen op je apparaat…

## Inloggen

login-title = Inloggen
login-intro = Gebruik de { -passkey } op dit apparaat, een telefoon in de buurt of een beveiligingssleutel.
login-confirm-title = Bevestig dat jij het bent
login-confirm-intro = Je bent ingelogd als { $name }. De app vraagt je dit te bevestigen met een van je { -passkeys }.
login-username = Gebruikersnaam
login-choose = Kies je { -passkey }
login-button = Inloggen met een { -passkey }
login-done = Ingelogd als { $name }.
login-lost = Geen toegang tot je { -passkey }?
login-new = Nieuw hier?
login-create-account = Account maken

## Inloggen via e-mail

email-login-title = Inloggen via e-mail
email-login-intro = Vul het e-mailadres van je account in. We sturen er een link naartoe waarmee je één keer inlogt, zodat je een nieuwe { -passkey } kunt toevoegen.
email-login-address = E-mailadres
email-login-button = Stuur me een link
email-login-failed = Er ging iets mis ({ $status }).

## Eenmalige inloglink

login-link-intro = Met deze eenmalige link log je in als { $name } ({ $username }), zodat je een { -passkey } aan je account kunt toevoegen. Hij werkt één keer, tot { $expires }.

## Een toegangssleutel maken

bind-title = Maak je { -passkey }
bind-for = Voor { $name } ({ $username })
bind-intro = Met een { -passkey } log je in zonder wachtwoord.
bind-button = { -passkey } maken
bind-done = Je { -passkey } is klaar. Je kunt er nu mee inloggen.
bind-no-phone = Deze browser kan geen telefoon gebruiken om een { -passkey } te maken. Open deze link in Chrome, Edge of Safari op een computer met bluetooth.

## Aanwijzingen per apparaat

device-any = Open dit op het apparaat dat je { -passkey } bewaart (je telefoon of computer). Je bevestigt met je vingerafdruk, gezicht, pincode of schermvergrendeling, en de sleutel blijft op het apparaat.
device-smartphone = Open dit op een computer, met je telefoon in de buurt en bluetooth aan. Als de browser vraagt waar de { -passkey } bewaard moet worden, kies je je telefoon ('Een telefoon of tablet gebruiken') en scan je de QR-code met de camera van je telefoon; de { -passkey } blijft op de telefoon.
device-contactless-card = Houd je contactloze pas en een kaartlezer (NFC) bij de hand. Als de browser erom vraagt, kies je een beveiligingssleutel en houd je de pas tegen de lezer tot het klaar is; de { -passkey } blijft op de pas.
device-hardware-key = Houd je FIDO2-beveiligingssleutel bij de hand. Als de browser erom vraagt, steek je de sleutel in (of houd je hem tegen de lezer) en raak je hem aan als hij knippert; misschien wordt om de pincode gevraagd. De { -passkey } blijft op de sleutel.

## Registratiecode

enroll-page-title = Vul je code in
enroll-title = Stel je { -passkey } in
enroll-intro = Vul de code van 9 tekens in die je van je beheerder hebt gekregen. De volgende stap vertelt wat je moet doen met het apparaat dat je { -passkey } bewaart: deze telefoon of computer, je telefoon, een beveiligingssleutel of een pas. De code werkt één keer en maar kort.
enroll-code = Code
enroll-continue = Doorgaan
enroll-done-signed-in = Je { -passkey } is klaar en je bent ingelogd op dit apparaat.
enroll-to-account = Naar je account

## Aanmelden

signup-title = Maak je account
signup-intro = Kies een gebruikersnaam en maak daarna een { -passkey } op dit apparaat: daarmee log je voortaan in. Geen wachtwoord nodig.
signup-given-name = Voornaam
signup-family-name = Achternaam
signup-email = E-mail
signup-button = Account en { -passkey } maken
signup-have-account = Heb je al een account?
signup-done = Welkom, { $name }. Je { -passkey } is klaar.

## Account

account-title = Je account
account-console = Naar de beheerconsole
account-signed-in-as = Ingelogd als { $name }
account-passkeys = Toegangssleutels
account-welcome = Welkom! Je hebt nog geen { -passkey }: voeg er nu een toe om er voortaan mee in te loggen.
account-synced = gesynchroniseerd
account-device-bound = apparaatgebonden
account-created = gemaakt op { $when }
account-last-used = laatst gebruikt op { $when }
account-removed = verwijderd
account-rename = Naam wijzigen
account-remove = Verwijderen
account-add = { -passkey } toevoegen
account-sessions = Actieve sessies
account-since = sinds { $when }
account-this-browser = deze browser
account-sign-out = Uitloggen
account-applications = Apps
account-remove-access = Toegang intrekken
account-no-applications = Nog geen enkele app logt je in.
account-recent = Recente inlogpogingen
account-signed-in = Ingelogd
account-refused = Geweigerd
account-no-signins = Nog geen inlogpogingen.
account-sign-out-everywhere = Overal uitloggen
account-rename-prompt = Nieuwe naam voor deze { -passkey }
account-remove-confirm = Deze { -passkey } verwijderen? Je kunt er dan niet meer mee inloggen.
account-unlink-confirm = De toegang van deze app intrekken? Hij moet het je dan opnieuw vragen.
account-everywhere-confirm = Uitloggen op alle apparaten, ook op dit apparaat?
account-language = Taal
account-language-save = Opslaan

## Apps die je willen laten inloggen

consent-page-title = { $app } toestaan?
consent-title = { $app } toestaan je in te loggen?
consent-receives = Je bent ingelogd als { $name }. { $app } krijgt:
consent-withdraw = Je kunt dit altijd intrekken op je accountpagina.
consent-allow = Toestaan
consent-cancel = Annuleren

## Een apparaat koppelen (tv, opdrachtregel)

device-page-title = Een apparaat koppelen
device-confirm-title = { $app } laten inloggen op je apparaat?
device-check-code = Code { $code }. Ga alleen verder als je apparaat precies deze code toont.
device-intro = Vul de code in die je apparaat (een tv, een opdrachtregel, een kiosk) toont.
device-deny = Weigeren

## Uitloggen bij apps

logout-page-title = Uitloggen
logout-title = Uitloggen?
logout-intro = Je bent ingelogd als { $name }. Als je hier uitlogt, log je uit bij Keybound en bij de apps waarbij je ermee bent ingelogd.
form-post-title = Bezig met inloggen…

## Beheerder instellen

setup-page-title = Beheerder instellen
setup-title = Welkom, beheerder
setup-intro = Deze eenmalige link is voor { $name } ({ $username }). Maak een { -passkey } op dit apparaat: daarmee log je voortaan in op de Keybound-console. De link werkt één keer, tot { $expires }.
setup-done = Je { -passkey } is klaar. De console wordt geopend…

## Meldingen

title-link-invalid = Link ongeldig
title-link-gone = Link niet meer geldig
title-suspended = Account geschorst
title-signup-unavailable = Aanmelden niet beschikbaar
title-something-wrong = Er ging iets mis
title-signout-refused = Uitloggen geweigerd
title-signed-out = Uitgelogd
text-signed-out = Je bent uitgelogd.
title-request-denied = Verzoek geweigerd
text-device-denied = Het apparaat is niet ingelogd.
title-no-access = Geen toegang
title-device-connected = Apparaat gekoppeld
text-device-connected = Je hebt het inloggen toegestaan. Ga terug naar je apparaat: het gaat vanzelf verder.
device-unknown-code = Er wacht geen apparaat met die code. Controleer de code en probeer het opnieuw, of begin opnieuw op het apparaat.
text-link-spent = Deze inloglink is al gebruikt of verlopen. Vraag je beheerder om een nieuwe.

## E-mail

email-name-enrollment = Toegangssleutel instellen (ingebouwd)
email-name-link = Inloglink (ingebouwd)
email-name-one-time = Eenmalige toegang (ingebouwd)
email-name-pin = Pincode van beveiligingssleutel (ingebouwd)
email-subject-for = { $subject } voor { $organization }
email-hello = Hallo { $name },
email-enrollment-subject = Stel je { -passkey } in
email-enrollment-intro = Je bent uitgenodigd om in te loggen met een { -passkey }. { $instructions } Volg daarna de stappen:
email-enrollment-button = Je { -passkey } instellen
email-link-subject = Je inloglink
email-link-intro = Hier is een eenmalige link om in te loggen en een { -passkey } aan je account toe te voegen:
email-link-button = Inloggen
email-one-time-subject = Je eenmalige inloglink
email-one-time-intro = Je hebt een link gevraagd om zonder je { -passkey } in te loggen. Was jij dat niet, negeer deze e-mail dan.
email-one-time-button = Eén keer inloggen
email-pin-subject = De pincode van je beveiligingssleutel
email-pin-intro = Je beheerder heeft de beveiligingssleutel { $key } voor je ingesteld. De pincode, waar hij bij het inloggen om vraagt, is:
email-expires = Hij werkt één keer en verloopt op { $date } (over { $duration }).
email-date = { $day }-{ $month }-{ $year } om { $time } ({ $zone })
duration-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagen
}
duration-hours = { $count ->
    [one] { $count } uur
   *[other] { $count } uur
}
duration-minutes = { $count ->
    [one] { $count } minuut
   *[other] { $count } minuten
}

## De JS-SDK

sdk-not-a-link = Dit is geen Keybound-registratielink.
sdk-unsupported = Deze browser kan geen toegangssleutels maken.
sdk-cancelled = De vraag om een toegangssleutel is geannuleerd of verlopen. Probeer het opnieuw.
sdk-closed = De vraag om een toegangssleutel is gesloten voordat hij klaar was. Probeer het opnieuw.
sdk-already-there = Dit apparaat heeft al een toegangssleutel voor dit account.
sdk-wrong-site = Het adres van deze pagina hoort niet bij de site van de toegangssleutel. Open de pagina via het gewone adres en probeer het opnieuw.
sdk-not-supported = Dit apparaat kan dit soort toegangssleutel niet maken. Probeer een ander apparaat of een beveiligingssleutel.
sdk-failed = De toegangssleutel werkte niet
sdk-unreachable = Keybound is niet bereikbaar
sdk-request-failed = Het verzoek is mislukt
sdk-no-passkeys = Deze browser kan geen toegangssleutels gebruiken. Gebruik een recente Chrome, Edge, Safari of Firefox, of een ander apparaat.

## Scopes

scope-openid = wie je bent (een kenmerk van je account)
scope-profile = je naam en gebruikersnaam
scope-email = je e-mailadres
scope-groups = de groepen waarin je zit
scope-offline-access = toegang terwijl je weg bent

## Devices

device-browser-on-system = { $browser } op { $system }
device-a-browser-on = Een browser op { $system }
device-unknown = Onbekende browser

## Wat er misging, zoals het iemand wordt gezegd

title-page-not-found = Pagina niet gevonden
text-page-not-found = Op dit adres staat geen pagina. Controleer de link of begin opnieuw op de startpagina.
error-passkey-not-accepted = Deze { -passkey } wordt hier niet geaccepteerd. Gebruik een andere of vraag het je beheerder.
error-passkey-removed = Deze { -passkey } werkt hier niet meer: hij is verwijderd. Meld je aan met een andere { -passkey } of vraag je beheerder om een nieuwe inschrijving.
error-signin-expired = Deze aanmeldpoging is verlopen of al gebruikt. Begin opnieuw.
error-passkey-unverified = De { -passkey } kon niet worden gecontroleerd: { $reason }
error-passkey-must-verify = Deze { -passkey } moet je elke keer verifiëren (vingerafdruk, gezicht of pincode). Probeer het opnieuw en rond de controle af.
error-passkey-turned-off = Deze { -passkey } is uitgeschakeld. Gebruik een andere of vraag het je beheerder.
error-bad-code = Die code werkt niet. Controleer hem of vraag je beheerder om een nieuwe.
error-link-invalid = Deze link is niet geldig. Controleer of je hem helemaal hebt gekopieerd.
error-too-many-codes = Te veel foute codes vanaf je netwerk. Wacht tien minuten en probeer het opnieuw.
error-attempt-expired = Deze poging is verlopen of al gebruikt. Begin opnieuw.
error-link-complete = Met deze link is al een { -passkey } gemaakt.
error-link-expired = Deze link is verlopen. Vraag om een nieuwe.
error-link-revoked = Deze link is ingetrokken. Vraag om een nieuwe.
error-link-undelivered = Deze uitnodiging kon niet worden bezorgd. Vraag om een nieuwe.
error-email-signin-off = Aanmelden per e-mail wordt hier niet aangeboden.
error-too-many-requests = Te veel verzoeken. Wacht vijftien minuten en probeer het opnieuw.
error-admin-link-spent = Deze beheerderslink is al gebruikt of verlopen. Voer `keybound admin link` uit voor een nieuwe.
error-signup-link-spent = Deze registratielink is opgebruikt, verlopen of ingetrokken. Vraag om een nieuwe.
error-signup-off = Registreren is hier uitgeschakeld. Vraag je beheerder om een account.
error-signup-needs-link = Om je hier te registreren heb je een uitnodigingslink nodig. Vraag je beheerder erom.
error-username-taken = Die gebruikersnaam is al in gebruik. Kies een andere.
error-last-passkey = Dit is je laatste { -passkey }: zonder kun je je niet meer aanmelden. Bevestig om hem toch te verwijderen.
error-suspended = Dit account is geblokkeerd. Neem contact op met je beheerder.
error-signed-out = Je bent niet aangemeld.
error-no-app-access = Je account heeft geen toegang tot deze applicatie. Vraag het je beheerder als je die nodig hebt.
error-model-denied = { $name } ({ $model }) is niet toegestaan door deze organisatie. Gebruik een andere wachtwoordbeheerder of beveiligingssleutel.
error-unnamed-model-denied = Deze authenticator ({ $model }) is niet toegestaan door deze organisatie. Gebruik een andere wachtwoordbeheerder of beveiligingssleutel.
error-synced-not-allowed = Dit zou een gesynchroniseerde { -passkey } worden (door je wachtwoordbeheerder naar je andere apparaten gekopieerd), en deze organisatie staat alleen { -passkeys } toe die op één apparaat blijven. Gebruik een beveiligingssleutel of een apparaat dat { -passkeys } bij zich houdt.
error-not-built-in-smartphone = Hier is een smartphone nodig, niet de ingebouwde authenticator van het apparaat. Gebruik het juiste apparaat en probeer het opnieuw.
error-not-built-in-card = Hier is een contactloze kaart nodig, niet de ingebouwde authenticator van het apparaat. Gebruik de juiste kaart en probeer het opnieuw.
error-not-built-in-key = Hier is een FIDO2-hardwarebeveiligingssleutel nodig, niet de ingebouwde authenticator van het apparaat. Gebruik de juiste sleutel en probeer het opnieuw.
error-needs-phone = Hier is een smartphone via Bluetooth nodig (de telefoonoptie in het venster van de browser). Probeer het opnieuw met je telefoon.
error-no-bluetooth = Bluetooth-nabijheid staat uit voor deze sleutel: verbind de telefoon op een andere manier (USB) en probeer het opnieuw.
error-needs-card = Hier is een contactloze kaart nodig die tegen de lezer wordt gehouden (NFC). Probeer het opnieuw met de kaart.
error-needs-key = Hier is een FIDO2-beveiligingssleutel nodig (USB, NFC of Bluetooth). Probeer het opnieuw met de sleutel.
error-no-attestation = Deze beveiligingssleutel gaf geen attestatie, en deze organisatie vereist er een. Gebruik een goedgekeurde sleutel.
error-model-not-approved = Dit model beveiligingssleutel ({ $model }) staat niet op de goedgekeurde lijst. Gebruik een goedgekeurde sleutel.
error-self-attestation = Deze beveiligingssleutel heeft zijn eigen attestatie ondertekend, wat niets over zijn model bewijst. Gebruik een goedgekeurde sleutel die door de fabrikant is gecertificeerd.
error-attestation-untraceable = De attestatie van deze beveiligingssleutel ({ $format }) is niet tot de fabrikant te herleiden. Gebruik een goedgekeurde sleutel.
error-model-not-in-metadata = Dit model beveiligingssleutel ({ $model }) staat niet in de FIDO-metadata die deze organisatie vertrouwt. Gebruik een goedgekeurde sleutel.
error-mds-revoked = { $model } kan niet meer worden gebruikt: de certificering van de fabrikant is ingetrokken. Gebruik een andere beveiligingssleutel.
error-mds-attestation-compromised = { $model } kan niet meer worden gebruikt: de attestatiesleutel is gecompromitteerd. Gebruik een andere beveiligingssleutel.
error-mds-keys-extractable = { $model } kan niet meer worden gebruikt: de sleutels erop kunnen worden uitgelezen. Gebruik een andere beveiligingssleutel.
error-mds-verification-bypass = { $model } kan niet meer worden gebruikt: de gebruikersverificatie kan worden omzeild. Gebruik een andere beveiligingssleutel.
error-not-genuine = Het attestatiecertificaat van deze beveiligingssleutel hoort niet bij de certificaten die de fabrikant ({ $maker }) noemt. Gebruik een echte sleutel.
oidc-title-unknown-app = Onbekende applicatie
oidc-title-refused = Aanmeldverzoek geweigerd
oidc-title-expired = Aanmeldverzoek verlopen
oidc-unknown-app = De applicatie die je hierheen stuurde, is niet geregistreerd bij deze aanmelddienst.
oidc-bad-redirect = De applicatie wilde je naar een adres sturen dat ze niet heeft geregistreerd, dus je bent daar niet heen gestuurd.
oidc-request-gone = Dit aanmeldverzoek is verlopen of al afgerond. Ga terug naar de applicatie en begin opnieuw.
oidc-request-used = Dit aanmeldverzoek is verlopen of al gebruikt. Ga terug naar de applicatie en begin opnieuw.
oidc-par-required = Deze applicatie stuurt haar aanmeldverzoeken vooraf (pushed authorization requests); dit verzoek kwam rechtstreeks en wordt daarom geweigerd.
oidc-no-redirect = De applicatie gaf niet aan waarheen je moet worden teruggestuurd (redirect_uri).
