# Keybound 简体中文版：创建通行密钥、登录和管理账户的页面。

-passkey = 通行密钥
-passkeys = 通行密钥

## 所有页面

language-name = 简体中文
footer = Keybound
working = 请按照设备上的提示操作…

## 登录

login-title = 登录
login-intro = 使用此设备上的{ -passkey }、附近的手机或安全密钥。
login-confirm-title = 确认是您本人
login-confirm-intro = 您已以 { $name } 的身份登录。应用要求您使用您的一个{ -passkeys }进行确认。
login-username = 用户名
login-choose = 选择您的{ -passkey }
login-button = 使用{ -passkey }登录
login-done = 已以 { $name } 的身份登录。
login-lost = 无法使用您的{ -passkey }？
login-new = 第一次来？
login-create-account = 创建账户

## 通过电子邮件登录

email-login-title = 通过电子邮件登录
email-login-intro = 请输入您账户的电子邮件地址。我们会发送一个仅可登录一次的链接，以便您添加新的{ -passkey }。
email-login-address = 电子邮件地址
email-login-button = 给我发送链接
email-login-failed = 出现问题（{ $status }）。

## 一次性登录链接

login-link-intro = 此一次性链接将以 { $name }（{ $username }）的身份登录，以便您为账户添加{ -passkey }。它只能使用一次，有效期至 { $expires }。

## 创建通行密钥

bind-title = 创建您的{ -passkey }
bind-for = 用户：{ $name }（{ $username }）
bind-intro = 使用{ -passkey }，无需密码即可登录。
bind-button = 创建{ -passkey }
bind-done = 您的{ -passkey }已就绪，现在可以用它登录了。
bind-no-phone = 此浏览器无法使用手机创建{ -passkey }。请在带有蓝牙的电脑上用 Chrome、Edge 或 Safari 打开此链接。

## 按设备类型的说明

device-any = 请在将保存{ -passkey }的设备（您的手机或电脑）上打开此页面。设备会要求您用指纹、面容、PIN 或屏幕锁确认，并将密钥保存在设备上。
device-smartphone = 请在电脑上打开此页面，手机放在附近并打开蓝牙。当浏览器询问将{ -passkey }保存在哪里时，选择您的手机（“使用手机或平板电脑”），并用手机相机扫描二维码；{ -passkey }将保存在手机上。
device-contactless-card = 请准备好非接触式卡片和读卡器（NFC）。浏览器提示时，选择安全密钥，并将卡片放在读卡器上直到完成；{ -passkey }将保存在卡片上。
device-hardware-key = 请准备好您的 FIDO2 安全密钥。浏览器提示时，插入密钥（或靠近读卡器），并在其闪烁时触摸；可能会要求您输入它的 PIN。{ -passkey }将保存在密钥上。

## 注册码

enroll-page-title = 输入您的代码
enroll-title = 设置您的{ -passkey }
enroll-intro = 请输入管理员提供的 9 位代码。下一步将告诉您如何使用保存{ -passkey }的设备：此手机或电脑、您的手机、安全密钥或卡片。代码只能使用一次，且有效时间很短。
enroll-code = 代码
enroll-continue = 继续
enroll-done-signed-in = 您的{ -passkey }已就绪，并已在此设备上登录。
enroll-to-account = 前往您的账户

## 注册

signup-title = 创建您的账户
signup-intro = 请选择用户名，然后在此设备上创建{ -passkey }：以后您将用它登录，无需密码。
signup-given-name = 名
signup-family-name = 姓
signup-email = 电子邮件
signup-button = 创建账户和{ -passkey }
signup-have-account = 已有账户？
signup-done = 欢迎，{ $name }。您的{ -passkey }已就绪。

## 账户

account-title = 您的账户
account-console = 前往管理控制台
account-signed-in-as = 当前登录身份：{ $name }
account-passkeys = 通行密钥
account-welcome = 欢迎！您还没有{ -passkey }：现在添加一个，以后即可用它登录。
account-synced = 已同步
account-device-bound = 绑定设备
account-created = 创建于 { $when }
account-last-used = 上次使用 { $when }
account-removed = 已删除
account-rename = 重命名
account-remove = 删除
account-add = 添加{ -passkey }
account-sessions = 已登录的会话
account-since = 自 { $when } 起
account-this-browser = 此浏览器
account-sign-out = 退出登录
account-applications = 应用
account-remove-access = 移除访问权限
account-no-applications = 还没有应用通过此账户登录。
account-recent = 最近的登录
account-signed-in = 已登录
account-refused = 已拒绝
account-no-signins = 暂无登录记录。
account-sign-out-everywhere = 在所有设备上退出登录
account-rename-prompt = 此{ -passkey }的新名称
account-remove-confirm = 删除此{ -passkey }？之后将无法再用它登录。
account-unlink-confirm = 移除此应用的访问权限？它需要再次征求您的同意。
account-everywhere-confirm = 在所有设备（包括此设备）上退出登录？
account-language = 语言
account-language-save = 保存

## 请求登录的应用

