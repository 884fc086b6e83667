# Keybound の日本語版：パスキーの作成、サインイン、アカウント管理のページ。

-passkey = パスキー
-passkeys = パスキー

## すべてのページ

language-name = 日本語
footer = Keybound
working = デバイスの画面の指示に従ってください…

## サインイン

login-title = サインイン
login-intro = このデバイスの{ -passkey }、近くのスマートフォン、またはセキュリティキーを使用します。
login-confirm-title = ご本人であることを確認
login-confirm-intro = { $name } としてサインインしています。アプリケーションが、お使いの{ -passkeys }のいずれかで確認するよう求めています。
login-username = ユーザー名
login-choose = { -passkey }を選択
login-button = { -passkey }でサインイン
login-done = { $name } としてサインインしました。
login-lost = { -passkey }を使用できない場合
login-new = 初めてご利用ですか？
login-create-account = アカウントを作成

## メールでサインイン

email-login-title = メールでサインイン
email-login-intro = アカウントのメールアドレスを入力してください。1 回だけサインインできるリンクを送信します。サインイン後、新しい{ -passkey }を追加できます。
email-login-address = メールアドレス
email-login-button = リンクを送信
email-login-failed = 問題が発生しました（{ $status }）。

## 1 回限りのサインインリンク

login-link-intro = この 1 回限りのリンクで { $name }（{ $username }）としてサインインし、アカウントに{ -passkey }を追加できます。{ $expires } まで 1 回だけ使用できます。

## パスキーの作成

bind-title = { -passkey }を作成
bind-for = { $name }（{ $username }）さん用
bind-intro = { -passkey }を使うと、パスワードなしでサインインできます。
bind-button = { -passkey }を作成
bind-done = { -passkey }の準備ができました。これでサインインできます。
bind-no-phone = このブラウザではスマートフォンを使って{ -passkey }を作成できません。Bluetooth を搭載したパソコンの Chrome、Edge、Safari でこのリンクを開いてください。

## デバイスの種類ごとの手順

device-any = { -passkey }を保存するデバイス（スマートフォンまたはパソコン）でこのページを開いてください。指紋、顔、PIN、または画面ロックで確認すると、キーはそのデバイスに保存されます。
device-smartphone = スマートフォンを近くに置き、Bluetooth をオンにした状態で、パソコンでこのページを開いてください。ブラウザが{ -passkey }の保存先を尋ねたら、スマートフォン（「スマートフォンまたはタブレットを使用」）を選び、スマートフォンのカメラで QR コードを読み取ります。{ -passkey }はスマートフォンに保存されます。
device-contactless-card = 非接触カードとカードリーダー（NFC）を用意してください。ブラウザに求められたらセキュリティキーを選び、完了するまでカードをリーダーにかざします。{ -passkey }はカードに保存されます。
device-hardware-key = FIDO2 セキュリティキーを用意してください。ブラウザに求められたらキーを差し込み（またはリーダーにかざし）、点滅したらタッチします。PIN の入力を求められる場合があります。{ -passkey }はキーに保存されます。

## 登録コード

enroll-page-title = コードを入力
enroll-title = { -passkey }の設定
enroll-intro = 管理者から受け取った 9 文字のコードを入力してください。次の画面で、{ -passkey }を保存するデバイス（このスマートフォンやパソコン、お使いのスマートフォン、セキュリティキー、カード）での操作をご案内します。コードは短時間に 1 回だけ使用できます。
enroll-code = コード
enroll-continue = 続行
enroll-done-signed-in = { -passkey }の準備ができ、このデバイスでサインインしました。
enroll-to-account = アカウントへ移動

## アカウント登録

signup-title = アカウントを作成
signup-intro = ユーザー名を決めてから、このデバイスで{ -passkey }を作成してください。これがサインインの方法になります。パスワードは不要です。
signup-given-name = 名
signup-family-name = 姓
signup-email = メールアドレス
signup-button = アカウントと{ -passkey }を作成
signup-have-account = すでにアカウントをお持ちですか？
signup-done = ようこそ、{ $name } さん。{ -passkey }の準備ができました。

## アカウント

