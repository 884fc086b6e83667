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

## Ce qui n’a pas marché, tel qu’on le dit à la personne

title-page-not-found = Page introuvable
text-page-not-found = Il n’y a pas de page à cette adresse. Vérifiez le lien ou recommencez depuis la page d’accueil.
error-passkey-not-accepted = Cette { -passkey } n’est pas acceptée ici. Utilisez-en une autre ou adressez-vous à votre administrateur.
error-passkey-removed = Cette { -passkey } ne fonctionne plus ici : elle a été supprimée. Connectez-vous avec une autre { -passkey } ou demandez une nouvelle inscription à votre administrateur.
error-signin-expired = Cette tentative de connexion a expiré ou a déjà été utilisée. Recommencez.
error-passkey-unverified = La { -passkey } n’a pas pu être vérifiée : { $reason }
error-passkey-must-verify = Cette { -passkey } doit vous vérifier (empreinte, visage ou code PIN) à chaque fois. Réessayez et terminez la vérification.
error-passkey-turned-off = Cette { -passkey } a été désactivée. Utilisez-en une autre ou adressez-vous à votre administrateur.
error-bad-code = Ce code ne fonctionne pas. Vérifiez-le ou demandez-en un nouveau à votre administrateur.
error-link-invalid = Ce lien n’est pas valide. Vérifiez que vous l’avez copié en entier.
error-too-many-codes = Trop de codes erronés depuis votre réseau. Attendez dix minutes et réessayez.
error-attempt-expired = Cette tentative a expiré ou a déjà été utilisée. Recommencez.
error-link-complete = Ce lien a déjà servi à créer une { -passkey }.
error-link-expired = Ce lien a expiré. Demandez-en un nouveau.
error-link-revoked = Ce lien a été révoqué. Demandez-en un nouveau.
error-link-undelivered = Cette invitation n’a pas pu être remise. Demandez-en une nouvelle.
error-email-signin-off = La connexion par e-mail n’est pas proposée ici.
error-too-many-requests = Trop de demandes. Attendez quinze minutes et réessayez.
error-admin-link-spent = Ce lien d’administrateur a déjà été utilisé ou a expiré. Exécutez `keybound admin link` pour en obtenir un nouveau.
error-signup-link-spent = Ce lien d’inscription est épuisé, a expiré ou a été révoqué. Demandez-en un nouveau.
error-signup-off = Les inscriptions sont désactivées ici. Demandez un compte à votre administrateur.
error-signup-needs-link = Pour vous inscrire ici, il faut un lien d’invitation. Demandez-en un à votre administrateur.
error-username-taken = Cet identifiant est déjà pris. Choisissez-en un autre.
error-last-passkey = C’est votre dernière { -passkey } : sans elle, vous ne pourrez plus vous connecter. Confirmez pour la supprimer quand même.
error-suspended = Ce compte est suspendu. Contactez votre administrateur.
error-signed-out = Vous n’êtes pas connecté.
error-no-app-access = Votre compte n’a pas accès à cette application. Demandez-le à votre administrateur si vous en avez besoin.
error-model-denied = { $name } ({ $model }) n’est pas autorisé par cette organisation. Utilisez un autre gestionnaire de clés d’accès ou une autre clé de sécurité.
error-unnamed-model-denied = Cet authentificateur ({ $model }) n’est pas autorisé par cette organisation. Utilisez un autre gestionnaire de clés d’accès ou une autre clé de sécurité.
error-synced-not-allowed = Ce serait une { -passkey } synchronisée (copiée sur vos autres appareils par votre gestionnaire), et cette organisation n’autorise que les { -passkeys } qui restent sur un seul appareil. Utilisez une clé de sécurité ou un appareil qui garde les { -passkeys } pour lui.
error-not-built-in-smartphone = Il faut ici un smartphone, pas l’authentificateur intégré de l’appareil. Utilisez le bon appareil et réessayez.
error-not-built-in-card = Il faut ici une carte sans contact, pas l’authentificateur intégré de l’appareil. Utilisez la bonne carte et réessayez.
error-not-built-in-key = Il faut ici une clé de sécurité matérielle FIDO2, pas l’authentificateur intégré de l’appareil. Utilisez la bonne clé et réessayez.
error-needs-phone = Il faut ici un smartphone relié en Bluetooth (l’option téléphone dans la fenêtre du navigateur). Réessayez avec votre téléphone.
error-no-bluetooth = La proximité Bluetooth est désactivée pour cette clé : connectez le téléphone autrement (USB) et réessayez.
error-needs-card = Il faut ici une carte sans contact posée sur le lecteur (NFC). Réessayez avec la carte.
error-needs-key = Il faut ici une clé de sécurité FIDO2 (USB, NFC ou Bluetooth). Réessayez avec la clé.
error-no-attestation = Cette clé de sécurité n’a fourni aucune attestation, et cette organisation en exige une. Utilisez une clé approuvée.
error-model-not-approved = Ce modèle de clé de sécurité ({ $model }) ne figure pas dans la liste approuvée. Utilisez une clé approuvée.
error-self-attestation = Cette clé de sécurité a signé elle-même son attestation, ce qui ne prouve rien sur son modèle. Utilisez une clé approuvée certifiée par son fabricant.
error-attestation-untraceable = L’attestation de cette clé de sécurité ({ $format }) ne remonte pas à son fabricant. Utilisez une clé approuvée.
error-model-not-in-metadata = Ce modèle de clé de sécurité ({ $model }) ne figure pas dans les métadonnées FIDO auxquelles cette organisation se fie. Utilisez une clé approuvée.
error-mds-revoked = { $model } ne peut plus être utilisé : la certification de son fabricant a été révoquée. Utilisez une autre clé de sécurité.
error-mds-attestation-compromised = { $model } ne peut plus être utilisé : sa clé d’attestation a été compromise. Utilisez une autre clé de sécurité.
error-mds-keys-extractable = { $model } ne peut plus être utilisé : les clés qu’il contient peuvent être extraites. Utilisez une autre clé de sécurité.
error-mds-verification-bypass = { $model } ne peut plus être utilisé : sa vérification de l’utilisateur peut être contournée. Utilisez une autre clé de sécurité.
error-not-genuine = Le certificat d’attestation de cette clé de sécurité ne fait pas partie de ceux qu’indique son fabricant ({ $maker }). Utilisez une clé authentique.
oidc-title-unknown-app = Application inconnue
oidc-title-refused = Demande de connexion refusée
oidc-title-expired = Demande de connexion expirée
oidc-unknown-app = L’application qui vous a envoyé ici n’est pas enregistrée auprès de ce service de connexion.
oidc-bad-redirect = L’application a demandé à vous envoyer à une adresse qu’elle n’a pas enregistrée ; vous n’y avez donc pas été envoyé.
oidc-request-gone = Cette demande de connexion a expiré ou est déjà terminée. Revenez à l’application et recommencez.
oidc-request-used = Cette demande de connexion a expiré ou a déjà été utilisée. Revenez à l’application et recommencez.
oidc-par-required = Cette application envoie ses demandes de connexion à l’avance (demandes d’autorisation poussées) ; celle-ci est arrivée directement, elle est donc refusée.
oidc-no-redirect = L’application n’a pas indiqué où vous renvoyer (redirect_uri).
