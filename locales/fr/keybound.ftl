# Keybound en français : les pages où l'on crée sa clé d'accès, se connecte et gère son compte.

-passkey = clé d'accès
-passkeys = clés d'accès

## Toutes les pages

language-name = Français
footer = Keybound
working = Suivez les instructions sur votre appareil…

## Connexion

login-title = Connexion
login-intro = Utilisez la { -passkey } de cet appareil, un téléphone à proximité ou une clé de sécurité.
login-confirm-title = Confirmez votre identité
login-confirm-intro = Vous êtes connecté en tant que { $name }. L'application vous demande de le confirmer avec l'une de vos { -passkeys }.
login-username = Nom d'utilisateur
login-choose = Choisissez votre { -passkey }
login-button = Se connecter avec une { -passkey }
login-done = Connecté en tant que { $name }.
login-lost = Vous n'avez plus accès à votre { -passkey } ?
login-new = Nouveau ici ?
login-create-account = Créer un compte

## Connexion par e-mail

email-login-title = Connexion par e-mail
email-login-intro = Saisissez l'adresse e-mail de votre compte. Nous y enverrons un lien qui vous connecte une seule fois, pour que vous puissiez ajouter une nouvelle { -passkey }.
email-login-address = Adresse e-mail
email-login-button = M'envoyer un lien
email-login-failed = Une erreur s'est produite ({ $status }).

## Lien de connexion à usage unique

login-link-intro = Ce lien à usage unique vous connecte en tant que { $name } ({ $username }), pour que vous puissiez ajouter une { -passkey } à votre compte. Il fonctionne une fois, jusqu'au { $expires }.

## Création d'une clé d'accès

bind-title = Créez votre { -passkey }
bind-for = Pour { $name } ({ $username })
bind-intro = Une { -passkey } vous permet de vous connecter sans mot de passe.
bind-button = Créer la { -passkey }
bind-done = Votre { -passkey } est prête. Vous pouvez maintenant vous connecter avec elle.
bind-no-phone = Ce navigateur ne peut pas utiliser un téléphone pour créer une { -passkey }. Ouvrez ce lien dans Chrome, Edge ou Safari sur un ordinateur équipé du Bluetooth.

## Instructions selon l'appareil

device-any = Ouvrez ceci sur l'appareil qui gardera votre { -passkey } (votre téléphone ou votre ordinateur). Il vous demandera de confirmer avec votre empreinte, votre visage, votre code PIN ou le verrouillage de l'écran, et garde la clé sur l'appareil.
device-smartphone = Ouvrez ceci sur un ordinateur, avec votre téléphone à proximité et le Bluetooth activé. Quand le navigateur demande où enregistrer la { -passkey }, choisissez votre téléphone (« Utiliser un téléphone ou une tablette ») et scannez le QR code avec l'appareil photo du téléphone ; la { -passkey } reste sur le téléphone.
device-contactless-card = Préparez votre carte sans contact et un lecteur de cartes (NFC). Quand le navigateur le demande, choisissez une clé de sécurité et posez la carte sur le lecteur jusqu'à la fin ; la { -passkey } reste sur la carte.
device-hardware-key = Préparez votre clé de sécurité FIDO2. Quand le navigateur le demande, branchez la clé (ou approchez-la du lecteur) et touchez-la quand elle clignote ; son code PIN peut vous être demandé. La { -passkey } reste sur la clé.

## Code d'inscription

enroll-page-title = Saisissez votre code
enroll-title = Configurez votre { -passkey }
enroll-intro = Saisissez le code à 9 caractères que votre administrateur vous a donné. L'étape suivante indique quoi faire avec l'appareil qui gardera votre { -passkey } : ce téléphone ou cet ordinateur, votre téléphone, une clé de sécurité ou une carte. Le code fonctionne une fois et peu de temps.
enroll-code = Code
enroll-continue = Continuer
enroll-done-signed-in = Votre { -passkey } est prête, et vous êtes connecté sur cet appareil.
enroll-to-account = Accéder à votre compte

## Inscription

signup-title = Créez votre compte
signup-intro = Choisissez un nom d'utilisateur, puis créez une { -passkey } sur cet appareil : c'est avec elle que vous vous connecterez. Aucun mot de passe n'est nécessaire.
signup-given-name = Prénom
signup-family-name = Nom
signup-email = E-mail
signup-button = Créer le compte et la { -passkey }
signup-have-account = Vous avez déjà un compte ?
signup-done = Bienvenue, { $name }. Votre { -passkey } est prête.

## Compte

account-title = Votre compte
account-console = Ouvrir la console d'administration
account-signed-in-as = Connecté en tant que { $name }
account-passkeys = Clés d'accès
account-welcome = Bienvenue ! Vous n'avez pas encore de { -passkey } : ajoutez-en une maintenant pour vous connecter avec elle désormais.
account-synced = synchronisée
account-device-bound = liée à l'appareil
account-created = créée le { $when }
account-last-used = utilisée le { $when }
account-removed = supprimée
account-rename = Renommer
account-remove = Supprimer
account-add = Ajouter une { -passkey }
account-sessions = Sessions ouvertes
account-since = depuis le { $when }
account-this-browser = ce navigateur
account-sign-out = Se déconnecter
account-applications = Applications
account-remove-access = Retirer l'accès
account-no-applications = Aucune application ne vous connecte encore.
account-recent = Connexions récentes
account-signed-in = Connexion
account-refused = Refusée
account-no-signins = Aucune connexion pour l'instant.
account-sign-out-everywhere = Se déconnecter partout
account-rename-prompt = Nouveau nom pour cette { -passkey }
account-remove-confirm = Supprimer cette { -passkey } ? Elle ne vous connectera plus.
account-unlink-confirm = Retirer l'accès de cette application ? Elle devra vous le redemander.
account-everywhere-confirm = Se déconnecter sur tous les appareils, y compris celui-ci ?
account-language = Langue
account-language-save = Enregistrer