consent-page-title = 允许 { $app }？
consent-title = 允许 { $app } 为您登录？
consent-receives = 您已以 { $name } 的身份登录。{ $app } 将获得：
consent-withdraw = 您可以随时在账户页面撤销此授权。
consent-allow = 允许
consent-cancel = 取消

## 连接设备（电视、命令行）

device-page-title = 连接设备
device-confirm-title = 允许 { $app } 在您的设备上登录？
device-check-code = 代码 { $code }。仅当您的设备显示的正是此代码时才继续。
device-intro = 请输入您的设备（电视、命令行、自助终端）上显示的代码。
device-deny = 拒绝

## 退出应用

logout-page-title = 退出登录
logout-title = 退出登录？
logout-intro = 您已以 { $name } 的身份登录。在此退出登录将同时退出 Keybound 以及您通过它登录的应用。
form-post-title = 正在登录…

## 管理员设置

setup-page-title = 管理员设置
setup-title = 欢迎，管理员
setup-intro = 此一次性链接供 { $name }（{ $username }）使用。请在此设备上创建{ -passkey }：以后您将用它登录 Keybound 控制台。链接只能使用一次，有效期至 { $expires }。
setup-done = 您的{ -passkey }已就绪。正在打开控制台…

## 消息

title-link-invalid = 链接无效
title-link-gone = 链接已失效
title-suspended = 账户已停用
title-signup-unavailable = 无法注册
title-something-wrong = 出现问题
title-signout-refused = 退出登录被拒绝
title-signed-out = 已退出登录
text-signed-out = 您已退出登录。
title-request-denied = 请求已拒绝
text-device-denied = 设备未登录。
title-no-access = 无权访问
title-device-connected = 设备已连接
text-device-connected = 您已允许登录。请返回您的设备：它会自动继续。
device-unknown-code = 没有设备在等待此代码。请检查代码后重试，或在设备上重新开始。
text-link-spent = 此登录链接已被使用或已过期。请向管理员索取新链接。

## 电子邮件

email-name-enrollment = 通行密钥注册（内置）
email-name-link = 登录链接（内置）
email-name-one-time = 一次性访问（内置）
email-name-pin = 安全密钥 PIN（内置）
email-subject-for = { $subject }（{ $organization }）
email-hello = { $name }，您好：
email-enrollment-subject = 设置您的{ -passkey }
email-enrollment-intro = 您已受邀使用{ -passkey }登录。{ $instructions } 然后按照以下步骤操作：
email-enrollment-button = 设置您的{ -passkey }
email-link-subject = 您的登录链接
email-link-intro = 这是一个一次性链接，可用于登录并为您的账户添加{ -passkey }：
email-link-button = 登录
email-one-time-subject = 您的一次性登录链接
email-one-time-intro = 您请求了一个无需{ -passkey }即可登录的链接。如果不是您本人操作，请忽略此邮件。
email-one-time-button = 登录一次
email-pin-subject = 您的安全密钥的 PIN
email-pin-intro = 管理员已为您设置安全密钥 { $key }。登录时它会要求输入的 PIN 是：
email-expires = 它只能使用一次，将于 { $date } 过期（还有 { $duration }）。
email-date = { $year }年{ $month }月{ $day }日 { $time }（{ $zone }）
duration-days = { $count } 天
duration-hours = { $count } 小时
duration-minutes = { $count } 分钟

## JS SDK

sdk-not-a-link = 这不是 Keybound 注册链接。
sdk-unsupported = 此浏览器无法创建通行密钥。
sdk-cancelled = 通行密钥请求已取消或超时。请重试。
sdk-closed = 通行密钥请求在完成前被关闭。请重试。
sdk-already-there = 此设备已有该账户的通行密钥。
sdk-wrong-site = 此页面的地址与通行密钥所属的网站不符。请从常用地址打开页面后重试。
sdk-not-supported = 此设备无法创建此类通行密钥。请尝试其他设备或安全密钥。
sdk-failed = 通行密钥未能使用
sdk-unreachable = 无法连接 Keybound
sdk-request-failed = 请求失败
sdk-no-passkeys = 此浏览器无法使用通行密钥。请使用最新版 Chrome、Edge、Safari 或 Firefox，或换用其他设备。

## Scopes

scope-openid = 您的身份（您账户的标识符）
scope-profile = 您的姓名和用户名
scope-email = 您的电子邮件地址
scope-groups = 您所在的群组
scope-offline-access = 您不在时的访问权限

## Devices

device-browser-on-system = { $system } 上的 { $browser }
device-a-browser-on = { $system } 上的浏览器
device-unknown = 未知浏览器

## 出现问题时告知用户的内容

