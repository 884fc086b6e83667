# Keybound en español: las páginas donde cada persona crea su llave de acceso, inicia sesión y
# gestiona su cuenta.

-passkey = llave de acceso
-passkeys = llaves de acceso

## Todas las páginas

language-name = Español
footer = Keybound
working = Sigue las indicaciones de tu dispositivo…

## Iniciar sesión

login-title = Iniciar sesión
login-intro = Usa la { -passkey } de este dispositivo, un teléfono cercano o una llave de seguridad.
login-confirm-title = Confirma que eres tú
login-confirm-intro = Has iniciado sesión como { $name }. La aplicación te pide que lo confirmes con una de tus { -passkeys }.
login-username = Nombre de usuario
login-choose = Elige tu { -passkey }
login-button = Iniciar sesión con una { -passkey }
login-done = Sesión iniciada como { $name }.
login-lost = ¿No tienes acceso a tu { -passkey }?
login-new = ¿Eres nuevo?
login-create-account = Crear una cuenta

## Iniciar sesión por correo

email-login-title = Iniciar sesión por correo
email-login-intro = Escribe la dirección de correo de tu cuenta. Te enviaremos un enlace que inicia sesión una sola vez, para que puedas añadir una { -passkey } nueva.
email-login-address = Dirección de correo
email-login-button = Enviarme un enlace
email-login-failed = Algo salió mal ({ $status }).

## Enlace de inicio de sesión de un solo uso

login-link-intro = Este enlace de un solo uso inicia sesión como { $name } ({ $username }), para que puedas añadir una { -passkey } a tu cuenta. Funciona una vez, hasta el { $expires }.

## Crear una llave de acceso

bind-title = Crea tu { -passkey }
bind-for = Para { $name } ({ $username })
bind-intro = Una { -passkey } te permite iniciar sesión sin contraseña.
bind-button = Crear { -passkey }
bind-done = Tu { -passkey } está lista. Ya puedes iniciar sesión con ella.
bind-no-phone = Este navegador no puede usar un teléfono para crear una { -passkey }. Abre este enlace en Chrome, Edge o Safari en un ordenador con Bluetooth.

## Indicaciones según el dispositivo

device-any = Abre esto en el dispositivo que guardará tu { -passkey } (tu teléfono u ordenador). Te pedirá que confirmes con tu huella, tu cara, tu PIN o el bloqueo de pantalla, y guarda la llave en el dispositivo.
device-smartphone = Abre esto en un ordenador, con tu teléfono cerca y el Bluetooth activado. Cuando el navegador pregunte dónde guardar la { -passkey }, elige tu teléfono («Usar un teléfono o una tableta») y escanea el código QR con la cámara del teléfono; la { -passkey } se queda en el teléfono.
device-contactless-card = Ten a mano tu tarjeta sin contacto y un lector de tarjetas (NFC). Cuando el navegador lo pida, elige una llave de seguridad y acerca la tarjeta al lector hasta que termine; la { -passkey } se queda en la tarjeta.
device-hardware-key = Ten a mano tu llave de seguridad FIDO2. Cuando el navegador lo pida, conecta la llave (o acércala al lector) y tócala cuando parpadee; puede que te pida su PIN. La { -passkey } se queda en la llave.

## Código de registro

enroll-page-title = Escribe tu código
enroll-title = Configura tu { -passkey }
enroll-intro = Escribe el código de 9 caracteres que te dio tu administrador. El siguiente paso indica qué hacer con el dispositivo que guardará tu { -passkey }: este teléfono u ordenador, tu teléfono, una llave de seguridad o una tarjeta. El código funciona una vez y solo durante poco tiempo.
enroll-code = Código
enroll-continue = Continuar
enroll-done-signed-in = Tu { -passkey } está lista y has iniciado sesión en este dispositivo.
enroll-to-account = Ir a tu cuenta

## Registro

signup-title = Crea tu cuenta
signup-intro = Elige un nombre de usuario y crea una { -passkey } en este dispositivo: así iniciarás sesión. No necesitas contraseña.
signup-given-name = Nombre
signup-family-name = Apellidos
signup-email = Correo electrónico
signup-button = Crear cuenta y { -passkey }
signup-have-account = ¿Ya tienes una cuenta?
signup-done = Te damos la bienvenida, { $name }. Tu { -passkey } está lista.

## Cuenta

account-title = Tu cuenta
account-console = Ir a la consola de administración
account-signed-in-as = Sesión iniciada como { $name }
account-passkeys = Llaves de acceso
account-welcome = ¡Te damos la bienvenida! Aún no tienes ninguna { -passkey }: añade una ahora para iniciar sesión con ella a partir de ahora.
account-synced = sincronizada
account-device-bound = vinculada al dispositivo
account-created = creada el { $when }
account-last-used = último uso el { $when }
account-removed = eliminada
account-rename = Cambiar nombre
account-remove = Eliminar
account-add = Añadir una { -passkey }
account-sessions = Sesiones abiertas
account-since = desde el { $when }
account-this-browser = este navegador
account-sign-out = Cerrar sesión
account-applications = Aplicaciones
account-remove-access = Quitar acceso
account-no-applications = Todavía ninguna aplicación inicia tu sesión.
account-recent = Inicios de sesión recientes
account-signed-in = Sesión iniciada
account-refused = Rechazado
account-no-signins = Aún no hay inicios de sesión.
account-sign-out-everywhere = Cerrar sesión en todas partes
account-rename-prompt = Nuevo nombre para esta { -passkey }
account-remove-confirm = ¿Eliminar esta { -passkey }? Ya no podrás iniciar sesión con ella.
account-unlink-confirm = ¿Quitar el acceso de esta aplicación? Tendrá que pedírtelo de nuevo.
account-everywhere-confirm = ¿Cerrar sesión en todos los dispositivos, incluido este?
account-language = Idioma
account-language-save = Guardar