account-title = アカウント
account-console = 管理コンソールへ移動
account-signed-in-as = { $name } としてサインイン中
account-passkeys = パスキー
account-welcome = ようこそ。まだ{ -passkey }がありません。今すぐ追加すると、次回からそれでサインインできます。
account-synced = 同期
account-device-bound = デバイス固定
account-created = 作成日 { $when }
account-last-used = 最終使用 { $when }
account-removed = 削除済み
account-rename = 名前を変更
account-remove = 削除
account-add = { -passkey }を追加
account-sessions = サインイン中のセッション
account-since = { $when } から
account-this-browser = このブラウザ
account-sign-out = サインアウト
account-applications = アプリケーション
account-remove-access = アクセスを削除
account-no-applications = まだどのアプリケーションからもサインインしていません。
account-recent = 最近のサインイン
account-signed-in = サインイン
account-refused = 拒否
account-no-signins = サインインの記録はまだありません。
account-sign-out-everywhere = すべてのデバイスでサインアウト
account-rename-prompt = この{ -passkey }の新しい名前
account-remove-confirm = この{ -passkey }を削除しますか？ 今後これでサインインできなくなります。
account-unlink-confirm = このアプリケーションのアクセスを削除しますか？ 再度許可を求められます。
account-everywhere-confirm = このデバイスも含め、すべてのデバイスでサインアウトしますか？
account-language = 言語
account-language-save = 保存

## サインインを求めるアプリケーション

consent-page-title = { $app } を許可しますか？
consent-title = { $app } によるサインインを許可しますか？
consent-receives = { $name } としてサインインしています。{ $app } が受け取る情報：
consent-withdraw = この許可はアカウントページでいつでも取り消せます。
consent-allow = 許可
consent-cancel = キャンセル

## デバイスの接続（テレビ、コマンドライン）

device-page-title = デバイスを接続
device-confirm-title = { $app } がお使いのデバイスでサインインすることを許可しますか？
device-check-code = コード { $code }。デバイスに表示されているコードと同じ場合のみ続行してください。
device-intro = デバイス（テレビ、コマンドライン、キオスク端末）に表示されたコードを入力してください。
device-deny = 拒否

## アプリケーションからのサインアウト

logout-page-title = サインアウト
logout-title = サインアウトしますか？
logout-intro = { $name } としてサインインしています。ここでサインアウトすると、Keybound と、Keybound でサインインしたアプリケーションからサインアウトします。
form-post-title = サインインしています…

## 管理者の設定

setup-page-title = 管理者の設定
setup-title = ようこそ、管理者の方
setup-intro = この 1 回限りのリンクは { $name }（{ $username }）さん用です。このデバイスで{ -passkey }を作成してください。今後はこれで Keybound コンソールにサインインします。リンクは { $expires } まで 1 回だけ使用できます。
setup-done = { -passkey }の準備ができました。コンソールを開いています…

## メッセージ

title-link-invalid = 無効なリンク
title-link-gone = リンクの有効期限が切れています
title-suspended = アカウントは停止されています
title-signup-unavailable = アカウント登録は利用できません
title-something-wrong = 問題が発生しました
title-signout-refused = サインアウトが拒否されました
title-signed-out = サインアウトしました
text-signed-out = サインアウトしました。
title-request-denied = リクエストが拒否されました
text-device-denied = デバイスはサインインしませんでした。
title-no-access = アクセス権がありません
title-device-connected = デバイスを接続しました
text-device-connected = サインインを許可しました。デバイスに戻ってください。自動的に続行されます。
device-unknown-code = このコードで待機しているデバイスはありません。コードを確認してもう一度お試しいただくか、デバイスでやり直してください。
text-link-spent = このサインインリンクは使用済みか、有効期限が切れています。管理者に新しいリンクを依頼してください。

## メール

email-name-enrollment = パスキーの登録（組み込み）
email-name-link = サインインリンク（組み込み）
email-name-one-time = 1 回限りのアクセス（組み込み）
email-name-pin = セキュリティキーの PIN（組み込み）
email-subject-for = { $subject }（{ $organization }）
email-hello = { $name } 様
email-enrollment-subject = { -passkey }を設定してください
email-enrollment-intro = { -passkey }でサインインするよう招待されました。{ $instructions } その後、手順に従ってください：
email-enrollment-button = { -passkey }を設定
email-link-subject = サインインリンク
email-link-intro = サインインしてアカウントに{ -passkey }を追加するための 1 回限りのリンクです：
email-link-button = サインイン
email-one-time-subject = 1 回限りのサインインリンク
email-one-time-intro = { -passkey }を使わずにサインインするためのリンクがリクエストされました。お心当たりがない場合は、このメールを無視してください。
email-one-time-button = 1 回だけサインイン
email-pin-subject = セキュリティキーの PIN
email-pin-intro = 管理者がセキュリティキー { $key } を設定しました。サインイン時に求められる PIN は次のとおりです：
email-expires = 1 回だけ使用でき、{ $date } に期限切れになります（あと { $duration }）。
email-date = { $year }年{ $month }月{ $day }日 { $time }（{ $zone }）
duration-days = { $count }日
duration-hours = { $count }時間
duration-minutes = { $count }分

