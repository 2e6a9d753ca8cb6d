<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="35"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="43"/>
        <source>(the address in the configuration cannot be read)</source>
        <translation>（設定ファイルの接続先を読み取れません）</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="46"/>
        <source>SQLite in memory (nothing is kept)</source>
        <translation>SQLite（メモリ上、保存されません）</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="47"/>
        <source>SQLite file %1</source>
        <translation>SQLite ファイル %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="69"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="69"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="70"/>
        <source>Configuration file</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="70"/>
        <source>Log folder</source>
        <translation>ログフォルダ</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="77"/>
        <source>built-in defaults (no configuration file)</source>
        <translation>標準の設定（設定ファイルなし）</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="87"/>
        <source>About the back office</source>
        <translation>このシステムについて</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="89"/>
        <source>Online applications back office — %1</source>
        <translation>オンライン申請 バックオフィス — %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="100"/>
        <location filename="../../ui/about.py" line="102"/>
        <source>Copy for the support desk</source>
        <translation>サポート用にコピー</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="116"/>
        <source>Copied. Paste it into your message to the support desk.</source>
        <translation>コピーしました。問い合わせ窓口への連絡に貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="125"/>
        <source>The two passwords differ. Type them again.</source>
        <translation>パスワードが 2 回で一致しません。もう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="122"/>
        <source>Choose the departments whose applications the person works on.</source>
        <translation>この職員が担当する申請の所属課を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="119"/>
        <source>Choose at least one role.</source>
        <translation>役割を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="116"/>
        <source>Enter the staff code and the name.</source>
        <translation>職員コードと氏名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="103"/>
        <source>The person chooses their own password at the first login.</source>
        <translation>本人が初回ログイン時に自分のパスワードを決めます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="94"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="93"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="89"/>
        <source>First password again</source>
        <translation>初回パスワード（確認）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="88"/>
        <source>First password</source>
        <translation>初回パスワード</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="82"/>
        <source>Departments (the applications the person may see)</source>
        <translation>所属課（この職員が見られる申請）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="78"/>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="77"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="76"/>
        <source>Staff code</source>
        <translation>職員コード</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="56"/>
        <source>Roles and departments of %1</source>
        <translation>%1 の役割と所属課</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="55"/>
        <source>Add a staff account</source>
        <translation>職員アカウントの追加</translation>
    </message>
</context>
<context>
    <name>ApplicationDetailWidget</name>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="34"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="35"/>
        <source>Applicant</source>
        <translation>申請者</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="36"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="37"/>
        <source>Claimed by</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="38"/>
        <source>Delivery</source>
        <translation>交付方法</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="39"/>
        <source>Due</source>
        <translation>処理期限</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="40"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="41"/>
        <source>Form</source>
        <translation>申請内容</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="42"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="43"/>
        <source>Internal comments</source>
        <translation>内部コメント</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="44"/>
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="45"/>
        <source>No changes</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="46"/>
        <source>No e-signature</source>
        <translation>電子署名なし</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="47"/>
        <source>Payment</source>
        <translation>支払</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="48"/>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="49"/>
        <source>Recommendation</source>
        <translation>起案</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="50"/>
        <source>Sanitization</source>
        <translation>無害化処理</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="51"/>
        <source>Signature</source>
        <translation>電子署名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="52"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="53"/>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="54"/>
        <source>refused by the gateway</source>
        <translation>ゲートウェイで拒否</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="55"/>
        <source>two-step approval</source>
        <translation>二段階決裁</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="102"/>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="121"/>
        <source>Attachments</source>
        <translation>添付書類</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="127"/>
        <source>Open inquiry</source>
        <translation>問い合わせを開く</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="128"/>
        <source>Show the chosen inquiry on the inquiries page (Enter or double-click on it)</source>
        <translation>選んだ問い合わせを問い合わせ画面で開きます（Enter キーまたはダブルクリックでも開けます）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="131"/>
        <source>Inquiries about this application</source>
        <translation>この申請に関する問い合わせ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="159"/>
        <source>approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="159"/>
        <source>reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="166"/>
        <source>This person is protected by support measures. Only a supervisor may see the applicant, the form and the attachments, and decide; hand it to a supervisor.</source>
        <translation>この方は支援措置の対象です。申請者・申請内容・添付書類の閲覧と判断は決裁者だけができます。決裁者に回してください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="172"/>
        <source>This person is protected by support measures: never tell anyone their address or whereabouts. Your view is recorded in the audit log.</source>
        <translation>この方は支援措置の対象です。住所や居所を誰にも伝えないでください。この閲覧は監査ログに記録されます。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="175"/>
        <location filename="../../ui/widgets/detail_widget.py" line="257"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="175"/>
        <location filename="../../ui/widgets/detail_widget.py" line="257"/>
        <source>Kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="176"/>
        <location filename="../../ui/widgets/detail_widget.py" line="258"/>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="176"/>
        <location filename="../../ui/widgets/detail_widget.py" line="258"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="177"/>
        <location filename="../../ui/widgets/detail_widget.py" line="259"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="177"/>
        <location filename="../../ui/widgets/detail_widget.py" line="259"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="177"/>
        <location filename="../../ui/widgets/detail_widget.py" line="260"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="182"/>
        <source>Fee due</source>
        <translation>手数料</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="182"/>
        <location filename="../../ui/widgets/detail_widget.py" line="261"/>
        <source>Paid</source>
        <translation>支払額</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="183"/>
        <location filename="../../ui/widgets/detail_widget.py" line="187"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="183"/>
        <location filename="../../ui/widgets/detail_widget.py" line="261"/>
        <source>Transaction</source>
        <translation>取引番号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="184"/>
        <location filename="../../ui/widgets/detail_widget.py" line="262"/>
        <source>Paid at</source>
        <translation>支払日時</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="188"/>
        <source>Appointment</source>
        <translation>来庁予約</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="206"/>
        <source>What changed since revision %1</source>
        <translation>第 %1 版からの変更点</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="227"/>
        <source>Sanitized %1</source>
        <translation>処理日時: %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="254"/>
        <source>Form item</source>
        <translation>申請項目</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="256"/>
        <source>Attachment %1</source>
        <translation>添付書類 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="260"/>
        <source>Payment method</source>
        <translation>支払方法</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="262"/>
        <source>Delivery method</source>
        <translation>交付方法</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="263"/>
        <source>Other item</source>
        <translation>その他の項目</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/detail_widget.py" line="293"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="311"/>
        <source>Inquiry number: %1</source>
        <translation>問い合わせ番号：%1</translation>
    </message>
    <message>
        <source>Inquiry %1: %2</source>
        <translation type="vanished">問い合わせ %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="57"/>
        <source>Notices to the applicant</source>
        <translation>申請者への通知</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="58"/>
        <source>written %1</source>
        <translation>ポータルへ送信 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="59"/>
        <source>not written yet</source>
        <translation>未送信</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="60"/>
        <source>acknowledged %1</source>
        <translation>ポータル受領 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="61"/>
        <source>not acknowledged yet</source>
        <translation>ポータル未確認</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="62"/>
        <source>Inquiries</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="63"/>
        <source>Received notice</source>
        <translation>受付</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="64"/>
        <source>Correction request</source>
        <translation>補正依頼</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="65"/>
        <source>Approval</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="66"/>
        <source>Rejection</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="67"/>
        <source>Issued notice</source>
        <translation>発行</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="68"/>
        <source>Ready for pickup</source>
        <translation>受取準備完了</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="69"/>
        <source>Handed over</source>
        <translation>交付</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="70"/>
        <source>Withdrawal</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="71"/>
        <source>Appointment booked</source>
        <translation>窓口予約</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="72"/>
        <source>Appointment cancelled</source>
        <translation>窓口予約の取消</translation>
    </message>
</context>
<context>
    <name>ApplicationPage</name>
    <message>
        <location filename="../../ui/pages/application_page.py" line="114"/>
        <source>Stop retrying</source>
        <translation>再試行をやめる</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="115"/>
        <source>Stop sending it again; what you typed stays here</source>
        <translation>再送信をやめます。入力した内容はそのまま残ります</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="152"/>
        <source>Open an application from a queue (Enter) or take the next one (Ctrl+N).</source>
        <translation>審査キューから申請を開く（Enter）か、次の申請を取得（Ctrl+N）してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="187"/>
        <location filename="../../ui/pages/application_page.py" line="347"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="210"/>
        <source>Read only: %1</source>
        <translation>閲覧のみ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="212"/>
        <source>You are working on this application (%1).</source>
        <translation>この申請を担当しています（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="215"/>
        <source>Read only (%1).</source>
        <translation>閲覧のみ（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="221"/>
        <source>Attachments are shown to reviewers and supervisors only.</source>
        <translation>添付書類は審査担当と決裁者だけが見られます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="227"/>
        <source>No attachment to show</source>
        <translation>表示できる添付書類はありません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="258"/>
        <source>Your role may not see inquiries. Ask a colleague who handles inquiries (inquiry %1).</source>
        <translation>あなたの役割では問い合わせを見ることができません。問い合わせを担当する職員に依頼してください（問い合わせ番号 %1）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="333"/>
        <source>The lease was lost: %1</source>
        <translation>担当の確保が失われました: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="368"/>
        <source>This document cannot be shown: %1</source>
        <translation>この書類は表示できません: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="375"/>
        <source>Enter a reason: it is sent to the applicant.</source>
        <translation>理由を入力してください（申請者に通知されます）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="415"/>
        <source>The reason still holds a template placeholder (highlighted): replace it before sending.</source>
        <translation>理由に定型文の差し込み箇所（黄色の部分）が残っています。実際の内容に書き換えてから送ってください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="422"/>
        <source>Approve %1? The applicant is notified that it is approved.</source>
        <translation>%1 を承認しますか？申請者に承認が通知されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="423"/>
        <source>Reject %1? The applicant is notified, with the reason below.</source>
        <translation>%1 を却下しますか？申請者に通知されます（理由は下のとおり）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="424"/>
        <source>Return %1 for correction? The applicant is notified, with the reason below.</source>
        <translation>%1 を補正依頼にしますか？申請者に通知されます（理由は下のとおり）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="425"/>
        <source>Record that %1 is withdrawn? The applicant is notified.</source>
        <translation>%1 の取下げを記録しますか？申請者に通知されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="427"/>
        <source>Send to the applicant</source>
        <translation>申請者への送信</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="456"/>
        <source>Cannot reach the database. Your input is kept. Trying to reconnect… (attempt %1 failed; next try in %2 s)</source>
        <translation>データベースに接続できません。入力内容は保持されています。再接続を試みています…（%1 回目の試行に失敗、%2 秒後に再試行）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="468"/>
        <source>Not recorded. What you typed is still here; send it again when the database is back.</source>
        <translation>記録されていません。入力内容は残っています。データベースが復旧したら、もう一度送信してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="483"/>
        <source>The database is back; your input was recorded once.</source>
        <translation>データベースが復旧し、入力内容を 1 回だけ記録しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="498"/>
        <source>Recorded: %1</source>
        <translation>記録しました: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="388"/>
        <source>Enter the reason for the withdrawal.</source>
        <translation>取下げの理由を入力してください。</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Booked</source>
        <translation type="vanished">予約済み</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="vanished">来庁済み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="77"/>
        <source>No-show</source>
        <translation>不来庁</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="vanished">取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="61"/>
        <location filename="../../ui/pages/appointments_page.py" line="106"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="62"/>
        <source>Seat</source>
        <translation>席</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="63"/>
        <location filename="../../ui/pages/appointments_page.py" line="107"/>
        <source>Visitor</source>
        <translation>来庁者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="64"/>
        <location filename="../../ui/pages/appointments_page.py" line="108"/>
        <source>Purpose</source>
        <translation>用件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="65"/>
        <location filename="../../ui/pages/appointments_page.py" line="109"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="66"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="77"/>
        <source>Check in</source>
        <translation>受付（来庁）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="78"/>
        <source>Cancel appointment</source>
        <translation>予約取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="78"/>
        <source>Open application</source>
        <translation>申請を開く</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="88"/>
        <source>Book</source>
        <translation>予約する</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="90"/>
        <source>Book the applicant&apos;s requested time</source>
        <translation>申請者の希望日時で予約</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="92"/>
        <source>Link selected to application</source>
        <translation>選択した予約を申請に紐付け</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="96"/>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="98"/>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="104"/>
        <source>Book by hand</source>
        <translation>窓口・電話での予約</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/appointments_page.py" line="180"/>
        <source>%n free</source>
        <translation>
            <numerusform>空き %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="183"/>
        <location filename="../../ui/pages/appointments_page.py" line="184"/>
        <source>The counter is closed on this day.</source>
        <translation>この日は窓口が閉まっています。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="215"/>
        <source>Choose an appointment first.</source>
        <translation>先に予約を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="219"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="226"/>
        <source>Choose a free time first.</source>
        <translation>先に空いている時刻を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="235"/>
        <location filename="../../ui/pages/appointments_page.py" line="242"/>
        <source>Booked %1 at %2</source>
        <translation>%1 さんを %2 に予約しました</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="248"/>
        <source>Choose an appointment and enter an application number.</source>
        <translation>予約を選び、申請番号を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="252"/>
        <source>Linked to %1</source>
        <translation>%1 に紐付けました</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/models/audit_model.py" line="71"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="71"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="71"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="71"/>
        <source>Workstation</source>
        <translation>端末</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="72"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="72"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="72"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>e.g. rev1</source>
        <translation type="vanished">例: rev1</translation>
    </message>
    <message>
        <source>e.g. application. or login</source>
        <translation type="vanished">例: application. または login</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="75"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="76"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="77"/>
        <source>Verify chain</source>
        <translation>改ざん検査</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="78"/>
        <source>Check that no entry was edited, deleted or reordered</source>
        <translation>記録の書き換え・削除・並べ替えがないことを確認します</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="115"/>
        <source>Staff code</source>
        <translation>職員コード</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="116"/>
        <source>Application ID</source>
        <translation>申請番号</translation>
    </message>
    <message>
        <source>Action (starts with)</source>
        <translation type="vanished">操作（前方一致）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="61"/>
        <source>Staff code, e.g. r001</source>
        <translation>職員コード（例: r001）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="65"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="65"/>
        <source>Applications</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="66"/>
        <source>Attachments viewed</source>
        <translation>添付書類の閲覧</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="67"/>
        <source>Issued documents</source>
        <translation>発行書類</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="67"/>
        <source>Logins</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="68"/>
        <source>Intake</source>
        <translation>取込</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="68"/>
        <source>Quarantine</source>
        <translation>隔離</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="69"/>
        <source>Appointments</source>
        <translation>窓口予約</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="69"/>
        <source>Payments</source>
        <translation>収納</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="70"/>
        <source>Export</source>
        <translation>基幹系出力</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="70"/>
        <source>Staff accounts</source>
        <translation>職員アカウント</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="71"/>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="107"/>
        <source>yyyy-MM-dd</source>
        <comment>date edit display format</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="117"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="123"/>
        <source>From / to (Japan time)</source>
        <translation>期間（日本時間）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="170"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="183"/>
        <source>(scroll for more)</source>
        <translation>（スクロールすると続きを表示）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit_page.py" line="184"/>
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="191"/>
        <source>Checking every entry of the audit log…</source>
        <translation>監査ログの全記録を検査しています…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="199"/>
        <source>The check could not run: %1</source>
        <translation>検査を実行できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="206"/>
        <source>Newest entry&apos;s hash: %1</source>
        <translation>最新の記録の検証値: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="211"/>
        <source>The audit log is intact: %1 entries checked, none edited, deleted or reordered. Newest entry No. %2.</source>
        <translation>監査ログは改ざんされていません。%1 件を検査し、書き換え・削除・並べ替えはありませんでした。最新の記録は %2 番です。</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries checked, none edited, deleted or reordered. Newest entry No. %2 (hash %3…).</source>
        <translation type="vanished">監査ログは改ざんされていません。%1 件を検査し、書き換え・削除・並べ替えはありませんでした。最新の記録は %2 番（ハッシュ %3…）です。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="217"/>
        <source>The audit log has been tampered with: it is empty (every entry was deleted). Report this to the system administrator.</source>
        <translation>監査ログが改ざんされています：ログが空です（すべての記録が削除されました）。システム管理者に報告してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="220"/>
        <source>An audit checkpoint kept outside the database is damaged or not validly signed; report this to the system administrator.</source>
        <translation>データベースの外に保管している監査チェックポイントが壊れているか、正しく署名されていません。システム管理者に報告してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="223"/>
        <source>the newest entries from No. %1 on were deleted (a signed checkpoint counts more)</source>
        <translation>%1 番以降の最新の記録が削除されました（署名付きの控えの件数の方が多い）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="225"/>
        <source>the log up to entry No. %1 was rewritten after a signed checkpoint recorded it</source>
        <translation>%1 番までの記録が、署名付きの控えを取った後に書き換えられました</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="227"/>
        <source>entry No. %1 is missing (deleted)</source>
        <translation>%1 番の記録がありません（削除）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="229"/>
        <source>entry No. %1 does not follow the entry before it (deleted or reordered)</source>
        <translation>%1 番の記録が直前の記録につながっていません（削除または並べ替え）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="231"/>
        <source>entry No. %1 was changed after the previous daily check recorded it</source>
        <translation>%1 番の記録が前回の日次検査の後に変更されています</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="233"/>
        <source>entry No. %1 was altered after it was written</source>
        <translation>%1 番の記録が書き込み後に書き換えられています</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="234"/>
        <source>The audit log has been tampered with: %1. Entries from No. %2 on cannot be trusted; report this to the system administrator.</source>
        <translation>監査ログが改ざんされています: %1。%2 番以降の記録は信頼できません。システム管理者に報告してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="241"/>
        <source>Daily check: none yet (the sync agent checks the chain after 02:00).</source>
        <translation>日次検査: まだ実行されていません（同期エージェントが毎日 2:00 以降に検査します）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="246"/>
        <source>Daily check %1: %2</source>
        <translation>日次検査 %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../../ui/audit_text.py" line="22"/>
        <source>Revision</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="22"/>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="22"/>
        <location filename="../../ui/audit_text.py" line="30"/>
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="23"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="23"/>
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="vanished">バンドル</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="24"/>
        <source>Serial</source>
        <translation>証明番号</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="24"/>
        <location filename="../../ui/audit_text.py" line="128"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="24"/>
        <location filename="../../ui/audit_text.py" line="134"/>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="25"/>
        <source>Booked</source>
        <translation>予約方法</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="25"/>
        <location filename="../../ui/audit_text.py" line="31"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="25"/>
        <location filename="../../ui/audit_text.py" line="33"/>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="25"/>
        <location filename="../../ui/audit_text.py" line="130"/>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="26"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="26"/>
        <location filename="../../ui/audit_text.py" line="137"/>
        <source>Procedure</source>
        <translation>手続</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="26"/>
        <source>Rows</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="27"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="27"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="27"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="27"/>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="28"/>
        <source>Results</source>
        <translation>結果件数</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="28"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="28"/>
        <location filename="../../ui/audit_text.py" line="133"/>
        <source>Attachment</source>
        <translation>添付書類</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="29"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="29"/>
        <source>Via</source>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="29"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="29"/>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="30"/>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="30"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="30"/>
        <source>Replaces</source>
        <translation>置き換え前</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="31"/>
        <source>Receipt</source>
        <translation>領収書番号</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="31"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="32"/>
        <source>Previous status</source>
        <translation>以前の状態</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="32"/>
        <source>Previous</source>
        <translation>以前</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="32"/>
        <source>Original</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="33"/>
        <source>Held by</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="33"/>
        <source>Entries</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="34"/>
        <source>Applications</source>
        <translation>申請数</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="129"/>
        <source>Export file</source>
        <translation>出力ファイル</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="vanished">バッチ数</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="34"/>
        <source>Intact</source>
        <translation>改ざんなし</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="34"/>
        <source>Export files</source>
        <translation>出力ファイル数</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="35"/>
        <source>First altered entry</source>
        <translation>最初に改ざんされた記録</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="35"/>
        <source>Newest entry</source>
        <translation>最新の記録</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="36"/>
        <source>Revisions</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="36"/>
        <source>Anonymized</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="36"/>
        <source>Files kept</source>
        <translation>保存したファイル</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="57"/>
        <source>counter search</source>
        <translation>窓口での検索</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="58"/>
        <source>receipt QR code</source>
        <translation>受付票のQRコード</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="73"/>
        <source>by hand</source>
        <translation>手入力</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="73"/>
        <source>from the application</source>
        <translation>申請の希望日時から</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="59"/>
        <location filename="../../ui/audit_text.py" line="73"/>
        <location filename="../../ui/audit_text.py" line="88"/>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="23"/>
        <location filename="../../ui/audit_text.py" line="132"/>
        <source>Application data</source>
        <translation>申請データ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="81"/>
        <source>(new)</source>
        <translation>（新規）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="82"/>
        <source>valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="83"/>
        <source>revoked</source>
        <translation>取消済</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="84"/>
        <source>forged or altered</source>
        <translation>偽造・改ざん</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="85"/>
        <source>unknown key</source>
        <translation>不明な鍵</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="86"/>
        <source>no certificate code</source>
        <translation>証明書のコードなし</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="128"/>
        <source>Application lists and searches</source>
        <translation>申請の一覧・検索</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="129"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Export batch</source>
        <translation type="vanished">出力バッチ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="130"/>
        <source>Settlement file</source>
        <translation>収納データ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="131"/>
        <source>Appointment</source>
        <translation>窓口予約</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="131"/>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="132"/>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="133"/>
        <source>Quarantine</source>
        <translation>隔離</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="134"/>
        <source>Payment</source>
        <translation>収納</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="135"/>
        <source>Retention</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="135"/>
        <source>Inquiry</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="136"/>
        <source>Inquiries</source>
        <translation>問い合わせ一覧</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="136"/>
        <source>FAQ</source>
        <translation>よくある質問</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="137"/>
        <source>Announcement</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="138"/>
        <source>Portal</source>
        <translation>ポータル</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="138"/>
        <source>Portal acknowledgement</source>
        <translation>ポータルの受領確認</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="139"/>
        <source>Register exchange</source>
        <translation>住民記録等の照会</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="139"/>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="140"/>
        <source>Logout</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <location filename="../../ui/audit_text.py" line="153"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/catalog_page.py" line="263"/>
        <source>%1: %n change(s) from %2.</source>
        <translation>
            <numerusform>%1: %2 から %n 件の変更を登録しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="262"/>
        <source>No change.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="248"/>
        <source>Select a procedure first.</source>
        <translation>先に手続きを選んでください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/catalog_page.py" line="229"/>
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n 件の手続</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="207"/>
        <source>Same day</source>
        <translation>即日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="224"/>
        <source>One step</source>
        <translation>一段階</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="224"/>
        <source>Two steps</source>
        <translation>二段階</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="215"/>
        <source>from %1: %2</source>
        <translation>%1 から: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/catalog_page.py" line="207"/>
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n 開庁日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="212"/>
        <source>fee %1</source>
        <translation>手数料 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="192"/>
        <source>The procedures every workstation uses, as in force today. A change takes effect on the day you choose; every change is recorded in the audit log.</source>
        <translation>すべての端末が使う手続きの一覧です（今日有効な内容）。変更は指定した日から有効になり、すべて監査ログに記録されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="182"/>
        <location filename="../../ui/pages/catalog_page.py" line="184"/>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="175"/>
        <source>Scheduled changes</source>
        <translation>予定された変更</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="175"/>
        <source>Template</source>
        <translation>様式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="175"/>
        <source>Approval</source>
        <translation>決裁</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="174"/>
        <source>Processing period</source>
        <translation>標準処理期間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="174"/>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="174"/>
        <source>Department</source>
        <translation>担当課</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="174"/>
        <source>Procedure</source>
        <translation>手続</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="56"/>
        <location filename="../../ui/pages/catalog_page.py" line="206"/>
        <location filename="../../ui/pages/catalog_page.py" line="216"/>
        <location filename="../../ui/pages/catalog_page.py" line="225"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="55"/>
        <source>Family register</source>
        <translation>戸籍</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="54"/>
        <source>Tax records</source>
        <translation>税情報</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="53"/>
        <source>Seal register</source>
        <translation>印鑑登録</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="52"/>
        <source>Resident register</source>
        <translation>住民記録</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../ui/confirm.py" line="32"/>
        <source>This question can be switched off in Settings (ask before sending to applicants).</source>
        <translation>この確認は「設定」画面でオフにできます（申請者に送る判断と「すべて発行」の前に確認する）。</translation>
    </message>
