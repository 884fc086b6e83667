# Keybound em português do Brasil: as páginas em que cada pessoa cria sua chave de acesso, entra
# e gerencia a própria conta.

-passkey = chave de acesso
-passkeys = chaves de acesso

## Todas as páginas

language-name = Português (Brasil)
footer = Keybound
working = Siga as instruções no seu dispositivo…

## Entrar

login-title = Entrar
login-intro = Use a { -passkey } deste dispositivo, um celular por perto ou uma chave de segurança.
login-confirm-title = Confirme que é você
login-confirm-intro = Você entrou como { $name }. O aplicativo pede que você confirme isso com uma das suas { -passkeys }.
login-username = Nome de usuário
login-choose = Escolha sua { -passkey }
login-button = Entrar com uma { -passkey }
login-done = Você entrou como { $name }.
login-lost = Não consegue acessar sua { -passkey }?
login-new = Primeira vez aqui?
login-create-account = Criar uma conta

## Entrar por e-mail

email-login-title = Entrar por e-mail
email-login-intro = Digite o endereço de e-mail da sua conta. Enviaremos um link que faz você entrar uma única vez, para que possa adicionar uma nova { -passkey }.
email-login-address = Endereço de e-mail
email-login-button = Enviar um link
email-login-failed = Algo deu errado ({ $status }).

## Link de acesso de uso único

login-link-intro = Este link de uso único faz você entrar como { $name } ({ $username }), para que possa adicionar uma { -passkey } à sua conta. Ele funciona uma vez, até { $expires }.

## Criar uma chave de acesso

bind-title = Crie sua { -passkey }
bind-for = Para { $name } ({ $username })
bind-intro = Uma { -passkey } permite entrar sem senha.
bind-button = Criar { -passkey }
bind-done = Sua { -passkey } está pronta. Agora você pode entrar com ela.
bind-no-phone = Este navegador não consegue usar um celular para criar uma { -passkey }. Abra este link no Chrome, Edge ou Safari em um computador com Bluetooth.

## Instruções para cada tipo de dispositivo

device-any = Abra isto no dispositivo que vai guardar sua { -passkey } (seu celular ou computador). Ele vai pedir que você confirme com sua digital, rosto, PIN ou bloqueio de tela, e guarda a chave no dispositivo.
device-smartphone = Abra isto em um computador, com seu celular por perto e o Bluetooth ligado. Quando o navegador perguntar onde salvar a { -passkey }, escolha seu celular ("Usar um smartphone ou tablet") e leia o QR code com a câmera do celular; a { -passkey } fica no celular.
device-contactless-card = Tenha em mãos seu cartão por aproximação e um leitor de cartões (NFC). Quando o navegador pedir, escolha uma chave de segurança e mantenha o cartão no leitor até terminar; a { -passkey } fica no cartão.
device-hardware-key = Tenha em mãos sua chave de segurança FIDO2. Quando o navegador pedir, conecte a chave (ou aproxime-a do leitor) e toque nela quando piscar; talvez seja pedido o PIN dela. A { -passkey } fica na chave.

## Código de cadastro

enroll-page-title = Digite seu código
enroll-title = Configure sua { -passkey }
enroll-intro = Digite o código de 9 caracteres que o seu administrador passou. A próxima etapa diz o que fazer com o dispositivo que vai guardar sua { -passkey }: este celular ou computador, seu celular, uma chave de segurança ou um cartão. O código funciona uma vez e só por pouco tempo.
enroll-code = Código
enroll-continue = Continuar
enroll-done-signed-in = Sua { -passkey } está pronta e você entrou neste dispositivo.
enroll-to-account = Ir para sua conta

## Cadastro

signup-title = Crie sua conta
signup-intro = Escolha um nome de usuário e crie uma { -passkey } neste dispositivo: é com ela que você vai entrar. Não precisa de senha.
signup-given-name = Nome
signup-family-name = Sobrenome
signup-email = E-mail
signup-button = Criar conta e { -passkey }
signup-have-account = Já tem uma conta?
signup-done = Boas-vindas, { $name }. Sua { -passkey } está pronta.

## Conta