title-page-not-found = 找不到页面
text-page-not-found = 此地址没有页面。请检查链接，或从首页重新开始。
error-passkey-not-accepted = 此处不接受这个{ -passkey }。请使用其他{ -passkey }，或联系管理员。
error-passkey-removed = 这个{ -passkey }已被移除，在此处不再可用。请使用其他{ -passkey }登录，或请管理员重新为你注册。
error-signin-expired = 此次登录尝试已过期或已被使用。请重新开始。
error-passkey-unverified = 无法验证{ -passkey }：{ $reason }
error-passkey-must-verify = 这个{ -passkey }每次都必须验证你的身份（指纹、面容或 PIN）。请重试并完成验证。
error-passkey-turned-off = 这个{ -passkey }已被停用。请使用其他{ -passkey }，或联系管理员。
error-bad-code = 该代码无效。请检查，或向管理员索取新代码。
error-link-invalid = 此链接无效。请检查是否完整复制。
error-too-many-codes = 你的网络输入错误代码次数过多。请等待十分钟后重试。
error-attempt-expired = 此次尝试已过期或已被使用。请重新开始。
error-link-complete = 此链接已用于创建{ -passkey }。
error-link-expired = 此链接已过期。请索取新链接。
error-link-revoked = 此链接已被撤销。请索取新链接。
error-link-undelivered = 此邀请未能送达。请索取新邀请。
error-email-signin-off = 此处不提供邮件登录。
error-too-many-requests = 请求过多。请等待十五分钟后重试。
error-admin-link-spent = 此管理员链接已被使用或已过期。运行 `keybound admin link` 获取新链接。
error-signup-link-spent = 此注册链接已用完、已过期或已被撤销。请索取新链接。
error-signup-off = 此处已关闭注册。请向管理员申请账户。
error-signup-needs-link = 在此注册需要邀请链接。请向管理员索取。
error-username-taken = 该用户名已被占用。请另选一个。
error-last-passkey = 这是你最后一个{ -passkey }：没有它你将无法再次登录。如仍要删除，请确认。
error-suspended = 此账户已停用。请联系管理员。
error-signed-out = 你尚未登录。
error-no-app-access = 你的账户无权访问此应用。如有需要，请联系管理员。
error-model-denied = 此组织不允许使用 { $name }（{ $model }）。请使用其他密钥提供方或安全密钥。
error-unnamed-model-denied = 此组织不允许使用此验证器（{ $model }）。请使用其他密钥提供方或安全密钥。
error-synced-not-allowed = 这将是一个同步的{ -passkey }（由密钥提供方复制到你的其他设备），而此组织只允许保留在单一设备上的{ -passkeys }。请使用安全密钥，或将{ -passkeys }保存在本机的设备。
error-not-built-in-smartphone = 此处需要智能手机，而不是设备内置的验证器。请使用正确的设备重试。
error-not-built-in-card = 此处需要非接触式卡，而不是设备内置的验证器。请使用正确的卡片重试。
error-not-built-in-key = 此处需要 FIDO2 硬件安全密钥，而不是设备内置的验证器。请使用正确的密钥重试。
error-needs-phone = 此处需要通过蓝牙连接的智能手机（浏览器对话框中的手机选项）。请用你的手机重试。
error-no-bluetooth = 此密钥已关闭蓝牙近距离检测：请用其他方式（USB）连接手机后重试。
error-needs-card = 此处需要贴近读卡器的非接触式卡（NFC）。请用卡片重试。
error-needs-key = 此处需要 FIDO2 安全密钥（USB、NFC 或蓝牙）。请用密钥重试。
error-no-attestation = 此安全密钥未提供证明，而此组织要求提供。请使用经批准的密钥。
error-model-not-approved = 此安全密钥型号（{ $model }）不在批准列表中。请使用经批准的密钥。
error-self-attestation = 此安全密钥自行签署了证明，无法证明其型号。请使用由厂商认证的经批准密钥。
error-attestation-untraceable = 此安全密钥的证明（{ $format }）无法追溯到其厂商。请使用经批准的密钥。
error-model-not-in-metadata = 此安全密钥型号（{ $model }）不在此组织信任的 FIDO 元数据中。请使用经批准的密钥。
error-mds-revoked = { $model } 已不能再使用：其厂商认证已被撤销。请使用其他安全密钥。
error-mds-attestation-compromised = { $model } 已不能再使用：其证明密钥已泄露。请使用其他安全密钥。
error-mds-keys-extractable = { $model } 已不能再使用：其中保存的密钥可被提取。请使用其他安全密钥。
error-mds-verification-bypass = { $model } 已不能再使用：其用户验证可被绕过。请使用其他安全密钥。
error-not-genuine = 此安全密钥的证明证书不在其厂商（{ $maker }）列出的证书之中。请使用正品密钥。
oidc-title-unknown-app = 未知应用
oidc-title-refused = 登录请求被拒绝
oidc-title-expired = 登录请求已过期
oidc-unknown-app = 将你引导到此处的应用未在此登录服务中注册。
oidc-bad-redirect = 该应用要求将你发送到一个未注册的地址，因此没有将你发送过去。
oidc-request-gone = 此登录请求已过期或已完成。请返回应用重新开始。
oidc-request-used = 此登录请求已过期或已被使用。请返回应用重新开始。
oidc-par-required = 此应用会预先发送登录请求（推送授权请求）；此请求是直接发来的，因此被拒绝。
oidc-no-redirect = 该应用未说明要将你送回何处（redirect_uri）。