</context>
<context>
    <name>CounterEntryPage</name>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="275"/>
        <source>%1 yen (paid at the counter)</source>
        <translation>%1円（窓口で支払い）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="83"/>
        <location filename="../../ui/pages/counter_entry_page.py" line="222"/>
        <source>(choose)</source>
        <translation>（選択）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="334"/>
        <source>1 to 99</source>
        <translation>1〜99</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="333"/>
        <source>A whole number</source>
        <translation>整数で入力</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="95"/>
        <source>Accept (Ctrl+Enter)</source>
        <translation>受付する（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="351"/>
        <source>Accepted as %1. Hand the reception slip to the citizen.</source>
        <translation>受付番号 %1 で受け付けました。受付票をお渡しください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="157"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="339"/>
        <source>Already used for another payment</source>
        <translation>別の支払いで使用済み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="149"/>
        <source>Applicant</source>
        <translation>申請者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="80"/>
        <source>At the counter</source>
        <translation>窓口で受取</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="154"/>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="81"/>
        <source>By mail</source>
        <translation>郵送</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="341"/>
        <source>Check this field</source>
        <translation>確認してください</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="335"/>
        <source>Choose from the list</source>
        <translation>一覧から選択</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="84"/>
        <source>Driver&apos;s license</source>
        <translation>運転免許証</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="163"/>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="104"/>
        <source>Form</source>
        <translation>申請内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="87"/>
        <source>Health insurance eligibility certificate</source>
        <translation>資格確認書（健康保険）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="161"/>
        <source>Identity document checked</source>
        <translation>確認した本人確認書類</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="159"/>
        <source>Identity, paper and payment</source>
        <translation>本人確認・紙の書類・支払い</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="330"/>
        <source>In the future</source>
        <translation>未来の日付です</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="328"/>
        <source>Katakana only</source>
        <translation>カタカナで入力</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="85"/>
        <source>My Number card (also as health insurance card)</source>
        <translation>マイナンバーカード（マイナ保険証を含む）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="110"/>
        <source>Choose a file… (Ctrl+O)</source>
        <translation>ファイルを選ぶ…（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="112"/>
        <source>Take in from the scan folder (Ctrl+I)</source>
        <translation>スキャンフォルダから取り込む（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="152"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="153"/>
        <source>Name in kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="177"/>
        <source>Paper documents (scan)</source>
        <translation>紙の書類（スキャン）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="180"/>
        <source>Waiting scans</source>
        <translation>取込済みのスキャン</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="276"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="297"/>
        <source>Not saved: the scan cannot be attached (see beside the form).</source>
        <translation>受付できませんでした。スキャンを添付できません（右側の表示を確認してください）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="329"/>
        <source>Not a date (e.g. 19850401)</source>
        <translation>日付ではありません（例 19850401）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="332"/>
        <location filename="../../ui/pages/counter_entry_page.py" line="396"/>
        <source>No such postal code</source>
        <translation>郵便番号が見つかりません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="338"/>
        <source>Not in the catalog</source>
        <translation>手続一覧にありません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="415"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="417"/>
        <source>%1 (%2 pages)</source>
        <translation>%1（%2ページ）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="433"/>
        <source>Scanned paper documents</source>
        <translation>スキャンした紙の書類</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="434"/>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF と画像 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="447"/>
        <source>Checking the file…</source>
        <translation>ファイルを確認しています…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="467"/>
        <source>No scan: the application is saved without paper documents.</source>
        <translation>スキャンなし：紙の書類を添付せずに受付します。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="470"/>
        <source>%1, %2 pages: attached when the application is saved.</source>
        <translation>%1（%2ページ）：受付時に申請に添付します。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="480"/>
        <source>Taking in the scan folder…</source>
        <translation>スキャンフォルダから取り込んでいます…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="489"/>
        <source>Taken in: %1. Refused and set aside: %2.</source>
        <translation>取り込み %1 件。受け付けられず別フォルダへ移したもの %2 件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="504"/>
        <source>Not a PDF, PNG or JPEG file</source>
        <translation>PDF・PNG・JPEG のファイルではありません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="505"/>
        <source>The file&apos;s name and content do not agree</source>
        <translation>ファイル名の拡張子と中身が一致しません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="506"/>
        <source>Too large (over the size, page or pixel limit)</source>
        <translation>大きすぎます（容量・ページ数・画素数の上限を超えています）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="507"/>
        <source>The file is damaged or cannot be read</source>
        <translation>ファイルが壊れているか読み取れません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="508"/>
        <source>The PDF is password protected</source>
        <translation>パスワードで保護された PDF です</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="509"/>
        <source>The file takes too long to read</source>
        <translation>読み取りに時間がかかりすぎます</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="510"/>
        <source>Not a file</source>
        <translation>ファイルではありません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="511"/>
        <source>This scan is already attached to another application</source>
        <translation>このスキャンは既に別の申請に添付されています</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="512"/>
        <source>This scan is no longer waiting</source>
        <translation>このスキャンは既に取込済みの一覧にありません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="514"/>
        <source>The file cannot be taken in</source>
        <translation>このファイルは取り込めません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="312"/>
        <source>Not saved: correct the marked fields (what you typed is kept).</source>
        <translation>保存していません。印の付いた項目を直してください（入力した内容はそのままです）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="97"/>
        <source>Open the reception slip again</source>
        <translation>受付票をもう一度開く</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="88"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="162"/>
        <source>Paper pages taken in</source>
        <translation>取り込んだ紙の書類（枚）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="86"/>
        <source>Passport</source>
        <translation>パスポート</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="155"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="151"/>
        <source>Procedure</source>
        <translation>手続</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="164"/>
        <source>Receipt number</source>
        <translation>領収番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="158"/>
        <source>Receive the document</source>
        <translation>受取方法</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="327"/>
        <source>Required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="285"/>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="331"/>
        <source>Seven digits (e.g. 5300001)</source>
        <translation>7桁の数字（例 5300001）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="337"/>
        <source>Too long</source>
        <translation>長すぎます</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="336"/>
        <source>Yes or no</source>
        <translation>はい・いいえ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="75"/>
        <source>e.g. 19850401</source>
        <translation>例 19850401</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="232"/>
        <source>e.g. 20261130</source>
        <translation>例 20261130</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_entry_page.py" line="77"/>
        <source>e.g. 5300001</source>
        <translation>例 5300001</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="265"/>
        <source>%1 is revoked.</source>
        <translation>%1 を失効させました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="249"/>
        <source>No printer is set up on this computer: print it from 「Issue and deliver」 or save it as PDF there.</source>
        <translation>この端末にはプリンターが設定されていません。「発行・交付」画面で印刷するか、PDF に保存してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="238"/>
        <source>%1 is superseded; the new serial is %2.</source>
        <translation>%1 は再発行済みになりました。新しい証明番号は %2 です。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="92"/>
        <source>The paper must no longer be relied on</source>
        <translation>この書類を今後は有効と扱わないようにします</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="91"/>
        <source>Revoke…</source>
        <translation>失効…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="89"/>
        <source>A new paper with a new serial (paper jam, soiled, …)</source>
        <translation>新しい証明番号で印刷し直します（紙詰まり、汚損など）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="88"/>
        <source>Reprint…</source>
        <translation>再発行…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="64"/>
        <source>Application number, name, kana or birth date</source>
        <translation>申請番号・氏名・フリガナ・生年月日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="66"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="70"/>
        <source>Read receipt QR from image…</source>
        <translation>受付票のQRコードを画像から読み取る…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="74"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="74"/>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="74"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="74"/>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="75"/>
        <source>Delivery</source>
        <translation>交付方法</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="75"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="98"/>
        <source>Driver&apos;s license</source>
        <translation>運転免許証</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation type="vanished">マイナンバーカード</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="100"/>
        <source>Passport</source>
        <translation>パスポート</translation>
    </message>
    <message>
        <source>Health insurance card</source>
        <translation type="vanished">健康保険証</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="99"/>
        <source>My Number card (also as health insurance card)</source>
        <translation>マイナンバーカード（マイナ保険証）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="101"/>
        <source>Health insurance eligibility certificate</source>
        <translation>資格確認書（健康保険）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="102"/>
        <source>Other (write it in the note)</source>
        <translation>その他（備考に記入）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="106"/>
        <source>Record handover</source>
        <translation>交付を記録</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="121"/>
        <source>Handover at the counter</source>
        <translation>窓口での交付</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="123"/>
        <source>Issued documents</source>
        <translation>発行済み書類</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="129"/>
        <source>Identity document checked</source>
        <translation>確認した本人確認書類</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="130"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="147"/>
        <source>Type an application number, a name, kana or a birth date.</source>
        <translation>申請番号・氏名・カナ・生年月日のいずれかを入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="149"/>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="154"/>
        <source>Receipt QR image</source>
        <translation>受付票QRコードの画像</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="155"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>画像・PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="161"/>
        <source>Reading the QR code…</source>
        <translation>QRコードを読み取り中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counter_page.py" line="177"/>
        <source>%n application(s) found</source>
        <translation>
            <numerusform>%n 件の申請が見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="185"/>
        <source>Mail</source>
        <translation>郵送</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="185"/>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="186"/>
        <source>Electronic</source>
        <translation>電子交付</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="204"/>
        <source>valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="204"/>
        <source>superseded</source>
        <translation>再発行により無効</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="204"/>
        <source>revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="208"/>
        <source>Nothing issued yet</source>
        <translation>まだ発行されていません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="283"/>
        <source>Handed over %1: %2</source>
        <translation>%1 を交付しました：%2</translation>
    </message>