## JS SDK

sdk-not-a-link = これは Keybound の登録リンクではありません。
sdk-unsupported = このブラウザではパスキーを作成できません。
sdk-cancelled = パスキーの確認がキャンセルされたか、時間切れになりました。もう一度お試しください。
sdk-closed = パスキーの確認が完了前に閉じられました。もう一度お試しください。
sdk-already-there = このデバイスには、このアカウントのパスキーがすでにあります。
sdk-wrong-site = このページのアドレスはパスキーのサイトと一致しません。いつものアドレスからページを開いて、もう一度お試しください。
sdk-not-supported = このデバイスでは、この種類のパスキーを作成できません。別のデバイスかセキュリティキーをお試しください。
sdk-failed = パスキーを使用できませんでした
sdk-unreachable = Keybound に接続できませんでした
sdk-request-failed = リクエストに失敗しました
sdk-no-passkeys = このブラウザではパスキーを使用できません。最新の Chrome、Edge、Safari、Firefox か、別のデバイスをお使いください。

## Scopes

scope-openid = あなたが誰であるか（アカウントの識別子）
scope-profile = 名前とユーザー名
scope-email = メールアドレス
scope-groups = 所属しているグループ
scope-offline-access = 不在時のアクセス

## Devices

device-browser-on-system = { $system } の { $browser }
device-a-browser-on = { $system } のブラウザー
device-unknown = 不明なブラウザー

## 問題が起きたときに伝える内容