account-title = Sua conta
account-console = Ir para o console de administração
account-signed-in-as = Você entrou como { $name }
account-passkeys = Chaves de acesso
account-welcome = Boas-vindas! Você ainda não tem uma { -passkey }: adicione uma agora para entrar com ela daqui em diante.
account-synced = sincronizada
account-device-bound = vinculada ao dispositivo
account-created = criada em { $when }
account-last-used = usada pela última vez em { $when }
account-removed = removida
account-rename = Renomear
account-remove = Remover
account-add = Adicionar uma { -passkey }
account-sessions = Sessões ativas
account-since = desde { $when }
account-this-browser = este navegador
account-sign-out = Sair
account-applications = Aplicativos
account-remove-access = Remover acesso
account-no-applications = Nenhum aplicativo faz você entrar ainda.
account-recent = Acessos recentes
account-signed-in = Entrou
account-refused = Recusado
account-no-signins = Nenhum acesso ainda.
account-sign-out-everywhere = Sair de todos os dispositivos
account-rename-prompt = Novo nome para esta { -passkey }
account-remove-confirm = Remover esta { -passkey }? Você não poderá mais entrar com ela.
account-unlink-confirm = Remover o acesso deste aplicativo? Ele terá de pedir de novo.
account-everywhere-confirm = Sair em todos os dispositivos, inclusive neste?
account-language = Idioma
account-language-save = Salvar

## Aplicativos que pedem para fazer você entrar

consent-page-title = Permitir { $app }?
consent-title = Permitir que { $app } faça você entrar?
consent-receives = Você entrou como { $name }. { $app } vai receber:
consent-withdraw = Você pode retirar esta permissão a qualquer momento na página da sua conta.
consent-allow = Permitir
consent-cancel = Cancelar

## Conectar um dispositivo (TV, linha de comando)

device-page-title = Conectar um dispositivo
device-confirm-title = Permitir que { $app } entre no seu dispositivo?
device-check-code = Código { $code }. Só continue se este for o código que seu dispositivo mostra.
device-intro = Digite o código que seu dispositivo (uma TV, uma linha de comando, um quiosque) mostra.
device-deny = Negar

## Sair dos aplicativos

logout-page-title = Sair
logout-title = Sair?
logout-intro = Você entrou como { $name }. Sair aqui faz você sair do Keybound e dos aplicativos em que entrou com ele.
form-post-title = Entrando…

## Configuração do administrador

setup-page-title = Configuração do administrador
setup-title = Boas-vindas, administrador
setup-intro = Este link de uso único é para { $name } ({ $username }). Crie uma { -passkey } neste dispositivo: é com ela que você vai entrar no console do Keybound daqui em diante. O link funciona uma vez, até { $expires }.
setup-done = Sua { -passkey } está pronta. Abrindo o console…

## Mensagens

title-link-invalid = Link inválido
title-link-gone = O link não é mais válido
title-suspended = Conta suspensa
title-signup-unavailable = Cadastro indisponível
title-something-wrong = Algo deu errado
title-signout-refused = Saída recusada
title-signed-out = Você saiu
text-signed-out = Você saiu da sua conta.
title-request-denied = Solicitação negada
text-device-denied = O dispositivo não foi conectado.
title-no-access = Sem acesso
title-device-connected = Dispositivo conectado
text-device-connected = Você permitiu o acesso. Volte ao seu dispositivo: ele continua sozinho.
device-unknown-code = Nenhum dispositivo está aguardando com esse código. Confira e tente de novo, ou recomece no dispositivo.
text-link-spent = Este link de acesso já foi usado ou expirou. Peça um novo ao seu administrador.

## E-mail

email-name-enrollment = Cadastro de chave de acesso (padrão)
email-name-link = Link de acesso (padrão)
email-name-one-time = Acesso único (padrão)
email-name-pin = PIN da chave de segurança (padrão)
email-subject-for = { $subject } para { $organization }
email-hello = Olá, { $name },
email-enrollment-subject = Configure sua { -passkey }
email-enrollment-intro = Você foi convidado a entrar com uma { -passkey }. { $instructions } Depois siga as etapas:
email-enrollment-button = Configurar sua { -passkey }
email-link-subject = Seu link de acesso
email-link-intro = Aqui está um link de uso único para entrar e adicionar uma { -passkey } à sua conta:
email-link-button = Entrar
email-one-time-subject = Seu link de acesso de uso único
email-one-time-intro = Você pediu um link para entrar sem sua { -passkey }. Se não foi você, ignore este e-mail.
email-one-time-button = Entrar uma vez
email-pin-subject = O PIN da sua chave de segurança
email-pin-intro = Seu administrador configurou a chave de segurança { $key } para você. O PIN dela, pedido quando você entra, é:
email-expires = Ele funciona uma vez e expira em { $date } (daqui a { $duration }).
email-date = { $day }/{ $month }/{ $year } às { $time } ({ $zone })
duration-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
duration-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
duration-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}