</context>
<context>
    <name>CountersPage</name>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="63"/>
        <source>Closed day</source>
        <translation>休止日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="64"/>
        <source>Outside the opening hours</source>
        <translation>受付時間外</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="65"/>
        <source>Not a start time any more</source>
        <translation>予約の開始時刻でなくなる</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="66"/>
        <source>More bookings than seats</source>
        <translation>席数を超える</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="68"/>
        <source>Does not fit</source>
        <translation>新しい設定に合わない</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="100"/>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="100"/>
        <location filename="../../ui/pages/counters_page.py" line="139"/>
        <source>Opening hours</source>
        <translation>受付時間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="100"/>
        <location filename="../../ui/pages/counters_page.py" line="140"/>
        <source>Slot length</source>
        <translation>1枠の長さ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="101"/>
        <location filename="../../ui/pages/counters_page.py" line="141"/>
        <source>Seats per slot</source>
        <translation>1枠の席数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="101"/>
        <source>Coming closures</source>
        <translation>今後の休止日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="108"/>
        <source>New counter…</source>
        <translation>新しい窓口…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="121"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="124"/>
        <source> seat(s)</source>
        <translation> 席</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="125"/>
        <location filename="../../ui/pages/counters_page.py" line="166"/>
        <source>Check the effect</source>
        <translation>影響を確認</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="128"/>
        <source>Save hours and seats</source>
        <translation>受付時間と席数を保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="131"/>
        <source>Opening hours and seats</source>
        <translation>受付時間と席数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="165"/>
        <source>e.g. 庁舎の電気設備点検</source>
        <translation>例：庁舎の電気設備点検</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="169"/>
        <source>Close on these days</source>
        <translation>この期間を休止にする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="172"/>
        <source>Reopen the selected days</source>
        <translation>選択した休止を取り消す</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="175"/>
        <source>Closures (on top of weekends and holidays)</source>
        <translation>休止日（土日・祝日・年末年始のほか）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="182"/>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="185"/>
        <source>Days</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="186"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="196"/>
        <location filename="../../ui/pages/counters_page.py" line="550"/>
        <source>Booked time</source>
        <translation>予約日時</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="196"/>
        <location filename="../../ui/pages/counters_page.py" line="550"/>
        <source>Why it no longer fits</source>
        <translation>影響</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="198"/>
        <location filename="../../ui/pages/counters_page.py" line="550"/>
        <source>Visitor</source>
        <translation>来庁者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="198"/>
        <location filename="../../ui/pages/counters_page.py" line="551"/>
        <source>Application</source>
        <translation>申請番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="198"/>
        <location filename="../../ui/pages/counters_page.py" line="551"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="206"/>
        <source>Save the list for contacting (CSV)…</source>
        <translation>連絡用の一覧を保存（CSV）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="207"/>
        <source>Save the list (CSV)…</source>
        <translation>一覧を保存（CSV）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="210"/>
        <source>Bookings the change affects</source>
        <translation>変更の影響を受ける予約</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="222"/>
        <source>Counters that take reservations. Check what a change does to the bookings already made before saving it; the bookings stay and are listed so that the applicants can be contacted and moved on the appointments page. Every change is recorded in the audit log.</source>
        <translation>予約を受け付ける窓口の設定です。変更は保存する前に「影響を確認」で、すでに入っている予約への影響を確かめます。予約は取り消されずに一覧に残るので、申請者に連絡し「窓口予約」画面で変更・取消してください。変更はすべて監査ログに記録されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="226"/>
        <source>Counters that take reservations. Check what a change does to the bookings already made before saving it (the times and counts; the supervisors see the names for contacting the applicants). Every change is recorded in the audit log.</source>
        <translation>予約を受け付ける窓口の設定です。変更は保存する前に「影響を確認」で、すでに入っている予約への影響（日時と件数）を確かめます。申請者の氏名と連絡先は決裁者・係長の画面にだけ表示されます。変更はすべて監査ログに記録されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="268"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="270"/>
        <source> and %n more</source>
        <translation>
            <numerusform> ほか%n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="275"/>
        <location filename="../../ui/pages/counters_page.py" line="496"/>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="285"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="285"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n席</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="398"/>
        <source>Change the hours, seats or closures and press 「Check the effect」 to see which bookings it affects.</source>
        <translation>受付時間・席数・休止日を変えて「影響を確認」を押すと、影響を受ける予約がここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="407"/>
        <location filename="../../ui/pages/counters_page.py" line="552"/>
        <source>(an application of another department)</source>
        <translation>（他課の申請）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="412"/>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="418"/>
        <source>Saved. No booking was affected.</source>
        <translation>保存しました。影響を受けた予約はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="419"/>
        <source>No booking is affected. You can save the change.</source>
        <translation>影響を受ける予約はありません。保存できます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="421"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="421"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="424"/>
        <source>Saved. %n booking(s) in %1 slot(s) no longer fit and stay booked: tell a supervisor, who sees the applicants here and contacts them.</source>
        <translation>
            <numerusform>保存しました。%1枠の予約%n件が新しい設定に合いません（予約は残っています）。決裁者・係長に知らせてください（この画面で申請者の氏名と連絡先が見られます）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="427"/>
        <source>%n booking(s) in %1 slot(s) would no longer fit. They stay booked; after saving, tell a supervisor, who sees the applicants here and contacts them.</source>
        <translation>
            <numerusform>%1枠の予約%n件が新しい設定に合わなくなります。予約は残るので、保存後に決裁者・係長に知らせてください（この画面で申請者の氏名と連絡先が見られます）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="430"/>
        <source>Saved. %n booking(s) in %1 slot(s) no longer fit and stay booked: contact the applicants and move or cancel them on the appointments page.</source>
        <translation>
            <numerusform>保存しました。%1枠の予約%n件が新しい設定に合いません（予約は残っています）。申請者に連絡し、「窓口予約」画面で変更または取消してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="433"/>
        <source>%n booking(s) in %1 slot(s) would no longer fit. They stay booked; contact the applicants and move or cancel them on the appointments page.</source>
        <translation>
            <numerusform>%1枠の予約%n件が新しい設定に合わなくなります。予約は残るので、保存後に申請者へ連絡し、「窓口予約」画面で変更または取消してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="473"/>
        <location filename="../../ui/pages/counters_page.py" line="485"/>
        <source>Check the effect of the change first.</source>
        <translation>先に「影響を確認」を押してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="478"/>
        <source>%1: the hours and seats are saved.</source>
        <translation>%1：受付時間と席数を保存しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="494"/>
        <source>%1 was already closed on these days.</source>
        <translation>%1 はこの期間すでに休止です。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="497"/>
        <source>%1 is closed: %2.</source>
        <translation>%1 を休止にしました：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="508"/>
        <source>Select closed days first.</source>
        <translation>先に取り消す休止日を選んでください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counters_page.py" line="514"/>
        <source>%n day(s) reopened.</source>
        <translation>
            <numerusform>%n日の休止を取り消しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="531"/>
        <source>%1 is added.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="546"/>
        <source>Save the list for contacting</source>
        <translation>連絡用の一覧の保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="547"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counters_page.py" line="561"/>
        <source>Saved %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="110"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="111"/>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="112"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="113"/>
        <source>Due</source>
        <translation>処理期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="114"/>
        <source>Business days late</source>
        <translation>超過営業日数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="116"/>
        <source>Held by</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="125"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="127"/>
        <source>Save charts as PNG…</source>
        <translation>グラフをPNGで保存…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="196"/>
        <source>Applications by status</source>
        <translation>状態別の申請件数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="200"/>
        <source>Applications by procedure</source>
        <translation>手続き別の申請件数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="202"/>
        <source>Open work by business days since receipt</source>
        <translation>受付からの営業日数別の未処理件数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="203"/>
        <source>%1 days</source>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="207"/>
        <source>Overdue: %1   Due within 2 business days: %2   Open: %3</source>
        <translation>期限超過: %1   2営業日以内に期限: %2   未処理: %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="210"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="211"/>
        <source>Last sync: %1   Quarantined, not yet handled: %2</source>
        <translation>最終同期: %1   未対応の隔離: %2</translation>
    </message>
    <message>
        <source>Last sync: %1   Quarantined bundles waiting: %2</source>
        <translation type="vanished">最終同期: %1   未対応の隔離バンドル: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="214"/>
        <source>Updated %1</source>
        <translation>%1 更新</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard_page.py" line="225"/>
        <source>Other procedures (%n)</source>
        <translation>
            <numerusform>その他の手続（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="232"/>
        <source>Decisions per day (last 14 days)</source>
        <translation>日別の決定件数（直近14日）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="259"/>
        <source>Save charts to folder</source>
        <translation>グラフの保存先フォルダ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard_page.py" line="262"/>
        <source>%n chart(s) saved</source>
        <translation>
            <numerusform>%n 件のグラフを保存しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="182"/>
        <source>Portal: %1 message(s) wait for the outbox key</source>
        <translation>ポータル: 送信用の鍵がないため %1 件が未送信</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="184"/>
        <source>Portal: everything acknowledged</source>
        <translation>ポータル: すべて受領確認済み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="186"/>
        <source>Portal: %1 not acknowledged, oldest %2 h ago</source>
        <translation>ポータル未確認: %1 件（最古は %2 時間前）</translation>
    </message>
</context>
<context>
    <name>DecisionWidget</name>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="48"/>
        <source>Reason template…</source>
        <translation>理由の定型文…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="49"/>
        <location filename="../../ui/widgets/decision_widget.py" line="137"/>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="49"/>
        <source>Return</source>
        <translation>返戻</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="50"/>
        <location filename="../../ui/widgets/decision_widget.py" line="137"/>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="50"/>
        <location filename="../../ui/widgets/decision_widget.py" line="67"/>
        <location filename="../../ui/widgets/decision_widget.py" line="143"/>
        <source>Withdraw</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="56"/>
        <source>Reason (sent to the applicant for a return or rejection)</source>
        <translation>理由（返戻・却下のときは申請者に通知されます）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="68"/>
        <source>Internal comment (never sent)</source>
        <translation>内部コメント（申請者には送られません）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="69"/>
        <location filename="../../ui/widgets/decision_widget.py" line="142"/>
        <source>Add comment</source>
        <translation>コメント追加</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="97"/>
        <source>Decision</source>
        <translation>審査結果</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="133"/>
        <source>Approve (final)</source>
        <translation>決裁（承認）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="133"/>
        <source>Send back</source>
        <translation>差し戻し</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="133"/>
        <source>Reject (final)</source>
        <translation>決裁（却下）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="135"/>
        <source>Recommend approval</source>
        <translation>承認を起案</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="135"/>
        <location filename="../../ui/widgets/decision_widget.py" line="137"/>
        <source>Return for correction</source>
        <translation>補正依頼（返戻）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="135"/>
        <source>Recommend rejection</source>
        <translation>却下を起案</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="185"/>
        <source>Replace %1 with the real text: nothing is sent while a placeholder is left.</source>
        <translation>%1 を実際の内容に書き換えてください。差し込み箇所が残っている間は送れません。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="207"/>
        <source>You recommended this application; another supervisor makes the final decision.</source>
        <translation>この申請はあなたが起案しました。決裁は別の決裁者が行います。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="209"/>
        <source>The reviewer recommends: %1. Your decision is final.</source>
        <translation>審査担当の起案: %1。あなたの判断で決裁となります。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="210"/>
        <source>approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="210"/>
        <source>reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="212"/>
        <source>Two-step procedure: your decision is a recommendation to a supervisor.</source>
        <translation>二段階決裁の手続です。あなたの判断は決裁者への起案になります。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="214"/>
        <source>Read only: you do not hold this application.</source>
        <translation>閲覧のみ: この申請の担当ではありません。</translation>
    </message>
</context>
<context>
    <name>DocumentViewerWidget</name>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="58"/>
        <location filename="../../ui/widgets/document_viewer.py" line="128"/>
        <source>No document selected</source>
        <translation>書類が選択されていません</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="86"/>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="87"/>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="88"/>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="89"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="90"/>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="91"/>
        <source>Fit page</source>
        <translation>ページ全体</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="92"/>
        <source>Rotate clockwise</source>
        <translation>右に回転</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="132"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="159"/>
        <source>This document cannot be shown: %1</source>
        <translation>この書類は表示できません: %1</translation>
    </message>