title-page-not-found = ページが見つかりません
text-page-not-found = このアドレスにはページがありません。リンクを確認するか、トップページからやり直してください。
error-passkey-not-accepted = この{ -passkey }はここでは使用できません。別の{ -passkey }を使うか、管理者に問い合わせてください。
error-passkey-removed = この{ -passkey }は削除されたため、ここでは使えなくなりました。別の{ -passkey }でサインインするか、管理者に新しい登録を依頼してください。
error-signin-expired = このサインインの試行は期限切れか、すでに使用されています。最初からやり直してください。
error-passkey-unverified = { -passkey }を検証できませんでした: { $reason }
error-passkey-must-verify = この{ -passkey }では毎回本人確認 (指紋、顔、PIN) が必要です。もう一度試して、確認を完了してください。
error-passkey-turned-off = この{ -passkey }は無効にされています。別の{ -passkey }を使うか、管理者に問い合わせてください。
error-bad-code = このコードは使えません。コードを確認するか、管理者に新しいコードを依頼してください。
error-link-invalid = このリンクは無効です。すべてコピーされているか確認してください。
error-too-many-codes = お使いのネットワークから誤ったコードが多すぎます。10 分待ってからもう一度お試しください。
error-attempt-expired = この試行は期限切れか、すでに使用されています。最初からやり直してください。
error-link-complete = このリンクはすでに{ -passkey }の作成に使用されています。
error-link-expired = このリンクは期限切れです。新しいリンクを依頼してください。
error-link-revoked = このリンクは無効化されています。新しいリンクを依頼してください。
error-link-undelivered = この招待を配信できませんでした。新しい招待を依頼してください。
error-email-signin-off = ここではメールによるサインインは提供されていません。
error-too-many-requests = リクエストが多すぎます。15 分待ってからもう一度お試しください。
error-admin-link-spent = この管理者リンクは使用済みか期限切れです。新しいリンクを得るには `keybound admin link` を実行してください。
error-signup-link-spent = この登録リンクは使い切られたか、期限切れか、無効化されています。新しいリンクを依頼してください。
error-signup-off = ここでは登録が無効になっています。管理者にアカウントを依頼してください。
error-signup-needs-link = ここで登録するには招待リンクが必要です。管理者に依頼してください。
error-username-taken = そのユーザー名はすでに使われています。別のユーザー名を選んでください。
error-last-passkey = これは最後の{ -passkey }です。削除するとサインインできなくなります。それでも削除する場合は確認してください。
error-suspended = このアカウントは停止されています。管理者に連絡してください。
error-signed-out = サインインしていません。
error-no-app-access = あなたのアカウントにはこのアプリケーションへのアクセス権がありません。必要な場合は管理者に問い合わせてください。
error-model-denied = { $name } ({ $model }) はこの組織では許可されていません。別のパスキープロバイダーかセキュリティキーを使ってください。
error-unnamed-model-denied = この認証器 ({ $model }) はこの組織では許可されていません。別のパスキープロバイダーかセキュリティキーを使ってください。
error-synced-not-allowed = これは同期される{ -passkey } (パスキープロバイダーが他のデバイスにコピーするもの) になりますが、この組織では 1 台のデバイスにとどまる{ -passkeys }しか許可されていません。セキュリティキーか、{ -passkeys }をデバイス内に保持するデバイスを使ってください。
error-not-built-in-smartphone = デバイス内蔵の認証器ではなく、スマートフォンが必要です。正しいデバイスでもう一度お試しください。
error-not-built-in-card = デバイス内蔵の認証器ではなく、非接触カードが必要です。正しいカードでもう一度お試しください。
error-not-built-in-key = デバイス内蔵の認証器ではなく、FIDO2 ハードウェアセキュリティキーが必要です。正しいキーでもう一度お試しください。
error-needs-phone = Bluetooth で接続したスマートフォン (ブラウザーのダイアログのスマートフォンの選択肢) が必要です。スマートフォンでもう一度お試しください。
error-no-bluetooth = このキーでは Bluetooth による近接確認が無効です。別の方法 (USB) でスマートフォンを接続して、もう一度お試しください。
error-needs-card = リーダーにかざす非接触カード (NFC) が必要です。カードでもう一度お試しください。
error-needs-key = FIDO2 セキュリティキー (USB、NFC、Bluetooth) が必要です。キーでもう一度お試しください。
error-no-attestation = このセキュリティキーはアテステーションを提示しませんでしたが、この組織では必須です。承認済みのキーを使ってください。
error-model-not-approved = このセキュリティキーのモデル ({ $model }) は承認リストにありません。承認済みのキーを使ってください。
error-self-attestation = このセキュリティキーは自身でアテステーションに署名しており、モデルについて何も証明しません。メーカーが認証した承認済みのキーを使ってください。
error-attestation-untraceable = このセキュリティキーのアテステーション ({ $format }) はメーカーまでたどれません。承認済みのキーを使ってください。
error-model-not-in-metadata = このセキュリティキーのモデル ({ $model }) は、この組織が信頼する FIDO メタデータにありません。承認済みのキーを使ってください。
error-mds-revoked = { $model } はもう使用できません。メーカーの認証が取り消されました。別のセキュリティキーを使ってください。
error-mds-attestation-compromised = { $model } はもう使用できません。アテステーション鍵が漏洩しています。別のセキュリティキーを使ってください。
error-mds-keys-extractable = { $model } はもう使用できません。保存された鍵を取り出せてしまいます。別のセキュリティキーを使ってください。
error-mds-verification-bypass = { $model } はもう使用できません。本人確認を回避できてしまいます。別のセキュリティキーを使ってください。
error-not-genuine = このセキュリティキーのアテステーション証明書は、メーカー ({ $maker }) が記載しているものではありません。正規のキーを使ってください。
oidc-title-unknown-app = 不明なアプリケーション
oidc-title-refused = サインイン要求が拒否されました
oidc-title-expired = サインイン要求の期限切れ
oidc-unknown-app = ここに案内したアプリケーションは、このサインインサービスに登録されていません。
oidc-bad-redirect = アプリケーションが登録されていないアドレスへの移動を求めたため、移動しませんでした。
oidc-request-gone = このサインイン要求は期限切れか、すでに完了しています。アプリケーションに戻って最初からやり直してください。
oidc-request-used = このサインイン要求は期限切れか、すでに使用されています。アプリケーションに戻って最初からやり直してください。
oidc-par-required = このアプリケーションはサインイン要求を事前に送信します (プッシュ型認可リクエスト)。この要求は直接届いたため拒否されました。
oidc-no-redirect = アプリケーションが戻り先 (redirect_uri) を指定しませんでした。