## O SDK JS

sdk-not-a-link = Este não é um link de cadastro do Keybound.
sdk-unsupported = Este navegador não consegue criar chaves de acesso.
sdk-cancelled = O pedido de chave de acesso foi cancelado ou expirou. Tente de novo.
sdk-closed = O pedido de chave de acesso foi fechado antes de terminar. Tente de novo.
sdk-already-there = Este dispositivo já tem uma chave de acesso para esta conta.
sdk-wrong-site = O endereço desta página não corresponde ao site da chave de acesso. Abra a página pelo endereço de sempre e tente de novo.
sdk-not-supported = Este dispositivo não consegue criar este tipo de chave de acesso. Tente outro dispositivo ou uma chave de segurança.
sdk-failed = A chave de acesso não funcionou
sdk-unreachable = Não foi possível conectar ao Keybound
sdk-request-failed = A solicitação falhou
sdk-no-passkeys = Este navegador não consegue usar chaves de acesso. Use uma versão atual do Chrome, Edge, Safari ou Firefox, ou outro dispositivo.

## Scopes

scope-openid = quem você é (um identificador da sua conta)
scope-profile = seu nome e nome de usuário
scope-email = seu endereço de e-mail
scope-groups = os grupos de que você faz parte
scope-offline-access = acesso enquanto você está ausente

## Devices

device-browser-on-system = { $browser } no { $system }
device-a-browser-on = Um navegador no { $system }
device-unknown = Navegador desconhecido

## O que deu errado, como é dito à pessoa