</context>
<context>
    <name>EnterInquiryDialog</name>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="385"/>
        <source>Enter an inquiry</source>
        <translation>問い合わせの登録</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="387"/>
        <location filename="../../ui/pages/inquiries_page.py" line="399"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="388"/>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="392"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="398"/>
        <source>Channel</source>
        <translation>受付経路</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="398"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="399"/>
        <source>Kana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="399"/>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="400"/>
        <source>Application</source>
        <translation>申請番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="400"/>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="401"/>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="401"/>
        <source>Inquiry</source>
        <translation>問い合わせ内容</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="139"/>
        <source>There is no issuance template %1.</source>
        <translation>発行テンプレート %1 はありません。</translation>
    </message>
    <message>
        <source>The standard processing period must be between 1 and 365 business days.</source>
        <translation type="vanished">標準処理期間は 1〜365 開庁日にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="127"/>
        <source>The date is in the past. A change takes effect today or later.</source>
        <translation>過去の日付です。変更は今日以後の日から有効にできます。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>This certificate is made from the register: it can be approved or issued only once the register has found the person.</source>
        <translation>この証明書は住民記録等から作成します。照会で本人が確認できるまで承認・交付できません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>The register differs from the application: write why it may be approved anyway (the reason is kept in the audit log).</source>
        <translation>照会結果が申請内容と異なります。承認する理由を入力してください（理由は監査ログに残ります）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>The register answer is too old to print. It has been asked again; issue the certificate when the new answer is in.</source>
        <translation>照会結果が古いため印刷できません。再照会しました。新しい回答が届いてから交付してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>Waiting for the new register answer; issue the certificate when it is in.</source>
        <translation>再照会の回答待ちです。回答が届いてから交付してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>The password does not follow the rules.</source>
        <translation>パスワードが規則に合っていません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>The password must not contain your staff code or name.</source>
        <translation>パスワードに職員コードや氏名を含めることはできません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>This password is too common. Choose a longer passphrase.</source>
        <translation>よく使われるパスワードです。もっと長いパスフレーズにしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>The password is too long: at most 128 characters.</source>
        <translation>パスワードが長すぎます。128 文字以内にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="35"/>
        <source>The password is too short: at least 12 characters (a passphrase of several words is best).</source>
        <translation>パスワードが短すぎます。12 文字以上にしてください（いくつかの語をつなげたパスフレーズがおすすめです）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="124"/>
        <source>An administrator set this password. Choose your own to log in.</source>
        <translation>このパスワードは管理者が設定したものです。ログインするには自分のパスワードを決めてください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="122"/>
        <source>The new password is the same as the current one. Choose another.</source>
        <translation>新しいパスワードが現在のものと同じです。別のパスワードを決めてください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="120"/>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>現在のパスワードが違います。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="118"/>
        <source>There is no staff account %1.</source>
        <translation>職員アカウント %1 はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="113"/>
        <source>You cannot disable your own account. Ask another administrator.</source>
        <translation>自分自身のアカウントは無効にできません。ほかの管理者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>%1 is the last enabled administrator: the account stays enabled and keeps the administrator role. Make another administrator first.</source>
        <translation>%1 は最後の有効な管理者のため、無効にすることも管理者の役割を外すこともできません。先に別の管理者を作ってください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>There is no department %1 in the procedure catalog.</source>
        <translation>手続き一覧に %1 という課はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="103"/>
        <source>other departments</source>
        <translation>他の課</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="99"/>
        <source>This application belongs to %1, which is not one of your departments. Ask a member of staff of %1, or an administrator to add the department to your account.</source>
        <translation>この申請は %1 の申請で、あなたの所属課ではありません。%1 の職員に依頼するか、所属課の追加を管理者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>Documents cannot be issued on this PC: it has no credential store for the city&apos;s issuing key. Nothing was issued. Ask the system administrator to set up the issuing key on this PC (backoffice keys init).</source>
        <translation>このPCには市の発行用の鍵を保管する資格情報ストアがないため、書類を発行できません。何も発行していません。このPCへの発行用の鍵の設定をシステム管理者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>The PC&apos;s credential store refused access to the issuing key. Nothing was issued. Log in to Windows again or ask the system administrator.</source>
        <translation>PCの資格情報ストアが発行用の鍵へのアクセスを拒否しました。何も発行していません。Windows にログインし直すか、システム管理者に相談してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="56"/>
        <source>The city&apos;s issuing key is not set up on this PC. Nothing was issued. Ask the system administrator to set it up (backoffice keys init).</source>
        <translation>このPCには市の発行用の鍵が設定されていません。何も発行していません。鍵の設定をシステム管理者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>The issuing key on this PC is damaged. Nothing was issued. Ask the system administrator.</source>
        <translation>このPCの発行用の鍵が壊れています。何も発行していません。システム管理者に相談してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>Another member of staff is working on this application. You can read it; to work on it, ask them or a supervisor.</source>
        <translation>この申請は他の職員が担当しています。閲覧はできます。処理する場合は担当者か決裁者に相談してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="65"/>
        <source>You no longer hold this application (the hold ran out or a supervisor handed it over). Open it again to continue.</source>
        <translation>この申請の担当ではなくなりました（保持時間が切れたか、決裁者が担当を変更しました）。続けるには申請を開き直してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>Enter a reason: it is sent to the applicant.</source>
        <translation>理由を入力してください（申請者に送られます）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>The reason still holds %1 from the template: replace it with the real text. Nothing was sent.</source>
        <translation>理由に定型文の %1 が残っています。実際の内容に書き換えてください。送信はしていません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>You recommended this decision yourself; another supervisor must make the final decision.</source>
        <translation>この起案はご自身のものです。最終の決裁は別の決裁者が行います。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="87"/>
        <source>There is no application %1. Check the number.</source>
        <translation>申請 %1 はありません。番号を確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89"/>
        <source>This application is %1 and cannot be worked on now.</source>
        <translation>この申請は「%1」のため、いまは処理できません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="92"/>
        <source>No QR code was found in the image. Scan the receipt again, flat and in focus.</source>
        <translation>画像にQRコードが見つかりません。受付票を平らにして、ピントを合わせて読み取り直してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>The QR code is not a receipt of this city (it holds no application number).</source>
        <translation>このQRコードは本市の受付票ではありません（申請番号がありません）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96"/>
        <location filename="../../ui/errors.py" line="262"/>
        <source>The staff code or password is wrong, or the account cannot log in.</source>
        <translation>職員コードまたはパスワードが違うか、このアカウントではログインできません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>This application is of a person protected by support measures: only a supervisor may open it and decide. Hand it to a supervisor.</source>
        <translation>支援措置の対象の方の申請です。閲覧と判断は決裁者だけができます。決裁者に回してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>A staff code may hold only letters, digits and &apos;_&apos; here (no &apos;-&apos;). Choose another code.</source>
        <translation>この職員コードには「-」を使えません。英字・数字と「_」だけで付けてください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="129"/>
        <source>The standard processing period must be between 0 (the same day) and 365 business days.</source>
        <translation>標準処理期間は0（即日）から365開庁日までの間で入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="131"/>
        <source>A field label is empty. Every field of the form needs a label.</source>
        <translation>申請項目の表示名が空欄です。すべての項目に表示名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="133"/>
        <source>A field label is too long: at most %1 characters on one line.</source>
        <translation>申請項目の表示名が長すぎます。1行%1文字以内で入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="136"/>
        <source>The department of this refused file is not known. Only a supervisor who works for every department can retry or discard it.</source>
        <translation>この隔離された申請データは担当課が分かりません。すべての課を担当する監督者だけが再試行または破棄できます。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="164"/>
        <source>Enter the visitor&apos;s name.</source>
        <translation>来庁者の氏名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="165"/>
        <source>%1 is closed on %2. Choose another day.</source>
        <translation>%1 は %2 は休みです。別の日を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="167"/>
        <source>%1 is not a booking time of %2. Choose a time from the list.</source>
        <translation>%1 は %2 の予約時刻ではありません。一覧から時刻を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <source>The time %1 has already passed. Choose a later time.</source>
        <translation>%1 はすでに過ぎています。これより後の時刻を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="171"/>
        <source>This application already has an appointment. Cancel it first to book another time.</source>
        <translation>この申請はすでに予約があります。別の時刻にする場合は、先に予約を取り消してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="173"/>
        <source>%1 at %2 is fully booked. Choose another time.</source>
        <translation>%2 の %1 は満席です。別の時刻を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="175"/>
        <source>Application %1 did not ask for an appointment. Book a time by hand.</source>
        <translation>申請 %1 には来庁予約の希望がありません。時刻を選んで予約してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="178"/>
        <source>Application %1 asks for a counter this office does not have. Book a time by hand.</source>
        <translation>申請 %1 の希望する窓口はこの事務所にありません。時刻を選んで予約してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="181"/>
        <source>This appointment is already %1.</source>
        <translation>この予約はすでに「%1」です。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="183"/>
        <source>Enter the receipt number.</source>
        <translation>領収書番号を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="184"/>
        <source>Application %1 has no fee to pay.</source>
        <translation>申請 %1 には支払う手数料がありません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="186"/>
        <source>The fee due is %1, not %2. Check the amount.</source>
        <translation>手数料は %1 です（入力は %2）。金額を確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="188"/>
        <source>This application was already paid at the counter.</source>
        <translation>この申請は窓口で支払済みです。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="189"/>
        <source>This application was already paid online.</source>
        <translation>この申請はオンラインで支払済みです。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="190"/>
        <source>Receipt number %1 is already used. Check the number.</source>
        <translation>領収書番号 %1 はすでに使われています。番号を確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="192"/>
        <source>Enter the refunded amount (more than 0 yen).</source>
        <translation>還付した金額（0円より多い額）を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="193"/>
        <source>A refund for this application is already recorded.</source>
        <translation>この申請の還付はすでに記録されています。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="194"/>
        <source>The settlement file was not imported: line %1 is not in the agreed format. Nothing was changed. Ask the payment provider for a corrected file.</source>
        <translation>決済データを取り込みませんでした。%1 行目が取り決めの形式ではありません。何も変更していません。決済事業者に修正したファイルを依頼してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="200"/>
        <source>The settlement file was not imported: it is empty or not in the agreed format. Nothing was changed.</source>
        <translation>決済データを取り込みませんでした。ファイルが空か、取り決めの形式ではありません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="214"/>
        <source>The code may hold only lower-case letters, digits and hyphens (at most 32), e.g. zeimu-2f.</source>
        <translation>窓口記号は半角の小文字・数字・ハイフンで32文字までです。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="216"/>
        <source>Enter the counter&apos;s name (at most 100 characters).</source>
        <translation>窓口の名称を入力してください（100文字まで）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="217"/>
        <source>The counter must open before it closes (%1 – %2). Check the opening hours.</source>
        <translation>受付開始は受付終了より前にしてください（%1～%2）。受付時間を確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="220"/>
        <source>A slot is between 5 and 240 minutes long.</source>
        <translation>1枠の長さは5分から240分までです。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="222"/>
        <source>%1 – %2 cannot be divided into %3-minute slots: the last slot would run past closing. Change the slot length or the hours.</source>
        <translation>%1～%2 は%3分ずつの枠に分けられません（最後の枠が受付終了を過ぎます）。1枠の長さか受付時間を変えてください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="227"/>
        <source>Seats per slot must be between 1 and 50. To take no bookings, close the counter instead.</source>
        <translation>1枠の席数は1から50までです。予約を受け付けない日は、休止日にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="229"/>
        <source>The last day (%1) is before the first day (%2). Check the days.</source>
        <translation>終わりの日（%1）が始めの日（%2）より前です。期間を確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="232"/>
        <source>%1 has passed. A closure starts today or later.</source>
        <translation>%1 は過ぎています。休止は今日以降の日から設定できます。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="234"/>
        <source>A closure is at most %1 days. Enter a shorter range.</source>
        <translation>休止の期間は%1日までです。短い期間を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="236"/>
        <source>The reason is at most 200 characters.</source>
        <translation>理由は200文字までです。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="237"/>
        <source>Bookings were made meanwhile that the change would also affect. Nothing was saved. Check the effect again.</source>
        <translation>確認のあとに、この変更の影響を受ける予約が入りました。保存していません。もう一度「影響を確認」を押してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="251"/>
        <source>Your session has ended. Log in again.</source>
        <translation>ログインが終了しました。ログインし直してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="253"/>
        <source>Your role does not allow this. Ask a supervisor or the system administrator if you need it.</source>
        <translation>この操作はあなたの役割ではできません。必要な場合は決裁者かシステム管理者に相談してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="255"/>
        <source>Another member of staff is working on this application.</source>
        <translation>この申請は他の職員が担当しています。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="257"/>
        <source>This cannot be done in the application&apos;s current state. Reload the screen and check its status.</source>
        <translation>申請の今の状態ではこの操作はできません。画面を更新して状態を確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="260"/>
        <source>It was not found: it may have been removed in the meantime. Reload the screen.</source>
        <translation>見つかりませんでした。その間に削除された可能性があります。画面を更新してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="264"/>
        <source>The configuration of this PC has a problem. Ask the system administrator (the details are in the log).</source>
        <translation>このPCの設定に問題があります。システム管理者に相談してください（詳細はログにあります）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="267"/>
        <source>The file cannot hold a code: it has too many pages, a page far larger than paper, or takes too long to scan.</source>
        <translation>このファイルからはコードを読み取れません：ページが多すぎる、用紙よりはるかに大きいページがある、または読み取りに時間がかかりすぎます。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="270"/>
        <source>The database cannot be reached. Wait a moment and try again; if it persists, ask the system administrator.</source>
        <translation>データベースに接続できません。しばらく待ってからやり直してください。続く場合はシステム管理者に相談してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="273"/>
        <source>The file or folder cannot be written or read: you do not have access. Choose another place or ask the system administrator.</source>
        <translation>ファイルまたはフォルダーへのアクセス権がありません。別の場所を選ぶか、システム管理者に相談してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="276"/>
        <source>The file or folder does not exist any more. Choose it again.</source>
        <translation>ファイルまたはフォルダーが見つかりません。選び直してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="278"/>
        <source>The file could not be read or written. Check the disk or network folder and try again.</source>
        <translation>ファイルを読み書きできませんでした。ディスクまたは共有フォルダーを確認してやり直してください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="280"/>
        <source>This could not be done. Ask the system administrator (the details are in the log).</source>
        <translation>この操作はできませんでした。システム管理者に相談してください（詳細はログにあります）。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="281"/>
        <source>An unexpected error occurred. Nothing was lost; try again, and if it happens again tell the system administrator the time it happened.</source>
        <translation>予期しないエラーが発生しました。入力した内容は失われていません。やり直して、再び起きる場合は発生した時刻をシステム管理者に伝えてください。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="291"/>
        <source>%1 (%n times)</source>
        <translation>%1（%n 件）</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/pages/export_page.py" line="115"/>
        <source>Export now</source>
        <translation>今すぐ出力</translation>
    </message>
    <message>
        <source>Re-export selected batch</source>
        <translation type="vanished">選択したバッチを再出力</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="117"/>
        <source>Re-export selected file</source>
        <translation>選択したファイルを再出力</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="137"/>
        <source>Decisions are written to %1 for the core business systems.</source>
        <translation>決定は基幹系システム向けに %1 へ出力されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="159"/>
        <source>Waiting for export: %1 (%2)</source>
        <translation>出力待ち：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="161"/>
        <source>No decisions are waiting for export.</source>
        <translation>出力待ちの決定はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="182"/>
        <source>Exporting…</source>
        <translation>出力中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="189"/>
        <source>Select a file to re-export.</source>
        <translation>再出力するファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="193"/>
        <source>Write the rows of %1 again as a new file? The core systems will receive them twice.</source>
        <translation>%1 と同じ行を、新しいファイルとしてもう一度出力しますか？基幹系システムは同じ行を2回受け取ります。</translation>
    </message>
    <message>
        <source>Select a batch to re-export.</source>
        <translation type="vanished">再出力するバッチを選択してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="192"/>
        <source>Re-export</source>
        <translation>再出力</translation>
    </message>
    <message>
        <source>Write the rows of %1 again under a new batch id? The core systems will receive them twice.</source>
        <translation type="vanished">%1 の行を新しいバッチIDで再度出力しますか？基幹系システムは同じ行を2回受け取ります。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="206"/>
        <source>No decisions were waiting for export.</source>
        <translation>出力待ちの決定はありませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="208"/>
        <source>%1: %2 rows</source>
        <translation>%1：%2 行</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>%1m</source>
        <translation type="vanished">%1月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="70"/>
        <location filename="../../ui/pages/figures_page.py" line="126"/>
        <location filename="../../ui/pages/figures_page.py" line="151"/>
        <source>%1/%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="164"/>
        <source>Applications received</source>
        <translation>受付件数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="215"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="75"/>
        <location filename="../../ui/pages/figures_page.py" line="165"/>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="78"/>
        <source>Days (90%)</source>
        <translation>処理日数（90%）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="77"/>
        <source>Days (median)</source>
        <translation>処理日数（中央値）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="215"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="107"/>
        <source>Month received</source>
        <translation>受付月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="144"/>
        <source>Nothing was received in this month.</source>
        <translation>この月に受け付けた申請はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="74"/>
        <location filename="../../ui/pages/figures_page.py" line="165"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="76"/>
        <location filename="../../ui/pages/figures_page.py" line="190"/>
        <source>Online completion</source>
        <translation>オンライン完結率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="188"/>
        <source>Online completion and within standard</source>
        <translation>オンライン完結率・標準処理期間の達成率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="216"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="83"/>
        <source>Paper</source>
        <translation>紙の添付書類</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="73"/>
        <source>Procedure</source>
        <translation>手続</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="81"/>
        <source>Rejected</source>
        <translation>却下率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="80"/>
        <source>Returned</source>
        <translation>補正率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="101"/>
        <source>Save as CSV…</source>
        <translation>CSV で保存…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="100"/>
        <source>Save as Excel…</source>
        <translation>Excel で保存…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="102"/>
        <source>Save the PDF summary…</source>
        <translation>PDF（委員会用）で保存…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="217"/>
        <source>Save the figures</source>
        <translation>指標の保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="239"/>
        <source>Saved %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="84"/>
        <source>Touches per application</source>
        <translation>職員処理回数/件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="82"/>
        <source>Withdrawn</source>
        <translation>取下げ率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures_page.py" line="79"/>
        <location filename="../../ui/pages/figures_page.py" line="191"/>
        <source>Within standard</source>
        <translation>達成率</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Batch</source>
        <translation type="vanished">バッチ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="73"/>
        <source>Procedure</source>
        <translation>手続</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="73"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="73"/>
        <source>By</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="73"/>
        <source>Rows</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="73"/>
        <source>Export file</source>
        <translation>出力ファイル</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="vanished">SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="74"/>
        <source>Re-export of</source>
        <translation>再出力元</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="83"/>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="89"/>
        <source>Check value (SHA-256): %1</source>
        <translation>検証値: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="90"/>
        <source>%1 (writing)</source>
        <translation>%1（書き込み中）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="94"/>
        <source>system</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>(writing)</source>
        <translation type="vanished">（書き込み中）</translation>
    </message>