## Applications qui demandent à vous connecter

consent-page-title = Autoriser { $app } ?
consent-title = Autoriser { $app } à vous connecter ?
consent-receives = Vous êtes connecté en tant que { $name }. { $app } recevra :
consent-withdraw = Vous pouvez retirer cette autorisation à tout moment sur la page de votre compte.
consent-allow = Autoriser
consent-cancel = Annuler

## Connecter un appareil (téléviseur, ligne de commande)

device-page-title = Connecter un appareil
device-confirm-title = Autoriser { $app } à se connecter sur votre appareil ?
device-check-code = Code { $code }. Ne continuez que si votre appareil affiche ce code.
device-intro = Saisissez le code qu'affiche votre appareil (un téléviseur, une ligne de commande, une borne).
device-deny = Refuser

## Déconnexion des applications

logout-page-title = Déconnexion
logout-title = Se déconnecter ?
logout-intro = Vous êtes connecté en tant que { $name }. Vous déconnecter ici vous déconnecte de Keybound et des applications auxquelles vous vous êtes connecté avec.
form-post-title = Connexion en cours…

## Configuration de l'administrateur

setup-page-title = Configuration de l'administrateur
setup-title = Bienvenue, administrateur
setup-intro = Ce lien à usage unique est destiné à { $name } ({ $username }). Créez une { -passkey } sur cet appareil : c'est avec elle que vous vous connecterez désormais à la console Keybound. Le lien fonctionne une fois, jusqu'au { $expires }.
setup-done = Votre { -passkey } est prête. Ouverture de la console…

## Messages

title-link-invalid = Lien non valide
title-link-gone = Ce lien n'est plus valide
title-suspended = Compte suspendu
title-signup-unavailable = Inscription indisponible
title-something-wrong = Une erreur s'est produite
title-signout-refused = Déconnexion refusée
title-signed-out = Déconnecté
text-signed-out = Vous êtes déconnecté.
title-request-denied = Demande refusée
text-device-denied = L'appareil n'a pas été connecté.
title-no-access = Accès refusé
title-device-connected = Appareil connecté
text-device-connected = Vous avez autorisé la connexion. Revenez à votre appareil : il continue tout seul.
device-unknown-code = Aucun appareil n'attend avec ce code. Vérifiez-le et réessayez, ou recommencez sur l'appareil.
text-link-spent = Ce lien de connexion a déjà été utilisé ou a expiré. Demandez-en un nouveau à votre administrateur.

## E-mail

email-name-enrollment = Création de clé d'accès (intégré)
email-name-link = Lien de connexion (intégré)
email-name-one-time = Accès unique (intégré)
email-name-pin = Code PIN de la clé de sécurité (intégré)
email-subject-for = { $subject } pour { $organization }
email-hello = Bonjour { $name },
email-enrollment-subject = Configurez votre { -passkey }
email-enrollment-intro = Vous êtes invité à vous connecter avec une { -passkey }. { $instructions } Suivez ensuite les étapes :
email-enrollment-button = Configurer votre { -passkey }
email-link-subject = Votre lien de connexion
email-link-intro = Voici un lien à usage unique pour vous connecter et ajouter une { -passkey } à votre compte :
email-link-button = Se connecter
email-one-time-subject = Votre lien de connexion à usage unique
email-one-time-intro = Vous avez demandé un lien pour vous connecter sans votre { -passkey }. Si ce n'était pas vous, ignorez cet e-mail.
email-one-time-button = Se connecter une fois
email-pin-subject = Le code PIN de votre clé de sécurité
email-pin-intro = Votre administrateur a configuré pour vous la clé de sécurité { $key }. Son code PIN, qu'elle demande à la connexion, est :
email-expires = Il fonctionne une fois et expire le { $date } (dans { $duration }).
email-date = { $day }/{ $month }/{ $year } à { $time } ({ $zone })
duration-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
duration-hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}

## Le SDK JS

sdk-not-a-link = Ce n'est pas un lien de création Keybound.
sdk-unsupported = Ce navigateur ne peut pas créer de clés d'accès.
sdk-cancelled = La demande de clé d'accès a été annulée ou a expiré. Réessayez.
sdk-closed = La demande de clé d'accès a été fermée avant la fin. Réessayez.
sdk-already-there = Cet appareil contient déjà une clé d'accès pour ce compte.
sdk-wrong-site = L'adresse de cette page ne correspond pas au site de la clé d'accès. Ouvrez la page depuis son adresse habituelle et réessayez.
sdk-not-supported = Cet appareil ne peut pas créer ce type de clé d'accès. Essayez un autre appareil ou une clé de sécurité.
sdk-failed = La clé d'accès n'a pas fonctionné
sdk-unreachable = Keybound est injoignable
sdk-request-failed = La requête a échoué
sdk-no-passkeys = Ce navigateur ne peut pas utiliser de clés d'accès. Utilisez une version récente de Chrome, Edge, Safari ou Firefox, ou un autre appareil.

## Scopes

scope-openid = qui vous êtes (un identifiant de votre compte)
scope-profile = votre nom et votre nom d'utilisateur
scope-email = votre adresse e-mail
scope-groups = les groupes dont vous faites partie
scope-offline-access = un accès en votre absence

## Devices

device-browser-on-system = { $browser } sur { $system }
device-a-browser-on = Un navigateur sur { $system }
device-unknown = Navigateur inconnu