## Aplicaciones que piden iniciar tu sesión

consent-page-title = ¿Permitir { $app }?
consent-title = ¿Permitir que { $app } inicie tu sesión?
consent-receives = Has iniciado sesión como { $name }. { $app } recibirá:
consent-withdraw = Puedes retirar este permiso en cualquier momento en la página de tu cuenta.
consent-allow = Permitir
consent-cancel = Cancelar

## Conectar un dispositivo (televisor, línea de comandos)

device-page-title = Conectar un dispositivo
device-confirm-title = ¿Permitir que { $app } inicie sesión en tu dispositivo?
device-check-code = Código { $code }. Continúa solo si es el código que muestra tu dispositivo.
device-intro = Escribe el código que muestra tu dispositivo (un televisor, una línea de comandos, un quiosco).
device-deny = Denegar

## Cerrar sesión en las aplicaciones

logout-page-title = Cerrar sesión
logout-title = ¿Cerrar sesión?
logout-intro = Has iniciado sesión como { $name }. Al cerrar sesión aquí, la cierras en Keybound y en las aplicaciones en las que entraste con él.
form-post-title = Iniciando sesión…

## Configuración del administrador

setup-page-title = Configuración del administrador
setup-title = Te damos la bienvenida, administrador
setup-intro = Este enlace de un solo uso es para { $name } ({ $username }). Crea una { -passkey } en este dispositivo: con ella entrarás a partir de ahora en la consola de Keybound. El enlace funciona una vez, hasta el { $expires }.
setup-done = Tu { -passkey } está lista. Abriendo la consola…

## Mensajes

title-link-invalid = Enlace no válido
title-link-gone = El enlace ya no es válido
title-suspended = Cuenta suspendida
title-signup-unavailable = Registro no disponible
title-something-wrong = Algo salió mal
title-signout-refused = Cierre de sesión rechazado
title-signed-out = Sesión cerrada
text-signed-out = Has cerrado la sesión.
title-request-denied = Solicitud denegada
text-device-denied = No se inició sesión en el dispositivo.
title-no-access = Sin acceso
title-device-connected = Dispositivo conectado
text-device-connected = Has permitido el inicio de sesión. Vuelve a tu dispositivo: continuará por sí solo.
device-unknown-code = Ningún dispositivo espera con ese código. Compruébalo y vuelve a intentarlo, o empieza de nuevo en el dispositivo.
text-link-spent = Este enlace de inicio de sesión ya se ha usado o ha caducado. Pide uno nuevo a tu administrador.

## Correo

email-name-enrollment = Registro de llave de acceso (integrada)
email-name-link = Enlace de inicio de sesión (integrada)
email-name-one-time = Acceso único (integrada)
email-name-pin = PIN de la llave de seguridad (integrada)
email-subject-for = { $subject } para { $organization }
email-hello = Hola, { $name }:
email-enrollment-subject = Configura tu { -passkey }
email-enrollment-intro = Te han invitado a iniciar sesión con una { -passkey }. { $instructions } Después sigue los pasos:
email-enrollment-button = Configurar tu { -passkey }
email-link-subject = Tu enlace de inicio de sesión
email-link-intro = Aquí tienes un enlace de un solo uso para iniciar sesión y añadir una { -passkey } a tu cuenta:
email-link-button = Iniciar sesión
email-one-time-subject = Tu enlace de inicio de sesión de un solo uso
email-one-time-intro = Has pedido un enlace para iniciar sesión sin tu { -passkey }. Si no has sido tú, ignora este correo.
email-one-time-button = Iniciar sesión una vez
email-pin-subject = El PIN de tu llave de seguridad
email-pin-intro = Tu administrador ha configurado para ti la llave de seguridad { $key }. Su PIN, que te pedirá al iniciar sesión, es:
email-expires = Funciona una vez y caduca el { $date } (dentro de { $duration }).
email-date = { $day }/{ $month }/{ $year }, { $time } ({ $zone })
duration-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
duration-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
duration-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}

## El SDK de JS

sdk-not-a-link = Esto no es un enlace de registro de Keybound.
sdk-unsupported = Este navegador no puede crear llaves de acceso.
sdk-cancelled = La solicitud de llave de acceso se canceló o caducó. Vuelve a intentarlo.
sdk-closed = La solicitud de llave de acceso se cerró antes de terminar. Vuelve a intentarlo.
sdk-already-there = Este dispositivo ya tiene una llave de acceso para esta cuenta.
sdk-wrong-site = La dirección de esta página no coincide con el sitio de la llave de acceso. Abre la página desde su dirección habitual y vuelve a intentarlo.
sdk-not-supported = Este dispositivo no puede crear este tipo de llave de acceso. Prueba con otro dispositivo o una llave de seguridad.
sdk-failed = La llave de acceso no funcionó
sdk-unreachable = No se pudo conectar con Keybound
sdk-request-failed = La solicitud falló
sdk-no-passkeys = Este navegador no puede usar llaves de acceso. Usa una versión reciente de Chrome, Edge, Safari o Firefox, u otro dispositivo.

## Scopes

scope-openid = quién eres (un identificador de tu cuenta)
scope-profile = tu nombre y tu nombre de usuario
scope-email = tu dirección de correo
scope-groups = los grupos a los que perteneces
scope-offline-access = acceso mientras no estás

## Devices

device-browser-on-system = { $browser } en { $system }
device-a-browser-on = Un navegador en { $system }
device-unknown = Navegador desconocido