</context>
<context>
    <name>InquiriesPage</name>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="80"/>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="80"/>
        <location filename="../../ui/pages/inquiries_page.py" line="242"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="80"/>
        <location filename="../../ui/pages/inquiries_page.py" line="242"/>
        <source>Assigned</source>
        <translation>対応中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="81"/>
        <location filename="../../ui/pages/inquiries_page.py" line="242"/>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="81"/>
        <location filename="../../ui/pages/inquiries_page.py" line="243"/>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="82"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="85"/>
        <source>Name, kana, application number or inquiry number</source>
        <translation>氏名・ふりがな・申請番号・問い合わせ番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="88"/>
        <source>Enter a phone or counter inquiry…</source>
        <translation>電話・窓口の問い合わせを登録…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="91"/>
        <location filename="../../ui/pages/inquiries_page.py" line="97"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="97"/>
        <source>Due</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="97"/>
        <source>Channel</source>
        <translation>受付経路</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="98"/>
        <source>Department</source>
        <translation>担当課</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="98"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="98"/>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="99"/>
        <source>Application</source>
        <translation>申請番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="110"/>
        <source>Answer template…</source>
        <translation>回答の定型文…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="115"/>
        <source>Answer to the citizen, or an internal note</source>
        <translation>市民への回答、または内部メモ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="116"/>
        <source>Take it</source>
        <translation>自分が担当する</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="117"/>
        <source>Add as internal note</source>
        <translation>内部メモとして追加</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="118"/>
        <location filename="../../ui/pages/inquiries_page.py" line="155"/>
        <source>Send answer</source>
        <translation>回答を送信</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="119"/>
        <source>Close…</source>
        <translation>完了にする…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="120"/>
        <source>Open application</source>
        <translation>申請を開く</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="121"/>
        <source>Make FAQ entry</source>
        <translation>FAQ にする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="128"/>
        <source>Send answer (Ctrl+Return)</source>
        <translation>回答を送信（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="153"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="154"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="156"/>
        <source>Enter an inquiry</source>
        <translation>問い合わせの登録</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="201"/>
        <source>(not chosen)</source>
        <translation>（未設定）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/inquiries_page.py" line="205"/>
        <source>%n inquiry(ies)</source>
        <translation>
            <numerusform>問い合わせ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="228"/>
        <source>This inquiry belongs to %1, which is not one of your departments. Ask a member of staff of %1.</source>
        <translation>この問い合わせは%1の担当で、あなたの所属課ではないため開けません。%1の職員に依頼してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="246"/>
        <source>Portal</source>
        <translation>ポータル</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="246"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="246"/>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="268"/>
        <source>Received</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="268"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="268"/>
        <source>Handled by</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="269"/>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="284"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="284"/>
        <source>Internal note</source>
        <translation>内部メモ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="322"/>
        <source>You handle this inquiry now.</source>
        <translation>この問い合わせの担当になりました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="327"/>
        <source>Write the note first.</source>
        <translation>先にメモを入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="331"/>
        <source>Internal note added.</source>
        <translation>内部メモを追加しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="336"/>
        <source>Write the answer first.</source>
        <translation>先に回答を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="341"/>
        <source>Answer sent; the portal receives it with the next sync.</source>
        <translation>回答を送信しました。次回の同期でポータルに届きます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="347"/>
        <source>Close without answer</source>
        <translation>回答せずに完了</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="348"/>
        <source>Why is it closed without an answer?</source>
        <translation>回答せずに完了にする理由を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="352"/>
        <source>Inquiry closed.</source>
        <translation>問い合わせを完了にしました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="359"/>
        <source>FAQ entry made from the answer; edit it on the FAQ page.</source>
        <translation>回答から FAQ を作成しました。「FAQ・お知らせ」で編集できます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inquiries_page.py" line="379"/>
        <source>Inquiry entered.</source>
        <translation>問い合わせを登録しました。</translation>
    </message>
</context>
<context>
    <name>IssuedPage</name>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="89"/>
        <source>Approved, not yet issued</source>
        <translation>承認済み・未発行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="93"/>
        <source>Issue selected</source>
        <translation>選択したものを発行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="94"/>
        <location filename="../../ui/pages/issued_page.py" line="156"/>
        <source>Issue all</source>
        <translation>すべて発行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="97"/>
        <source>Issued, awaiting delivery</source>
        <translation>発行済み・交付待ち</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="102"/>
        <source>Print preview…</source>
        <translation>印刷プレビュー…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="103"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="104"/>
        <source>Save as PDF…</source>
        <translation>PDFとして保存…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="105"/>
        <source>Print all mail deliveries…</source>
        <translation>郵送分をすべて印刷…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="106"/>
        <source>Address sheets…</source>
        <translation>宛名シート…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="107"/>
        <source>Mark mailed</source>
        <translation>郵送済みにする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="108"/>
        <source>Mark sent electronically</source>
        <translation>電子交付済みにする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="111"/>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="132"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="132"/>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="132"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="133"/>
        <source>Delivery</source>
        <translation>交付方法</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="133"/>
        <source>Serial</source>
        <translation>証明番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="133"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="157"/>
        <source>Issue %n document(s) for every approved application? Each applicant is notified.</source>
        <translation>
            <numerusform>承認済みの %n 件すべてを発行しますか？申請者それぞれに通知されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="177"/>
        <location filename="../../ui/pages/issued_page.py" line="190"/>
        <source>No document was issued.</source>
        <translation>書類は発行されませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="179"/>
        <location filename="../../ui/pages/issued_page.py" line="182"/>
        <source>%n document(s) issued</source>
        <translation>
            <numerusform>%n 件を発行しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="180"/>
        <source>%n could not be issued.</source>
        <translation>
            <numerusform>%n 件は発行できませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="204"/>
        <source>Ask the administrator to set up a printer for this computer. &quot;Save as PDF…&quot; works without one.</source>
        <translation>この端末へのプリンターの設定を管理者に依頼してください。「PDFとして保存…」はプリンターがなくても使えます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="212"/>
        <location filename="../../ui/pages/issued_page.py" line="221"/>
        <source>No printer is set up on this computer, so there is no print preview.</source>
        <translation>この端末にはプリンターが設定されていないため、印刷プレビューを表示できません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="228"/>
        <source>No printer is set up on this computer, so nothing can be printed.</source>
        <translation>この端末にはプリンターが設定されていないため、印刷できません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="250"/>
        <source>%n document(s) sent to the printer</source>
        <translation>
            <numerusform>%n 件をプリンターに送りました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="256"/>
        <source>Save PDFs to folder</source>
        <translation>PDFの保存先フォルダー</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="264"/>
        <source>%n PDF file(s) saved</source>
        <translation>
            <numerusform>%n 件のPDFを保存しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="275"/>
        <source>Save address sheets</source>
        <translation>宛名シートを保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="279"/>
        <source>%n address sheet(s) saved</source>
        <translation>
            <numerusform>%n 件の宛名シートを保存しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="300"/>
        <source>%n application(s) marked delivered</source>
        <translation>
            <numerusform>%n 件を交付済みにしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="252"/>
        <source>Automatic register exchange</source>
        <translation>住民記録等の自動照会</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="302"/>
        <source>Asked the register before issuing</source>
        <translation>交付前に住民記録等を照会</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="295"/>
        <source>Sent register requests</source>
        <translation>住民記録等の照会を送信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="296"/>
        <source>Loaded register answers</source>
        <translation>住民記録等の照会結果を取込</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="297"/>
        <source>Refused a register answer batch</source>
        <translation>照会結果のファイルを拒否</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="298"/>
        <source>Received a register answer</source>
        <translation>住民記録等の照会結果を受信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="299"/>
        <source>Viewed a register answer</source>
        <translation>住民記録等の照会結果を閲覧</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="300"/>
        <source>Approved despite a register difference</source>
        <translation>照会結果との相違を確認して承認</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="301"/>
        <source>Asked the register again (answer too old)</source>
        <translation>照会結果の期限切れにより再照会</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Register differs</source>
        <translation>住民記録等と相違</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Not in the register</source>
        <translation>住民記録等に該当なし</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Several people in the register</source>
        <translation>住民記録等で複数該当</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Register restricted (support measures)</source>
        <translation>支援措置対象（閲覧制限）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Register answer too old: asked again</source>
        <translation>照会結果の期限切れ（再照会中）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Ready for review</source>
        <translation>審査待ち</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>In review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Returned for correction</source>
        <translation>補正待ち</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Pending approval</source>
        <translation>決裁待ち</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Approved</source>
        <translation>承認済</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Issued</source>
        <translation>発行済</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Delivered</source>
        <translation>交付済</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <location filename="../../ui/labels.py" line="92"/>
        <location filename="../../ui/labels.py" line="319"/>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Withdrawn</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Signature missing</source>
        <translation>署名なし</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Signature invalid</source>
        <translation>署名が無効</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Certificate not trusted</source>
        <translation>証明書が信頼できない</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Certificate expired</source>
        <translation>証明書の有効期限切れ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Certificate revoked</source>
        <translation>証明書失効</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Signer name differs</source>
        <translation>署名者名の不一致</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Payment missing</source>
        <translation>未払い</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Payment amount differs</source>
        <translation>支払額の不一致</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Attachment rejected</source>
        <translation>添付書類の拒否</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Attachment missing</source>
        <translation>添付書類なし</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Possible duplicate</source>
        <translation>重複の可能性</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Name or address starts like a formula</source>
        <translation>氏名・住所が数式の形（先頭が = + - @）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>(support measures: name withheld)</source>
        <translation>（支援措置対象）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Identity document</source>
        <translation>本人確認書類</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Supporting document</source>
        <translation>添付資料</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <location filename="../../ui/labels.py" line="320"/>
        <location filename="../../ui/labels.py" line="327"/>
        <location filename="../../ui/labels.py" line="333"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Paper document scanned at the counter</source>
        <translation>窓口でスキャンした紙の書類</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <location filename="../../ui/labels.py" line="326"/>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Reviewer</source>
        <translation>審査担当</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Supervisor</source>
        <translation>決裁者</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Mail</source>
        <translation>郵送</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Counter pickup</source>
        <translation>窓口交付</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Electronic</source>
        <translation>電子交付</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Corrected revision received</source>
        <translation>補正版を受付</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Checks passed</source>
        <translation>事前確認済</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Checks found problems</source>
        <translation>事前確認で問題あり</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Attention resolved</source>
        <translation>要確認を解消</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Review started</source>
        <translation>審査開始</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Recommended approval</source>
        <translation>承認を起案</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Recommended rejection</source>
        <translation>却下を起案</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Approved (final)</source>
        <translation>決裁承認</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Rejected (final)</source>
        <translation>決裁却下</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Sent back to the reviewer</source>
        <translation>審査担当へ差し戻し</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Document issued</source>
        <translation>書類発行</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Handed over or sent</source>
        <translation>交付・送付</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Closed without a document</source>
        <translation>書類なしで完了</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Closed after the set period</source>
        <translation>期間経過により完了</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <location filename="../../ui/labels.py" line="309"/>
        <source>Other step</source>
        <translation>その他の処理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>{y}-{m:02}-{d:02} {H:02}:{M:02}</source>
        <translation>{y}年{m}月{d}日 {H:02}:{M:02}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>{y}-{m:02}-{d:02}</source>
        <translation>{y}年{m}月{d}日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>All procedures</source>
        <translation>全手続</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="169"/>
        <location filename="../../ui/labels.py" line="192"/>
        <source>Procedure not in the catalog</source>
        <translation>手続一覧にない手続</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="174"/>
        <source>Credit card</source>
        <translation>クレジットカード</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="174"/>
        <source>Pay-easy</source>
        <translation>ペイジー</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>Mobile carrier billing</source>
        <translation>キャリア決済</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>Online banking</source>
        <translation>ネットバンキング</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>Convenience store</source>
        <translation>コンビニ払い</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>Cash at the counter</source>
        <translation>窓口で現金</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <source>Paid at the counter</source>
        <translation>窓口で支払</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="180"/>
        <source>Other payment method</source>
        <translation>その他の支払方法</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>Not a readable bundle file</source>
        <translation>読み取れないファイル</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>Unsafe file name inside</source>
        <translation>危険なファイル名を含む</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187"/>
        <source>Unexpected file inside</source>
        <translation>想定外のファイルを含む</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187"/>
        <source>A required file is missing</source>
        <translation>必要なファイルがない</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188"/>
        <source>Too large</source>
        <translation>サイズ超過</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="188"/>
        <source>Suspicious compression</source>
        <translation>不審な圧縮</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189"/>
        <source>Gateway signature invalid</source>
        <translation>無害化装置の署名が不正</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>Application data altered</source>
        <translation>申請データの改変</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="191"/>
        <source>Attachment altered</source>
        <translation>添付書類の改変</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="191"/>
        <source>Unreadable data</source>
        <translation>読み取れないデータ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="192"/>
        <source>Data not in the agreed format</source>
        <translation>取り決めと異なる形式</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="193"/>
        <source>Revision does not fit the application</source>
        <translation>版が申請の状態と合わない</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="194"/>
        <source>Attachments do not add up</source>
        <translation>添付書類の数が合わない</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="195"/>
        <source>File type not allowed</source>
        <translation>受け付けないファイル形式</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="196"/>
        <source>Could not be recorded</source>
        <translation>記録できなかった</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="198"/>
        <source>Other reason</source>
        <translation>その他の理由</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204"/>
        <source>The file is damaged or not a bundle. Ask the gateway operator to send it again.</source>
        <translation>ファイルが壊れているか、申請データではありません。ゲートウェイ担当者に再送を依頼してください。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="205"/>
        <source>The bundle may be an attack. Discard it and tell the security officer.</source>
        <translation>攻撃の可能性があります。破棄して情報セキュリティ担当に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="206"/>
        <source>The bundle holds files it should not. Discard it and tell the gateway operator.</source>
        <translation>含まれるはずのないファイルがあります。破棄してゲートウェイ担当者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="207"/>
        <source>The bundle is incomplete. Ask the gateway operator to send it again.</source>
        <translation>データが不完全です。ゲートウェイ担当者に再送を依頼してください。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="208"/>
        <source>The bundle exceeds the size limit. Ask the gateway operator.</source>
        <translation>サイズの上限を超えています。ゲートウェイ担当者に相談してください。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="209"/>
        <source>The bundle may be a compression bomb. Discard it and tell the security officer.</source>
        <translation>圧縮爆弾の可能性があります。破棄して情報セキュリティ担当に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="210"/>
        <source>The bundle was not signed by a configured gateway key. Check the gateway keys in the settings, then retry.</source>
        <translation>登録済みの無害化装置の鍵で署名されていません。設定の鍵を確認してから「再処理」を押してください。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="212"/>
        <source>The application data changed after sanitization. Discard it and tell the security officer.</source>
        <translation>無害化の後に申請データが変わっています。破棄して情報セキュリティ担当に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="214"/>
        <source>An attachment changed after sanitization. Discard it and tell the security officer.</source>
        <translation>無害化の後に添付書類が変わっています。破棄して情報セキュリティ担当に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="216"/>
        <source>The data cannot be read. Ask the gateway operator to send it again.</source>
        <translation>データを読み取れません。ゲートウェイ担当者に再送を依頼してください。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="217"/>
        <source>The data does not follow the agreed format. Ask the portal operator.</source>
        <translation>データが取り決めの形式と異なります。ポータルの担当者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="218"/>
        <source>The procedure is not in the catalog. Add it to the catalog, then retry.</source>
        <translation>手続一覧にない手続です。手続一覧に追加してから「再処理」を押してください。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="219"/>
        <source>The revision does not fit the application&apos;s state. Check the application, then retry or discard.</source>
        <translation>版が申請の状態と合いません。申請を確認してから「再処理」するか破棄してください。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="221"/>
        <source>Attachments are missing or counted twice. Ask the gateway operator.</source>
        <translation>添付書類が欠けているか重複しています。ゲートウェイ担当者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="222"/>
        <source>An attachment has a file type that is not accepted. Discard it and ask the applicant to apply again.</source>
        <translation>受け付けない形式の添付書類があります。破棄して申請者に再申請を依頼してください。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="224"/>
        <source>The bundle passed every check but could not be saved. Tell the system administrator; retry after the cause is fixed.</source>
        <translation>すべての検査に合格しましたが保存できませんでした。システム管理者に連絡し、原因を直してから再処理してください。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="227"/>
        <source>See the technical detail (tooltip) and ask the system administrator.</source>
        <translation>技術的な詳細（マウスを合わせると表示されます）を確認し、システム管理者に相談してください。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="232"/>
        <source>An e-signature is attached</source>
        <translation>電子署名あり</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="232"/>
        <source>The signature data is well formed</source>
        <translation>署名データの形式は正しい</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="233"/>
        <source>The signature matches the application data</source>
        <translation>署名は申請データと一致</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="234"/>
        <source>The signing certificate chains to a trusted root</source>
        <translation>署名用証明書は信頼できる認証局のもの</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="235"/>
        <source>The signing certificate was valid when signed</source>
        <translation>署名時に署名用証明書は有効期間内</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="236"/>
        <source>The signing certificate is not revoked</source>
        <translation>署名用証明書は失効していない</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="237"/>
        <source>The signer&apos;s name matches the applicant</source>
        <translation>署名者の氏名は申請者と一致</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="238"/>
        <source>No e-signature is attached</source>
        <translation>電子署名がありません</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="238"/>
        <source>The signature data is malformed</source>
        <translation>署名データの形式が正しくありません</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="239"/>
        <source>The signature does not match the application data</source>
        <translation>署名が申請データと一致しません</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="240"/>
        <source>The signing certificate is not from a trusted root</source>
        <translation>署名用証明書が信頼できる認証局のものではありません</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="241"/>
        <source>The signing certificate had expired or was not yet valid</source>
        <translation>署名時に署名用証明書が有効期間外でした</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="242"/>
        <source>The signing certificate is revoked</source>
        <translation>署名用証明書は失効しています</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="243"/>
        <source>The signer&apos;s name differs from the applicant</source>
        <translation>署名者の氏名が申請者と異なります</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="244"/>
        <source>Other check passed</source>
        <translation>その他の確認: 問題なし</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="244"/>
        <source>Other check failed</source>
        <translation>その他の確認: 問題あり</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>Automatic intake</source>
        <translation>自動取込</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="249"/>
        <source>Scheduled job</source>
        <translation>定時処理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>Command line</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>Demo set-up</source>
        <translation>デモ準備</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="250"/>
        <source>Test data</source>
        <translation>テストデータ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="251"/>
        <source>Automatic closing and retention</source>
        <translation>自動完了・保存期間処理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="261"/>
        <source>Took the application</source>
        <translation>申請を担当</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="261"/>
        <source>Released the application</source>
        <translation>担当を解除</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="262"/>
        <source>Added a comment</source>
        <translation>コメント追加</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="262"/>
        <source>Compared revisions</source>
        <translation>版の比較</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="263"/>
        <source>Listed a queue</source>
        <translation>キューの表示</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="263"/>
        <source>Searched applications</source>
        <translation>申請の検索</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="264"/>
        <source>Viewed an application</source>
        <translation>申請の閲覧</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="264"/>
        <source>Reassigned an application</source>
        <translation>担当の変更</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="265"/>
        <source>Booked an appointment</source>
        <translation>窓口予約の登録</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="265"/>
        <source>Linked an appointment</source>
        <translation>予約と申請の紐付け</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="266"/>
        <source>Viewed appointments</source>
        <translation>予約一覧の表示</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="266"/>
        <source>Visitor checked in</source>
        <translation>来庁の受付</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267"/>
        <source>Cancelled an appointment</source>
        <translation>予約の取消</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267"/>
        <source>Visitor did not come</source>
        <translation>来庁なし</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267"/>
        <source>Appointment restored</source>
        <translation>予約に戻す</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="268"/>
        <source>Searched the audit log</source>
        <translation>監査ログの検索</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="268"/>
        <source>Verified the audit chain</source>
        <translation>監査ログの改ざん確認</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="269"/>
        <source>Issued a document</source>
        <translation>書類の発行</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="269"/>
        <source>Reprinted a document</source>
        <translation>書類の再発行</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="270"/>
        <source>Revoked a document</source>
        <translation>書類の取消</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="270"/>
        <source>Verified a certificate</source>
        <translation>証明書の検証</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="271"/>
        <source>Viewed an issued document</source>
        <translation>発行書類の閲覧</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="271"/>
        <source>Closed a counter day</source>
        <translation>窓口の休業設定</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="273"/>
        <source>Added a counter</source>
        <translation>窓口の追加</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="274"/>
        <source>Changed a counter&apos;s hours or seats</source>
        <translation>窓口の受付時間・席数の変更</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="275"/>
        <source>Closed a counter</source>
        <translation>窓口の休止</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="276"/>
        <source>Reopened a counter</source>
        <translation>窓口の休止の取消</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="277"/>
        <source>Listed the bookings a counter change affects</source>
        <translation>窓口の変更の影響を受ける予約の表示</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="278"/>
        <source>Saved a contact list of bookings</source>
        <translation>予約者の連絡用一覧の保存</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="280"/>
        <source>Took in a scanned paper document</source>
        <translation>スキャンした紙の書類を取り込んだ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="281"/>
        <source>Set aside a scan that could not be taken in</source>
        <translation>取り込めないスキャンを別フォルダへ移した</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="282"/>
        <source>Attached a scan to a walk-in application</source>
        <translation>窓口受付の申請にスキャンを添付した</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="283"/>
        <source>Printed address sheets</source>
        <translation>宛名票の印刷</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="283"/>
        <source>Recorded a delivery</source>
        <translation>交付の記録</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="284"/>
        <source>Viewed an attachment</source>
        <translation>添付書類の閲覧</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="284"/>
        <source>Recovered an export</source>
        <translation>出力の復旧</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="285"/>
        <source>Re-exported a batch</source>
        <translation>基幹系への再出力</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="285"/>
        <source>Exported to core systems</source>
        <translation>基幹系への出力</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="286"/>
        <source>Took in a bundle</source>
        <translation>申請データの取込</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="286"/>
        <source>Quarantined a bundle</source>
        <translation>申請データの隔離</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="287"/>
        <source>Registered an issuing key</source>
        <translation>発行用の鍵の登録</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="287"/>
        <source>Logged in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="288"/>
        <source>Login failed</source>
        <translation>ログイン失敗</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="288"/>
        <source>Logged out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="289"/>
        <source>Took a counter payment</source>
        <translation>窓口での収納</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="289"/>
        <source>Imported a settlement file</source>
        <translation>収納データの取込</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="290"/>
        <source>Recorded a refund</source>
        <translation>還付の記録</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="290"/>
        <source>Discarded a quarantined bundle</source>
        <translation>隔離データの破棄</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="291"/>
        <source>Retried a quarantined bundle</source>
        <translation>隔離データの再取込</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="291"/>
        <source>Deleted expired records</source>
        <translation>保存期間を過ぎた記録の削除</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="292"/>
        <source>Created a staff account</source>
        <translation>職員アカウントの作成</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="292"/>
        <source>Disabled a staff account</source>
        <translation>職員アカウントの無効化</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="293"/>
        <source>Enabled a staff account</source>
        <translation>職員アカウントの有効化</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="293"/>
        <source>Changed a password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="311"/>
        <source>Other operation</source>
        <translation>その他の操作</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="316"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="317"/>
        <source>Assigned</source>
        <translation>対応中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="318"/>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="325"/>
        <source>Portal</source>
        <translation>ポータル</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="325"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="331"/>
        <source>Booked</source>
        <translation>予約</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="331"/>
        <source>Checked in</source>
        <translation>受付済</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="331"/>
        <source>No-show</source>
        <translation>来庁なし</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="332"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="57"/>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="59"/>
        <source>%1 (%2) — enter your password to continue.</source>
        <translation>%1（%2）— 続けるにはパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="64"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="90"/>
        <source>Wrong password.</source>
        <translation>パスワードが違います。</translation>
    </message>