title-page-not-found = Página não encontrada
text-page-not-found = Não há nenhuma página neste endereço. Confira o link ou comece de novo pela página inicial.
error-passkey-not-accepted = Esta { -passkey } não é aceita aqui. Use outra ou fale com o seu administrador.
error-passkey-removed = Esta { -passkey } não funciona mais aqui: ela foi removida. Entre com outra { -passkey } ou peça uma nova inscrição ao seu administrador.
error-signin-expired = Esta tentativa de acesso expirou ou já foi usada. Comece de novo.
error-passkey-unverified = Não foi possível verificar a { -passkey }: { $reason }
error-passkey-must-verify = Esta { -passkey } precisa verificar você (digital, rosto ou PIN) todas as vezes. Tente de novo e conclua a verificação.
error-passkey-turned-off = Esta { -passkey } foi desativada. Use outra ou fale com o seu administrador.
error-bad-code = Esse código não funciona. Confira-o ou peça um novo ao seu administrador.
error-link-invalid = Este link não é válido. Confira se você o copiou inteiro.
error-too-many-codes = Códigos errados demais vindos da sua rede. Aguarde dez minutos e tente de novo.
error-attempt-expired = Esta tentativa expirou ou já foi usada. Comece de novo.
error-link-complete = Este link já foi usado para criar uma { -passkey }.
error-link-expired = Este link expirou. Peça um novo.
error-link-revoked = Este link foi revogado. Peça um novo.
error-link-undelivered = Não foi possível entregar este convite. Peça um novo.
error-email-signin-off = O acesso por e-mail não é oferecido aqui.
error-too-many-requests = Solicitações demais. Aguarde quinze minutos e tente de novo.
error-admin-link-spent = Este link de administrador já foi usado ou expirou. Execute `keybound admin link` para obter um novo.
error-signup-link-spent = Este link de cadastro se esgotou, expirou ou foi revogado. Peça um novo.
error-signup-off = O cadastro está desativado aqui. Peça uma conta ao seu administrador.
error-signup-needs-link = Para se cadastrar aqui, é preciso um link de convite. Peça um ao seu administrador.
error-username-taken = Esse nome de usuário já está em uso. Escolha outro.
error-last-passkey = Esta é a sua última { -passkey }: sem ela, você não poderá mais entrar. Confirme para removê-la mesmo assim.
error-suspended = Esta conta está suspensa. Fale com o seu administrador.
error-signed-out = Você não está conectado.
error-no-app-access = Sua conta não tem acesso a este aplicativo. Fale com o seu administrador se precisar.
error-model-denied = { $name } ({ $model }) não é permitido por esta organização. Use outro gerenciador de chaves de acesso ou outra chave de segurança.
error-unnamed-model-denied = Este autenticador ({ $model }) não é permitido por esta organização. Use outro gerenciador de chaves de acesso ou outra chave de segurança.
error-synced-not-allowed = Esta seria uma { -passkey } sincronizada (copiada para os seus outros dispositivos pelo seu gerenciador), e esta organização só permite { -passkeys } que ficam em um único dispositivo. Use uma chave de segurança ou um dispositivo que guarde as { -passkeys } para si.
error-not-built-in-smartphone = Aqui é preciso um smartphone, não o autenticador integrado do dispositivo. Use o dispositivo certo e tente de novo.
error-not-built-in-card = Aqui é preciso um cartão por aproximação, não o autenticador integrado do dispositivo. Use o cartão certo e tente de novo.
error-not-built-in-key = Aqui é preciso uma chave de segurança física FIDO2, não o autenticador integrado do dispositivo. Use a chave certa e tente de novo.
error-needs-phone = Aqui é preciso um smartphone conectado por Bluetooth (a opção de celular na janela do navegador). Tente de novo com o seu celular.
error-no-bluetooth = A proximidade Bluetooth está desativada para esta chave: conecte o celular de outra forma (USB) e tente de novo.
error-needs-card = Aqui é preciso um cartão por aproximação encostado no leitor (NFC). Tente de novo com o cartão.
error-needs-key = Aqui é preciso uma chave de segurança FIDO2 (USB, NFC ou Bluetooth). Tente de novo com a chave.
error-no-attestation = Esta chave de segurança não apresentou atestado, e esta organização exige um. Use uma chave aprovada.
error-model-not-approved = Este modelo de chave de segurança ({ $model }) não está na lista aprovada. Use uma chave aprovada.
error-self-attestation = Esta chave de segurança assinou o próprio atestado, o que não prova nada sobre o modelo dela. Use uma chave aprovada certificada pelo fabricante.
error-attestation-untraceable = O atestado desta chave de segurança ({ $format }) não pode ser rastreado até o fabricante. Use uma chave aprovada.
error-model-not-in-metadata = Este modelo de chave de segurança ({ $model }) não está nos metadados FIDO em que esta organização confia. Use uma chave aprovada.
error-mds-revoked = { $model } não pode mais ser usado: a certificação do fabricante foi revogada. Use outra chave de segurança.
error-mds-attestation-compromised = { $model } não pode mais ser usado: a chave de atestado dele foi comprometida. Use outra chave de segurança.
error-mds-keys-extractable = { $model } não pode mais ser usado: as chaves que ele guarda podem ser extraídas. Use outra chave de segurança.
error-mds-verification-bypass = { $model } não pode mais ser usado: a verificação do usuário dele pode ser contornada. Use outra chave de segurança.
error-not-genuine = O certificado de atestado desta chave de segurança não é um dos que o fabricante ({ $maker }) lista. Use uma chave genuína.
oidc-title-unknown-app = Aplicativo desconhecido
oidc-title-refused = Pedido de acesso recusado
oidc-title-expired = Pedido de acesso expirado
oidc-unknown-app = O aplicativo que enviou você para cá não está registrado neste serviço de acesso.
oidc-bad-redirect = O aplicativo pediu para enviar você a um endereço que não registrou, então você não foi enviado para lá.
oidc-request-gone = Este pedido de acesso expirou ou já foi concluído. Volte ao aplicativo e comece de novo.
oidc-request-used = Este pedido de acesso expirou ou já foi usado. Volte ao aplicativo e comece de novo.
oidc-par-required = Este aplicativo envia os pedidos de acesso com antecedência (pedidos de autorização enviados); este chegou diretamente e por isso foi recusado.
oidc-no-redirect = O aplicativo não informou para onde enviar você de volta (redirect_uri).