</context>
<context>
    <name>LogFolder</name>
    <message>
        <location filename="../../ui/log_folder.py" line="28"/>
        <source>Log folder</source>
        <translation>ログフォルダ</translation>
    </message>
    <message>
        <location filename="../../ui/log_folder.py" line="29"/>
        <source>The log folder could not be opened. It is:
%1</source>
        <translation>ログフォルダを開けませんでした。場所は次のとおりです:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/log_folder.py" line="35"/>
        <source>Open the log folder</source>
        <translation>ログフォルダを開く</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="113"/>
        <location filename="../../ui/login.py" line="157"/>
        <location filename="../../ui/login.py" line="163"/>
        <source>Choose a new password to log in.</source>
        <translation>ログインするには新しいパスワードを決めてください。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="109"/>
        <source>An administrator set your password. Choose your own now; only you should know it.</source>
        <translation>パスワードは管理者が設定したものです。ご自身だけが知るパスワードを今決めてください。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="108"/>
        <source>Choose your password</source>
        <translation>パスワードの設定</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="45"/>
        <source>Back office — log in</source>
        <translation>バックオフィス — ログイン</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="60"/>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="61"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="65"/>
        <source>Staff code</source>
        <translation>職員コード</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="66"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="67"/>
        <source>Online applications back office</source>
        <translation>オンライン申請 バックオフィス</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="78"/>
        <location filename="../../ui/login.py" line="113"/>
        <location filename="../../ui/login.py" line="173"/>
        <source>Login failed.</source>
        <translation>ログインできませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="79"/>
        <location filename="../../ui/login.py" line="143"/>
        <source>Too many failed attempts on this workstation.</source>
        <translation>この端末でログインの失敗が続きました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/login.py" line="80"/>
        <location filename="../../ui/login.py" line="146"/>
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>あと %n 秒で再びログインできます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="80"/>
        <location filename="../../ui/login.py" line="151"/>
        <source>You can try again now.</source>
        <translation>もう一度ログインできます。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="89"/>
        <source>Enter your staff code and password.</source>
        <translation>職員コードとパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="95"/>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="78"/>
        <location filename="../../ui/login.py" line="126"/>
        <source>wrong staff code or password</source>
        <translation>職員コードまたはパスワードが違います</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="79"/>
        <location filename="../../ui/login.py" line="128"/>
        <source>this account is disabled</source>
        <translation>このアカウントは無効にされています</translation>
    </message>
    <message>
        <source>too many failed attempts on this workstation; try again in %1 s</source>
        <translation type="vanished">この端末でのログイン失敗が続いたため、%1 秒後に再試行してください</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation type="vanished">ログインできません: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="81"/>
        <location filename="../../ui/login.py" line="176"/>
        <source>The database cannot be reached. Ask the administrator.</source>
        <translation>データベースに接続できません。管理者に連絡してください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Procedures</source>
        <translation>手続き一覧</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Staff</source>
        <translation>職員管理</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>Back office — %1</source>
        <translation>バックオフィス — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Review queues</source>
        <translation>審査キュー</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Issue and deliver</source>
        <translation>発行・交付</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Verify certificate</source>
        <translation>証明書の検証</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Appointments</source>
        <translation>窓口予約</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Counters and closures</source>
        <translation>窓口と休止日</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Supervision</source>
        <translation>進捗管理</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Payments</source>
        <translation>収納管理</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Export</source>
        <translation>基幹系出力</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Quarantine</source>
        <translation>隔離</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Lock screen</source>
        <translation>画面ロック</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>Log out / switch user</source>
        <translation>ログアウト／利用者の切り替え</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;Queue</source>
        <translation>キュー(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Application</source>
        <translation>申請(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>&amp;Document</source>
        <translation>書類(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Staff manual</source>
        <translation>職員向け操作マニュアル</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>About the back office…</source>
        <translation>このシステムについて…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Change the language</source>
        <translation>表示言語の切替</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>Sync: done by the sync agent</source>
        <translation>同期: 同期エージェントが行います</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Sync: off (no gateway key configured)</source>
        <translation>同期: 停止中（ゲートウェイ鍵が未設定）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Sync error at %1: %2</source>
        <translation>同期エラー（%1）: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>Sync: starting…</source>
        <translation>同期: 開始中…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>Sync %1: another workstation is syncing the spool</source>
        <translation>同期 %1: 他の端末が同期中です（次回に再試行）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Sync %1: ingested %2, duplicates %3, quarantined %4</source>
        <translation>同期 %1: 取込 %2・重複 %3・隔離 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="317"/>
        <source>(%n problem(s))</source>
        <translation>
            <numerusform>（問題 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Database: not reachable — reconnecting…</source>
        <translation>データベース: 接続できません — 再接続中…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>Database: connected again</source>
        <translation>データベース: 再接続しました</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>The database connection is back.</source>
        <translation>データベースへの接続が復旧しました。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="98"/>
        <source>Session ended</source>
        <translation>ログインの終了</translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="159"/>
        <source>Your session was ended. Log in again.</source>
        <translation>ログインが終了しました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Inquiries</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>FAQ and announcements</source>
        <translation>FAQ・お知らせ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>(messages to the portal wait: no outbox key)</source>
        <translation>（ポータルへのメッセージは送信待ち: 送信用の鍵がありません）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Counter entry</source>
        <translation>窓口受付</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Figures</source>
        <translation>業務指標</translation>
    </message>
</context>
<context>
    <name>Manual</name>
    <message>
        <location filename="../../ui/manual.py" line="130"/>
        <source>Staff manual</source>
        <translation>職員向け操作マニュアル</translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="132"/>
        <source>The staff manual is written in Japanese; the screen names it quotes are those of the Japanese display. Administrators have an English guide (admin-guide-en).</source>
        <translation>職員向け操作マニュアルは日本語で書かれています。</translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="139"/>
        <source>Find in the manual (Ctrl+F)</source>
        <translation>マニュアル内を検索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="162"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="175"/>
        <source>The staff manual is not installed on this computer. Ask the administrator to reinstall the application, or read the printed manual.</source>
        <translation>この端末には職員向け操作マニュアルが入っていません。管理者にアプリの再インストールを依頼するか、印刷したマニュアルをご覧ください。</translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="183"/>
        <source>The staff manual could not be read. Ask the administrator.</source>
        <translation>職員向け操作マニュアルを読み込めませんでした。管理者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="286"/>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../../ui/manual.py" line="299"/>
        <source>That document is not part of the manual in the application; ask the administrator.</source>
        <translation>このリンク先の文書はアプリ内のマニュアルに含まれていません。管理者に確認してください。</translation>
    </message>
</context>
<context>
    <name>NewCounterDialog</name>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="38"/>
        <source>New counter</source>
        <translation>新しい窓口</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="41"/>
        <source>Lower-case letters, digits and hyphens; the portal and online applications name the counter by it. It cannot be changed later.</source>
        <translation>半角の小文字・数字・ハイフンで入力します。ポータルとオンライン申請はこの記号で窓口を指定します。あとから変更できません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="52"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="55"/>
        <source> seat(s)</source>
        <translation> 席</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="57"/>
        <source>Code</source>
        <translation>窓口記号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="58"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="59"/>
        <source>Opens</source>
        <translation>受付開始</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="60"/>
        <source>Closes</source>
        <translation>受付終了</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="61"/>
        <source>Slot length</source>
        <translation>1枠の長さ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="62"/>
        <source>Seats per slot</source>
        <translation>1枠の席数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="64"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../ui/pages/new_counter_dialog.py" line="65"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/operations.py" line="294"/>
        <source>Could not be done</source>
        <translation>実行できませんでした</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/password_dialog.py" line="65"/>
        <source>The two new passwords differ. Type them again.</source>
        <translation>新しいパスワードが 2 回で一致しません。もう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="62"/>
        <source>Enter the new password.</source>
        <translation>新しいパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="59"/>
        <source>Enter your current password.</source>
        <translation>現在のパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="44"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="43"/>
        <source>Set password</source>
        <translation>パスワードを設定</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="40"/>
        <source>At least 12 characters; a passphrase of several words is best. Not your staff code or name, not a common password.</source>
        <translation>12 文字以上。いくつかの語をつなげたパスフレーズがおすすめです。職員コードや氏名、よく使われるパスワードは使えません。</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="39"/>
        <source>New password again</source>
        <translation>新しいパスワード（確認）</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="38"/>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.py" line="37"/>
        <source>Current password</source>
        <translation>現在のパスワード</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="59"/>
        <source>The provider settled %1 but the fee due is %2: check the fee and ask the provider.</source>
        <translation>決済事業者の入金額は %1、手数料は %2 です。手数料を確認し、決済事業者に問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="62"/>
        <source>The provider names a different application for this payment: check which one was paid.</source>
        <translation>決済事業者は別の申請の支払としています。どの申請の支払か確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="64"/>
        <source>No application carries this payment: find the application the citizen paid for.</source>
        <translation>この支払に対応する申請がありません。支払った申請を探してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="66"/>
        <source>The application says it was paid, but the provider does not know the transaction: ask the provider.</source>
        <translation>申請では支払済ですが、決済事業者に取引の記録がありません。決済事業者に問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="68"/>
        <source>Check this payment with the provider.</source>
        <translation>決済事業者にこの支払を確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="73"/>
        <source>Amount differs</source>
        <translation>金額不一致</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="74"/>
        <source>Names another application</source>
        <translation>別の申請を指定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="75"/>
        <source>Paid without application</source>
        <translation>申請のない入金</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="76"/>
        <source>Unknown to the provider</source>
        <translation>決済事業者に記録なし</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="78"/>
        <source>Problem</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="79"/>
        <source>Transaction</source>
        <translation>取引番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="80"/>
        <location filename="../../ui/pages/payments_page.py" line="86"/>
        <location filename="../../ui/pages/payments_page.py" line="106"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="81"/>
        <source>Fee due</source>
        <translation>手数料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="82"/>
        <source>Provider amount</source>
        <translation>決済額</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="83"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="87"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="88"/>
        <location filename="../../ui/pages/payments_page.py" line="107"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="89"/>
        <source>Paid by</source>
        <translation>支払方法</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="89"/>
        <source>Provider</source>
        <translation>決済事業者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="89"/>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="90"/>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="94"/>
        <source>Import settlement file…</source>
        <translation>決済データを取り込む…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="96"/>
        <source>Record refund for selected</source>
        <translation>選択した還付を記録</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="101"/>
        <source>Record counter payment</source>
        <translation>窓口収納を記録</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="104"/>
        <source>Counter payment</source>
        <translation>窓口での支払い</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="108"/>
        <source>Receipt number</source>
        <translation>領収書番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="115"/>
        <source>Mismatches between the provider and the applications</source>
        <translation>決済データと申請の不一致</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="118"/>
        <source>Refunds owed (rejected or withdrawn after payment)</source>
        <translation>還付が必要なもの（支払後に却下・取下げ）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="174"/>
        <source>%1 was imported before; nothing changed.</source>
        <translation>%1 は取込済みです。変更はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="176"/>
        <source>%1: %2 rows, %3 new, %4 refunded by the provider (%5)</source>
        <translation>%1: %2 行、新規 %3 件、決済事業者による返金 %4 件（%5）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="183"/>
        <source>character set %1</source>
        <translation>文字コード %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="186"/>
        <source>Settlement file</source>
        <translation>決済データ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="187"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSVファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="194"/>
        <source>Choose a refund first.</source>
        <translation>先に還付を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="199"/>
        <source>Refund recorded for %1</source>
        <translation>%1 の還付を記録しました</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="205"/>
        <source>Counter payment recorded for %1 (receipt %2)</source>
        <translation>%1 の窓口収納を記録しました（領収書 %2）</translation>
    </message>
</context>
<context>
    <name>PortalContentPage</name>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="71"/>
        <source>FAQ</source>
        <translation>よくある質問</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="72"/>
        <source>Announcements</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="77"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="78"/>
        <location filename="../../ui/pages/portal_content_page.py" line="107"/>
        <location filename="../../ui/pages/portal_content_page.py" line="160"/>
        <source>Save and publish</source>
        <translation>保存して公開</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="79"/>
        <location filename="../../ui/pages/portal_content_page.py" line="108"/>
        <location filename="../../ui/pages/portal_content_page.py" line="161"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="80"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="90"/>
        <location filename="../../ui/pages/portal_content_page.py" line="101"/>
        <location filename="../../ui/pages/portal_content_page.py" line="304"/>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="90"/>
        <location filename="../../ui/pages/portal_content_page.py" line="102"/>
        <location filename="../../ui/pages/portal_content_page.py" line="304"/>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="90"/>
        <location filename="../../ui/pages/portal_content_page.py" line="103"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="91"/>
        <location filename="../../ui/pages/portal_content_page.py" line="131"/>
        <location filename="../../ui/pages/portal_content_page.py" line="304"/>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="91"/>
        <location filename="../../ui/pages/portal_content_page.py" line="132"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="95"/>
        <location filename="../../ui/pages/portal_content_page.py" line="303"/>
        <source>(all procedures)</source>
        <translation>（手続きを問わない）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="104"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="106"/>
        <source>New entry</source>
        <translation>新しい FAQ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="109"/>
        <location filename="../../ui/pages/portal_content_page.py" line="161"/>
        <source>Withdraw</source>
        <translation>取り下げ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="121"/>
        <source>What the portal will receive</source>
        <translation>ポータルに送られる内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="131"/>
        <location filename="../../ui/pages/portal_content_page.py" line="156"/>
        <source>From</source>
        <translation>掲載開始</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="131"/>
        <location filename="../../ui/pages/portal_content_page.py" line="157"/>
        <source>Until</source>
        <translation>掲載終了</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="131"/>
        <location filename="../../ui/pages/portal_content_page.py" line="154"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="140"/>
        <source>yyyy-MM-dd HH:mm</source>
        <comment>date and time edit display format</comment>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="141"/>
        <source>No end</source>
        <translation>終了日なし</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="155"/>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="158"/>
        <source>Procedures</source>
        <translation>対象の手続き</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="160"/>
        <source>New announcement</source>
        <translation>新しいお知らせ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="211"/>
        <source>Withdrawn</source>
        <translation>取り下げ済み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="211"/>
        <source>Published</source>
        <translation>公開中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="319"/>
        <source>FAQ entry saved and published.</source>
        <translation>FAQ を保存し、ポータルへ公開しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="323"/>
        <source>Announcement saved and published.</source>
        <translation>お知らせを保存し、ポータルへ公開しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/portal_content_page.py" line="337"/>
        <source>Withdrawn; the portal hides it.</source>
        <translation>取り下げました。ポータルから表示されなくなります。</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="133"/>
        <source>Applications received before the day keep their fee and deadline; those received from it are judged by this version.</source>
        <translation>適用開始日の前日までに受け付けた申請は元の手数料と処理期限のまま、その日以後に受け付けた申請にはこの内容が適用されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="129"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="121"/>
        <source>Labels of the form&apos;s fields (as the application screen shows them):</source>
        <translation>申請項目の表示名（申請画面に表示されます）：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="128"/>
        <source>Schedule</source>
        <translation>登録</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="126"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="125"/>
        <source>In force from</source>
        <translation>適用開始日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="119"/>
        <source>Register</source>
        <translation>照会する台帳</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="118"/>
        <source>Issuance template</source>
        <translation>交付する書類の様式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="117"/>
        <source>Required attachments</source>
        <translation>必要な添付書類</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="113"/>
        <source>Approval</source>
        <translation>決裁</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="112"/>
        <source>Standard processing period</source>
        <translation>標準処理期間</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="111"/>
        <source>Fee per copy</source>
        <translation>1 通あたりの手数料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="109"/>
        <source>e.g. 手数料条例の改正</source>
        <translation>例: 手数料条例の改正</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="78"/>
        <source>Two steps (a supervisor decides)</source>
        <translation>二段階（決裁者が決定）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="77"/>
        <source>One step (the reviewer decides)</source>
        <translation>一段階（審査担当が決定）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="74"/>
        <source> business days</source>
        <translation> 開庁日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="73"/>
        <source>No standard period</source>
        <translation>定めなし</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="69"/>
        <source> yen</source>
        <translation> 円</translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalog_page.py" line="66"/>
        <source>Change %1</source>
        <translation>%1 の変更</translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="41"/>
        <source>Quarantined at</source>
        <translation>隔離日時</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="vanished">バンドル</translation>
    </message>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="41"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="41"/>
        <source>What to do</source>
        <translation>対応</translation>
    </message>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="41"/>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="54"/>
        <source>The details are shown only to the department&apos;s supervisors.</source>
        <translation>詳しい内容は、担当課の決裁者・係長だけに表示されます。</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="vanished">詳細</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <source>Bundles refused by the sync. Ask the gateway operator to resend a corrected bundle.</source>
        <translation type="vanished">同期で受け付けられなかったバンドルです。修正したバンドルの再送をゲートウェイ担当者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="62"/>
        <source>Retry</source>
        <translation>再処理</translation>
    </message>
    <message>
        <source>Put the bundle back into the inbox; the next sync checks it again</source>
        <translation type="vanished">バンドルを受信フォルダに戻し、次回の同期で再検査します</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="58"/>
        <source>Application data the sync refused. Ask the gateway operator to resend it corrected.</source>
        <translation>同期で受け付けられなかった申請データです。修正したデータの再送をゲートウェイ担当者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="63"/>
        <source>Put the file back into the inbox; the next sync checks it again</source>
        <translation>申請データを受信フォルダに戻し、次回の同期で再検査します</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="64"/>
        <source>Discard…</source>
        <translation>破棄…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="65"/>
        <source>Close the case with a note (the file is kept)</source>
        <translation>メモを付けて処理を終了します（ファイルは保存されます）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/quarantine_page.py" line="89"/>
        <source>%n refused file(s)</source>
        <translation>
            <numerusform>隔離中の申請データ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="99"/>
        <location filename="../../ui/pages/quarantine_page.py" line="111"/>
        <source>Select a refused file first.</source>
        <translation>先に隔離された申請データを選択してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="105"/>
        <source>The file is back in the inbox; the next sync checks it again.</source>
        <translation>申請データを受信フォルダに戻しました。次回の同期で再検査します。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="114"/>
        <source>Why is this file discarded?</source>
        <translation>この申請データを破棄する理由を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="119"/>
        <source>Discarded; the file is kept, not deleted.</source>
        <translation>破棄しました。ファイルは削除されず、保管されています。</translation>
    </message>
    <message numerus="yes">
        <source>%n refused bundle(s)</source>
        <translation type="vanished">
            <numerusform>隔離中のバンドル %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a refused bundle first.</source>
        <translation type="vanished">先に隔離されたバンドルを選択してください。</translation>
    </message>
    <message>
        <source>The bundle is back in the inbox; the next sync checks it again.</source>
        <translation type="vanished">バンドルを受信フォルダに戻しました。次回の同期で再検査します。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="114"/>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Why is this bundle discarded?</source>
        <translation type="vanished">このバンドルを破棄する理由を入力してください。</translation>
    </message>
    <message>
        <source>Discarded; the file is kept under discarded/.</source>
        <translation type="vanished">破棄しました。ファイルは discarded/ に保存されています。</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/models/queue_model.py" line="109"/>
        <source>Application ID</source>
        <translation>申請番号</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="109"/>
        <source>Procedure</source>
        <translation>手続</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="109"/>
        <source>Applicant</source>
        <translation>申請者</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="109"/>
        <source>Kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="110"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="110"/>
        <source>Due</source>
        <translation>処理期限</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="110"/>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="110"/>
        <source>Attention</source>
        <translation>要確認事項</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="172"/>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/queue_model.py" line="174"/>
        <source>Due within %n business day(s)</source>
        <translation>
            <numerusform>期限まで %n 開庁日以内</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="57"/>
        <source>Ready for review</source>
        <translation>審査待ち</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="58"/>
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="59"/>
        <source>Mine</source>
        <translation>自分の担当</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="60"/>
        <source>In review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="61"/>
        <source>Pending approval</source>
        <translation>決裁待ち</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="63"/>
        <source>Returned for correction</source>
        <translation>補正待ち</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="64"/>
        <source>Approved</source>
        <translation>承認済</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="65"/>
        <source>All open</source>
        <translation>処理中すべて</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="66"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>ID, name, kana (any width) or birth date</source>
        <translation type="vanished">申請番号・氏名・カナ（全角/半角）・生年月日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="90"/>
        <source>ID, name, kana (any width) or birth date, then Enter</source>
        <translation>申請番号・氏名・カナ（全角/半角）・生年月日を入力して Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="92"/>
        <source>All procedures</source>
        <translation>すべての手続</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="96"/>
        <source>All departments</source>
        <translation>すべての担当課</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="100"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="131"/>
        <source>Queue not loaded: %1</source>
        <translation>キューを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="143"/>
        <location filename="../../ui/pages/queue_page.py" line="167"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="145"/>
        <source>Next application</source>
        <translation>次の申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="147"/>
        <source>Refresh</source>
        <translation>最新の情報に更新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="149"/>
        <source>Jump to the end</source>
        <translation>末尾へ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="257"/>
        <source>%1 applications shown</source>
        <translation>%1 件を表示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="258"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="275"/>
        <source>No application matches 「%1」 in any queue.</source>
        <translation>「%1」に該当する申請はどのキューにもありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="278"/>
        <source>%1: %2</source>
        <translation>%1 %2 件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="279"/>
        <source>Show them in All</source>
        <translation>「すべて」で表示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="280"/>
        <source>Not in this queue. Found elsewhere — %1.</source>
        <translation>このキューにはありません。他の状態にあります — %1。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="313"/>
        <source>No application is waiting in this queue.</source>
        <translation>このキューに待ちの申請はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="319"/>
        <source>Next failed: %1</source>
        <translation>次の申請を取得できません: %1</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/certificate_reason.py" line="55"/>
        <source>Say what happened in the details.</source>
        <translation>「詳細」に何があったかを書いてください。</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="43"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="42"/>
        <source>Reprint</source>
        <translation>再発行する</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="42"/>
        <source>Revoke</source>
        <translation>失効する</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="40"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="39"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="37"/>
        <source>A new paper with a new serial is printed; serial %1 will verify as superseded.</source>
        <translation>新しい証明番号で書類を印刷します。証明番号 %1 は今後の検証で「再発行済み」と表示されます。</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="35"/>
        <source>The paper with serial %1 will verify as revoked from now on. This cannot be undone.</source>
        <translation>証明番号 %1 の書類は、今後の検証で「失効」と表示されます。元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="29"/>
        <source>Lost before it was handed over</source>
        <translation>交付前の紛失</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="28"/>
        <source>Soiled or damaged</source>
        <translation>汚損・破損</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="28"/>
        <source>Paper jam</source>
        <translation>紙詰まり</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="27"/>
        <location filename="../../ui/certificate_reason.py" line="29"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="27"/>
        <source>Suspected fraud</source>
        <translation>不正取得の疑い</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="26"/>
        <source>Issued to the wrong person</source>
        <translation>誤交付</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="26"/>
        <location filename="../../ui/certificate_reason.py" line="28"/>
        <source>Error in the content</source>
        <translation>記載誤り</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="24"/>
        <source>Reprint %1</source>
        <translation>%1 の再発行</translation>
    </message>
    <message>
        <location filename="../../ui/certificate_reason.py" line="24"/>
        <source>Revoke %1</source>
        <translation>%1 の失効</translation>
    </message>
</context>
<context>
    <name>RecordWidget</name>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="31"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="32"/>
        <source>Name (kana)</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="33"/>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="34"/>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="35"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="36"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="37"/>
        <source>Householder</source>
        <translation>世帯主</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="38"/>
        <source>Relationship</source>
        <translation>続柄</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="39"/>
        <source>Resident since</source>
        <translation>住民となった日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="40"/>
        <source>Seal registration number</source>
        <translation>印鑑登録番号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="41"/>
        <source>Registered on</source>
        <translation>登録年月日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="42"/>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="43"/>
        <source>Total income</source>
        <translation>所得金額</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="44"/>
        <source>Taxable income</source>
        <translation>課税所得金額</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="45"/>
        <source>Municipal tax</source>
        <translation>市民税額</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="46"/>
        <source>Prefectural tax</source>
        <translation>府民税額</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="47"/>
        <source>Registered domicile</source>
        <translation>本籍</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="48"/>
        <source>Head of the family register</source>
        <translation>筆頭者</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="50"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="55"/>
        <source>Found in the register</source>
        <translation>該当あり</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="56"/>
        <source>Nobody in the register fits</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="57"/>
        <source>Several people in the register fit</source>
        <translation>複数該当</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="58"/>
        <source>Restricted (support measures)</source>
        <translation>支援措置対象</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="60"/>
        <source>Unknown answer</source>
        <translation>不明な回答</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="69"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="69"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="83"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="83"/>
        <source>The applicant wrote</source>
        <translation>申請内容</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="83"/>
        <source>The register says</source>
        <translation>住民記録等の照会結果</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="109"/>
        <source>Register: waiting for the answer of the core systems</source>
        <translation>住民記録等の照会：基幹系の回答待ち（受付済・照会中）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="114"/>
        <source>Register: restricted (support measures) — only a supervisor may see this record and decide (answer of %1)</source>
        <translation>住民記録等の照会：支援措置対象のため閲覧制限中。記録の閲覧と決定は監督者のみ（%1時点の回答）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="119"/>
        <source>Register: %1 (answer of %2)</source>
        <translation>住民記録等の照会：%1（%2時点の回答）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="121"/>
        <source> — %1 item(s) differ</source>
        <translation>&#x3000;相違 %1 項目</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/record_widget.py" line="145"/>
        <source>Household (as registered):</source>
        <translation>世帯員（住民記録）：</translation>
    </message>
</context>
<context>
    <name>SanitizeText</name>
    <message>
        <location filename="../../ui/sanitize_text.py" line="16"/>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="16"/>
        <source>embedded files</source>
        <translation>埋め込みファイル</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="17"/>
        <source>interactive form</source>
        <translation>入力フォーム</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="17"/>
        <source>document metadata</source>
        <translation>文書情報</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="18"/>
        <source>annotations and links</source>
        <translation>注釈・リンク</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="19"/>
        <source>other content</source>
        <translation>その他の内容</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="24"/>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="36"/>
        <source>Read the %1 image and saved it again as %2</source>
        <translation>%1画像を読み込み、%2で保存し直しました</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="39"/>
        <source>Rebuilt %1 TIFF pages as a PDF of page images</source>
        <translation>TIFFの%1ページを画像のPDFに作り直しました</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="40"/>
        <source>Read the %1 image</source>
        <translation>%1画像を読み込みました</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="42"/>
        <source>Kept only the first of %1 frames</source>
        <translation>%1コマのうち最初の1コマだけを残しました</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="43"/>
        <source>Turned the image upright</source>
        <translation>画像の向きを直しました</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="45"/>
        <source>Removed the photo information, including the location</source>
        <translation>撮影情報（位置情報を含む）を削除しました</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="46"/>
        <source>Removed the photo information (EXIF)</source>
        <translation>撮影情報（EXIF）を削除しました</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="47"/>
        <source>Removed the colour profile</source>
        <translation>カラープロファイルを削除しました</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="48"/>
        <source>Removed embedded metadata (XMP)</source>
        <translation>埋め込み情報（XMP）を削除しました</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="49"/>
        <source>Removed other embedded information</source>
        <translation>その他の埋め込み情報を削除しました</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="51"/>
        <source>Rebuilt %1 PDF page(s) as page images at %2 dpi</source>
        <translation>PDFの%1ページを%2 DPIの画像にして作り直しました</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="53"/>
        <source>Removed all TIFF tags and metadata</source>
        <translation>TIFFのタグと埋め込み情報をすべて削除しました</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="54"/>
        <source>Removed the text layer</source>
        <translation>文字情報を削除しました</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="56"/>
        <source>Removed %1 (%2 found)</source>
        <translation>%1を削除しました（%2件）</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="58"/>
        <source>Turned every page into an image</source>
        <translation>すべてのページを画像にしました</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="59"/>
        <source>Removed embedded information</source>
        <translation>埋め込み情報を削除しました</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="68"/>
        <source>This file type is not accepted</source>
        <translation>受け付けないファイル形式です</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="69"/>
        <source>The file is larger than allowed</source>
        <translation>ファイルが大きすぎます</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="70"/>
        <source>The image is larger than allowed</source>
        <translation>画像が大きすぎます</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="72"/>
        <source>%1 pages; at most %2 are accepted</source>
        <translation>%1ページあります（上限 %2ページ）</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="73"/>
        <source>The PDF has no pages</source>
        <translation>PDFにページがありません</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="74"/>
        <source>The PDF is password protected</source>
        <translation>PDFにパスワードが設定されています</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="75"/>
        <source>The PDF is damaged and cannot be read</source>
        <translation>PDFが壊れていて読み取れません</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="77"/>
        <source>The file took too much memory or time to check</source>
        <translation>確認にかかるメモリまたは時間が上限を超えました</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="78"/>
        <source>The file could not be checked safely</source>
        <translation>ファイルを安全に確認できませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="79"/>
        <source>The file could not be checked</source>
        <translation>ファイルを確認できませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="93"/>
        <source>Another cleaning step (see the tooltip)</source>
        <translation>その他の無害化処理（詳細はマウスを合わせると表示されます）</translation>
    </message>
    <message>
        <location filename="../../ui/sanitize_text.py" line="98"/>
        <source>Refused by the gateway (see the tooltip)</source>
        <translation>無害化装置が受け付けませんでした（詳細はマウスを合わせると表示されます）</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <location filename="../../ui/session_flow.py" line="45"/>
        <source>a decision or comment still waiting for the database</source>
        <translation>データベースへの送信を待っている審査結果またはコメント</translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="47"/>
        <source>the reason typed in the decision panel</source>
        <translation>審査結果欄に入力した理由</translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="49"/>
        <source>the internal comment not yet added</source>
        <translation>まだ追加していない内部コメント</translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="58"/>
        <source>This text has not been sent yet:</source>
        <translation>次の入力内容はまだ送信されていません:</translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="60"/>
        <source>Discard it and continue?</source>
        <translation>破棄して続けますか？</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="102"/>
        <source>Your password has been changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="96"/>
        <source>Change my password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="72"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="63"/>
        <location filename="../../ui/pages/settings_page.py" line="65"/>
        <source>Change my password…</source>
        <translation>パスワードの変更…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="53"/>
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="56"/>
        <source>Ask before a decision is sent to the applicant and before &quot;Issue all&quot;</source>
        <translation>申請者に送る判断と「すべて発行」の前に確認する</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="58"/>
        <source>Experienced staff may switch this off. A reason with a template placeholder such as {document} is never sent, whatever this says.</source>
        <translation>慣れた職員はオフにできます。{書類名} のような差し込み箇所が残った理由は、この設定にかかわらず送られません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="62"/>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="75"/>
        <source>The screen locks after %1 minutes without keyboard or mouse input (Ctrl+L locks at once); your password unlocks it. Your session ends when an administrator disables your account or ends its sessions.</source>
        <translation>キーボード・マウスの操作が %1 分間ないと画面がロックされます（Ctrl+L ですぐにロック）。解除にはパスワードが必要です。管理者がアカウントを無効にしたり、役割・所属課・パスワードを変えたりすると、ログインが終了します。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="79"/>
        <source>An application you open is held for you for %1 minutes and renewed while it stays open; it is given back when you leave it.</source>
        <translation>開いた申請は %1 分間あなたの担当として確保され、開いている間は自動で延長されます。画面を離れると解放されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="82"/>
        <source>built-in defaults (no configuration file)</source>
        <translation>既定値（設定ファイルなし）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="84"/>
        <source>Configuration: %1</source>
        <translation>設定ファイル: %1</translation>
    </message>
    <message>
        <source>The language changes when the application starts next.</source>
        <translation type="vanished">表示言語は次回の起動時に切り替わります。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="309"/>
        <source>Temporary password of %1 set.</source>
        <translation>%1 の仮パスワードを設定しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="302"/>
        <source>A temporary password for %1. Tell it to them in person; they must choose their own at the next login. Their open sessions end.</source>
        <translation>%1 の仮パスワードです。本人に直接伝えてください。次回ログイン時に本人が自分のパスワードを決めます。ログイン中であれば、そのログインは終了します。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="301"/>
        <source>Reset password</source>
        <translation>パスワード再設定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="294"/>
        <source>%1 can log in again on every workstation.</source>
        <translation>%1 はすべての端末で再びログインできます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="286"/>
        <source>%1 enabled.</source>
        <translation>%1 を有効にしました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="286"/>
        <source>%1 disabled.</source>
        <translation>%1 を無効にしました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="281"/>
        <source>Disable %1? Their open sessions end at once.</source>
        <translation>%1 を無効にしますか？ログイン中であれば、ただちにログインが終了します。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="271"/>
        <source>Roles and departments of %1 saved; their open sessions have ended.</source>
        <translation>%1 の役割と所属課を保存しました。ログイン中だった場合、そのログインは終了しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="255"/>
        <source>Account %1 added.</source>
        <translation>アカウント %1 を追加しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="245"/>
        <source>Staff accounts</source>
        <translation>職員アカウント</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/staff_page.py" line="211"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 件のアカウント</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="199"/>
        <source>Never</source>
        <translation>未ログイン</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="197"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="196"/>
        <source>Every department</source>
        <translation>すべての課</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="187"/>
        <source>Must choose a new password</source>
        <translation>パスワード変更待ち</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="185"/>
        <source>Locked out after failed logins</source>
        <translation>ログイン失敗でロック中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="183"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="183"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="161"/>
        <source>Staff accounts. Reviewers and supervisors see only the applications of their departments; every change here is recorded in the audit log.</source>
        <translation>職員アカウントの一覧です。審査担当と決裁者は所属課の申請だけを見られます。ここでの変更はすべて監査ログに記録されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="154"/>
        <source>Reset password…</source>
        <translation>パスワード再設定…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="153"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="229"/>
        <source>Enable</source>
        <translation>有効にする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="152"/>
        <location filename="../../ui/pages/staff_page.py" line="229"/>
        <location filename="../../ui/pages/staff_page.py" line="280"/>
        <source>Disable</source>
        <translation>無効にする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="151"/>
        <source>Roles and departments…</source>
        <translation>役割・所属課…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="150"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="142"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="142"/>
        <source>Last login</source>
        <translation>最終ログイン</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="141"/>
        <source>Departments</source>
        <translation>所属課</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="141"/>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="141"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff_page.py" line="141"/>
        <source>Staff code</source>
        <translation>職員コード</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/startup_errors.py" line="24"/>
        <source>The configuration file %1 has an unknown section [%2]. Check its spelling.</source>
        <translation>設定ファイル %1 に不明なセクション [%2] があります。綴りを確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="26"/>
        <source>The configuration file %1 has an unknown setting “%2” in [%3]. Check its spelling.</source>
        <translation>設定ファイル %1 の [%3] に不明な設定項目「%2」があります。綴りを確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="30"/>
        <source>The database set in the configuration (%1) is not supported.</source>
        <translation>設定のデータベース（%1）には対応していません。</translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="31"/>
        <source>Cannot connect to the database (%1). Check the network and the database server, or ask the administrator.</source>
        <translation>データベース（%1）に接続できません。ネットワークとデータベースサーバーを確認するか、管理者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="33"/>
        <source>The database (%1) has not been set up yet. Ask the administrator.</source>
        <translation>データベース（%1）はまだ初期設定されていません。管理者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="34"/>
        <source>The database (%1) must be updated for this version. Ask the administrator.</source>
        <translation>このバージョンではデータベース（%1）の更新が必要です。管理者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="35"/>
        <source>The database (%1) cannot be used.</source>
        <translation>データベース（%1）を使用できません。</translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="38"/>
        <source>The configuration has an error. Ask the administrator (details below).</source>
        <translation>設定に誤りがあります。管理者に連絡してください（詳細は下記）。</translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="39"/>
        <source>The application could not start. Ask the administrator (details below).</source>
        <translation>アプリケーションを起動できませんでした。管理者に連絡してください（詳細は下記）。</translation>
    </message>
    <message>
        <location filename="../../ui/startup_errors.py" line="45"/>
        <source>Cannot start</source>
        <translation>起動できません</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="37"/>
        <source>Open scan, photo or PDF…</source>
        <translation>スキャン画像・写真・PDFを開く…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="39"/>
        <source>Or drop the file here. Compare the facts below with the paper.</source>
        <translation>ここにファイルをドロップすることもできます。下の記載事項を書面と照合してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="50"/>
        <source>Serial number</source>
        <translation>証明番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="50"/>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="51"/>
        <source>Issued on</source>
        <translation>発行日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="51"/>
        <source>Issuer (city code)</source>
        <translation>発行元（団体コード）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="52"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="52"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="53"/>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="53"/>
        <source>Signing key</source>
        <translation>署名鍵</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="70"/>
        <source>Certificate to verify</source>
        <translation>検証する証明書</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="71"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>画像・PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="94"/>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="102"/>
        <source>VALID: issued by the city</source>
        <translation>有効：市が発行した証明書です</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="103"/>
        <source>REVOKED: do not accept</source>
        <translation>失効：受け付けないでください</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="104"/>
        <source>FORGED OR ALTERED: signature does not match</source>
        <translation>偽造・改ざんの疑い：署名が一致しません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="105"/>
        <source>UNKNOWN KEY: cannot confirm the issuer</source>
        <translation>不明な鍵：発行元を確認できません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="106"/>
        <source>NO CERTIFICATE CODE FOUND</source>
        <translation>証明書のコードが見つかりません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="115"/>
        <source>DEMO DOCUMENT: not an official certificate</source>
        <translation>見本（デモ）：正式な証明書ではありません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="136"/>
        <source>The signature is the city&apos;s, but this office has no record of the serial: check with the issuing department.</source>
        <translation>市の署名は有効ですが、この証明番号の記録がありません。発行担当課に確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="139"/>
        <source>The signature is the city&apos;s and serial %1 is valid in this office&apos;s records.</source>
        <translation>市の署名であり、証明番号 %1 はこの事務所の記録で有効です。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="142"/>
        <source>The office&apos;s record of this document differs from the signed content: check with the issuing department.</source>
        <translation>この書類の記録が署名された内容と異なります。発行した部署に確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="147"/>
        <source>This paper was replaced by a reprint with serial %1; only the new one counts.</source>
        <translation>再発行（証明番号 %1）により置き換えられた書類です。有効なのは新しい書類だけです。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="149"/>
        <source>Serial %1 was revoked by the city.</source>
        <translation>証明番号 %1 は市が取り消しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="150"/>
        <source> Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="152"/>
        <source>The code&apos;s signature does not match its content: the paper may be forged or altered.</source>
        <translation>コードの署名が内容と一致しません。偽造または改ざんの可能性があります。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="154"/>
        <source>The code was signed with a key this office does not know: the issuer cannot be confirmed. Ask the system administrator whether the key is registered.</source>
        <translation>この事務所が知らない鍵で署名されています。発行元を確認できません。鍵が登録されているかシステム管理者に確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="157"/>
        <source>The file has a QR code, but not one of the city&apos;s certificate codes.</source>
        <translation>QRコードはありますが、市の証明書のコードではありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="158"/>
        <source>No QR code was found. Scan the paper again at a higher resolution or straighter.</source>
        <translation>QRコードが見つかりません。解像度を上げるか、まっすぐにして読み取り直してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="162"/>
        <source>Not a certificate: the file has too many pages.</source>
        <translation>証明書ではありません：ページが多すぎます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="163"/>
        <source>Not a certificate: a page of the file is far larger than paper.</source>
        <translation>証明書ではありません：用紙よりはるかに大きいページがあります。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="164"/>
        <source>Not a certificate: the image is too large to scan.</source>
        <translation>証明書ではありません：画像が大きすぎて読み取れません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="165"/>
        <source>Not a certificate: the file takes too long to scan.</source>
        <translation>証明書ではありません：読み取りに時間がかかりすぎます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="166"/>
        <source>Not a certificate.</source>
        <translation>証明書ではありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="175"/>
        <source>Could not check the file</source>
        <translation>ファイルを確認できませんでした</translation>
    </message>
</context>
<context>
    <name>WorkloadWidget</name>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="40"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="41"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="42"/>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="43"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="44"/>
        <source>Lease until</source>
        <translation>担当期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="52"/>
        <source>Release</source>
        <translation>担当を解除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="57"/>
        <source>Hand over to</source>
        <translation>引き継ぐ相手</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="67"/>
        <source>Applications held now</source>
        <translation>現在担当中の申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="107"/>
        <source>Choose an application first.</source>
        <translation>先に申請を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="112"/>
        <source>Released %1</source>
        <translation>%1 の担当を解除しました</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="118"/>
        <source>Choose an application and a reviewer first.</source>
        <translation>申請と引き継ぐ審査担当を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="124"/>
        <source>%1 handed over to %2</source>
        <translation>%1 を %2 に引き継ぎました</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Session ended</source>
        <translation type="vanished">セッション終了</translation>
    </message>
    <message>
        <source>Your session was ended. Log in again.</source>
        <translation type="vanished">セッションが終了しました。もう一度ログインしてください。</translation>
    </message>
</context>
</TS>
