<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApplicationDetailWidget</name>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="31"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="32"/>
        <source>Applicant</source>
        <translation>申請者</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="33"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="34"/>
        <source>Claimed by</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="35"/>
        <source>Delivery</source>
        <translation>交付方法</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="36"/>
        <source>Due</source>
        <translation>処理期限</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="37"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="38"/>
        <source>Form</source>
        <translation>申請内容</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="39"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="40"/>
        <source>Internal comments</source>
        <translation>内部コメント</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="41"/>
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="42"/>
        <source>No changes</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="43"/>
        <source>No e-signature</source>
        <translation>電子署名なし</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="44"/>
        <source>Payment</source>
        <translation>支払</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="45"/>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="46"/>
        <source>Recommendation</source>
        <translation>起案</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="47"/>
        <source>Sanitization</source>
        <translation>無害化処理</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="48"/>
        <source>Signature</source>
        <translation>電子署名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="49"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="50"/>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="51"/>
        <source>refused by the gateway</source>
        <translation>ゲートウェイで拒否</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="52"/>
        <source>two-step approval</source>
        <translation>二段階決裁</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="85"/>
        <source>Attachments</source>
        <translation>添付書類</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="107"/>
        <source>approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="107"/>
        <source>reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="112"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="112"/>
        <source>Kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="113"/>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="113"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="114"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="114"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="114"/>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="119"/>
        <source>Fee due</source>
        <translation>手数料</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="119"/>
        <source>Paid</source>
        <translation>支払額</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="120"/>
        <location filename="../../ui/widgets/detail_widget.py" line="124"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="120"/>
        <source>Transaction</source>
        <translation>取引番号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="121"/>
        <source>Paid at</source>
        <translation>支払日時</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="125"/>
        <source>Appointment</source>
        <translation>来庁予約</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="142"/>
        <source>What changed since revision %1</source>
        <translation>第 %1 版からの変更点</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/detail_widget.py" line="177"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationPage</name>
    <message>
        <location filename="../../ui/pages/application_page.py" line="80"/>
        <source>Stop retrying</source>
        <translation>再試行をやめる</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="81"/>
        <source>Stop sending it again; what you typed stays here</source>
        <translation>再送信をやめます。入力した内容はそのまま残ります</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="103"/>
        <source>Open an application from a queue (Enter) or take the next one (Ctrl+N).</source>
        <translation>キューから申請を開く（Enter）か、次の申請を取得（Ctrl+N）してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="131"/>
        <location filename="../../ui/pages/application_page.py" line="206"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="145"/>
        <source>Read only: %1</source>
        <translation>閲覧のみ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="147"/>
        <source>You are working on this application (%1).</source>
        <translation>この申請を担当しています（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="150"/>
        <source>Read only (%1).</source>
        <translation>閲覧のみ（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="157"/>
        <source>No attachment to show</source>
        <translation>表示できる添付書類はありません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="202"/>
        <source>The lease was lost: %1</source>
        <translation>担当の確保が失われました: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="215"/>
        <source>Enter a reason: it is sent to the applicant.</source>
        <translation>理由を入力してください（申請者に通知されます）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="257"/>
        <source>Cannot reach the database. Your input is kept. Trying to reconnect… (attempt %1 failed; next try in %2 s)</source>
        <translation>データベースに接続できません。入力内容は保持されています。再接続を試みています…（%1 回目の試行に失敗、%2 秒後に再試行）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="269"/>
        <source>Not recorded. What you typed is still here; send it again when the database is back.</source>
        <translation>記録されていません。入力内容は残っています。データベースが復旧したら、もう一度送信してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="284"/>
        <source>The database is back; your input was recorded once.</source>
        <translation>データベースが復旧し、入力内容を 1 回だけ記録しました。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="297"/>
        <source>Recorded: %1</source>
        <translation>記録しました: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="226"/>
        <source>Enter the reason for the withdrawal.</source>
        <translation>取下げの理由を入力してください。</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="50"/>
        <source>Booked</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="50"/>
        <source>Checked in</source>
        <translation>来庁済み</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="51"/>
        <location filename="../../ui/pages/appointments_page.py" line="68"/>
        <source>No-show</source>
        <translation>不来庁</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="51"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="53"/>
        <location filename="../../ui/pages/appointments_page.py" line="97"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="54"/>
        <source>Seat</source>
        <translation>席</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="55"/>
        <location filename="../../ui/pages/appointments_page.py" line="98"/>
        <source>Visitor</source>
        <translation>来庁者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="56"/>
        <location filename="../../ui/pages/appointments_page.py" line="99"/>
        <source>Purpose</source>
        <translation>用件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="57"/>
        <location filename="../../ui/pages/appointments_page.py" line="100"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="58"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="68"/>
        <source>Check in</source>
        <translation>受付（来庁）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="69"/>
        <source>Cancel appointment</source>
        <translation>予約取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="69"/>
        <source>Open application</source>
        <translation>申請を開く</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="79"/>
        <source>Book</source>
        <translation>予約する</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="81"/>
        <source>Book the applicant&apos;s requested time</source>
        <translation>申請者の希望日時で予約</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="83"/>
        <source>Link selected to application</source>
        <translation>選択した予約を申請に紐付け</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="87"/>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="89"/>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="95"/>
        <source>Book by hand</source>
        <translation>窓口・電話での予約</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="156"/>
        <location filename="../../ui/pages/appointments_page.py" line="157"/>
        <source>The counter is closed on this day.</source>
        <translation>この日は窓口が閉まっています。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="178"/>
        <source>Choose an appointment first.</source>
        <translation>先に予約を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="181"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="188"/>
        <source>Choose a free time first.</source>
        <translation>先に空いている時刻を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="195"/>
        <location filename="../../ui/pages/appointments_page.py" line="203"/>
        <source>Booked %1 at %2</source>
        <translation>%1 さんを %2 に予約しました</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="210"/>
        <source>Choose an appointment and enter an application number.</source>
        <translation>予約を選び、申請番号を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/appointments_page.py" line="213"/>
        <source>Linked to %1</source>
        <translation>%1 に紐付けました</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/models/audit_model.py" line="72"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="72"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="72"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="72"/>
        <source>Workstation</source>
        <translation>端末</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="73"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="73"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="73"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="54"/>
        <source>e.g. rev1</source>
        <translation>例: rev1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="56"/>
        <source>e.g. application. or login</source>
        <translation>例: application. または login</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="59"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="60"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="61"/>
        <source>Verify chain</source>
        <translation>改ざん検査</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="62"/>
        <source>Check that no entry was edited, deleted or reordered</source>
        <translation>記録の書き換え・削除・並べ替えがないことを確認します</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="94"/>
        <source>Staff code</source>
        <translation>職員コード</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="95"/>
        <source>Application ID</source>
        <translation>申請番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="96"/>
        <source>Action (starts with)</source>
        <translation>操作（前方一致）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="102"/>
        <source>From / to (Japan time)</source>
        <translation>期間（日本時間）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="146"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="158"/>
        <source>(scroll for more)</source>
        <translation>（スクロールすると続きを表示）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/audit_page.py" line="159"/>
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="166"/>
        <source>Checking every entry of the audit log…</source>
        <translation>監査ログの全記録を検査しています…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="172"/>
        <source>The check could not run: %1</source>
        <translation>検査を実行できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="182"/>
        <source>The audit log is intact: %1 entries checked, none edited, deleted or reordered. Newest entry No. %2 (hash %3…).</source>
        <translation>監査ログは改ざんされていません。%1 件を検査し、書き換え・削除・並べ替えはありませんでした。最新の記録は %2 番（ハッシュ %3…）です。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="187"/>
        <source>entry No. %1 is missing (deleted)</source>
        <translation>%1 番の記録がありません（削除）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="189"/>
        <source>entry No. %1 does not follow the entry before it (deleted or reordered)</source>
        <translation>%1 番の記録が直前の記録につながっていません（削除または並べ替え）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="191"/>
        <source>entry No. %1 was changed after the previous daily check recorded it</source>
        <translation>%1 番の記録が前回の日次検査の後に変更されています</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="193"/>
        <source>entry No. %1 was altered after it was written</source>
        <translation>%1 番の記録が書き込み後に書き換えられています</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="194"/>
        <source>The audit log has been tampered with: %1. Entries from No. %2 on cannot be trusted; report this to the system administrator.</source>
        <translation>監査ログが改ざんされています: %1。%2 番以降の記録は信頼できません。システム管理者に報告してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="201"/>
        <source>Daily check: none yet (the sync agent checks the chain after 02:00).</source>
        <translation>日次検査: まだ実行されていません（同期エージェントが毎日 2:00 以降に検査します）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="206"/>
        <source>Daily check %1: %2</source>
        <translation>日次検査 %1: %2</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="51"/>
        <source>Application number, name, kana or birth date</source>
        <translation>申請番号・氏名・フリガナ・生年月日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="53"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="55"/>
        <source>Read receipt QR from image…</source>
        <translation>受付票のQRコードを画像から読み取る…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="59"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="59"/>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="59"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="59"/>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="60"/>
        <source>Delivery</source>
        <translation>交付方法</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="60"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="71"/>
        <source>Driver&apos;s license</source>
        <translation>運転免許証</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="71"/>
        <source>My Number card</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="72"/>
        <source>Passport</source>
        <translation>パスポート</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="72"/>
        <source>Health insurance card</source>
        <translation>健康保険証</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="73"/>
        <source>Other (write it in the note)</source>
        <translation>その他（備考に記入）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="77"/>
        <source>Record handover</source>
        <translation>交付を記録</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="89"/>
        <source>Handover at the counter</source>
        <translation>窓口での交付</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="91"/>
        <source>Issued documents</source>
        <translation>発行済み書類</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="92"/>
        <source>Identity document checked</source>
        <translation>確認した本人確認書類</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="93"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="107"/>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="112"/>
        <source>Receipt QR image</source>
        <translation>受付票QRコードの画像</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="113"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>画像・PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="119"/>
        <source>Reading the QR code…</source>
        <translation>QRコードを読み取り中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/counter_page.py" line="135"/>
        <source>%n application(s) found</source>
        <translation>
            <numerusform>%n 件の申請が見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="143"/>
        <source>Mail</source>
        <translation>郵送</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="143"/>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="144"/>
        <source>Electronic</source>
        <translation>電子交付</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="161"/>
        <source>valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="161"/>
        <source>superseded</source>
        <translation>再発行により無効</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="161"/>
        <source>revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="165"/>
        <source>Nothing issued yet</source>
        <translation>まだ発行されていません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/counter_page.py" line="180"/>
        <source>Handed over %1: %2</source>
        <translation>%1 を交付しました：%2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="83"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="84"/>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="85"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="86"/>
        <source>Due</source>
        <translation>処理期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="87"/>
        <source>Business days late</source>
        <translation>超過営業日数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="89"/>
        <source>Held by</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="98"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="100"/>
        <source>Save charts as PNG…</source>
        <translation>グラフをPNGで保存…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="141"/>
        <source>Applications by status</source>
        <translation>状態別の申請件数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="145"/>
        <source>Applications by procedure</source>
        <translation>手続き別の申請件数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="147"/>
        <source>Open work by business days since receipt</source>
        <translation>受付からの営業日数別の未処理件数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="151"/>
        <source>Overdue: %1   Due within 2 business days: %2   Open: %3</source>
        <translation>期限超過: %1   2営業日以内に期限: %2   未処理: %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="154"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="155"/>
        <source>Last sync: %1   Quarantined bundles waiting: %2</source>
        <translation>最終同期: %1   未対応の隔離バンドル: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="158"/>
        <source>Updated %1</source>
        <translation>%1 更新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="163"/>
        <source>Decisions per day (last 14 days)</source>
        <translation>日別の決定件数（直近14日）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_page.py" line="190"/>
        <source>Save charts to folder</source>
        <translation>グラフの保存先フォルダ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard_page.py" line="193"/>
        <source>%n chart(s) saved</source>
        <translation>
            <numerusform>%n 件のグラフを保存しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionWidget</name>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="45"/>
        <source>Reason template…</source>
        <translation>理由の定型文…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="46"/>
        <location filename="../../ui/widgets/decision_widget.py" line="120"/>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="46"/>
        <source>Return</source>
        <translation>返戻</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="47"/>
        <location filename="../../ui/widgets/decision_widget.py" line="120"/>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="47"/>
        <location filename="../../ui/widgets/decision_widget.py" line="58"/>
        <location filename="../../ui/widgets/decision_widget.py" line="126"/>
        <source>Withdraw</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="53"/>
        <source>Reason (sent to the applicant for a return or rejection)</source>
        <translation>理由（返戻・却下のときは申請者に通知されます）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="59"/>
        <source>Internal comment (never sent)</source>
        <translation>内部コメント（申請者には送られません）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="60"/>
        <location filename="../../ui/widgets/decision_widget.py" line="125"/>
        <source>Add comment</source>
        <translation>コメント追加</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="88"/>
        <source>Decision</source>
        <translation>審査結果</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="116"/>
        <source>Approve (final)</source>
        <translation>決裁（承認）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="116"/>
        <source>Send back</source>
        <translation>差し戻し</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="116"/>
        <source>Reject (final)</source>
        <translation>決裁（却下）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="118"/>
        <source>Recommend approval</source>
        <translation>承認を起案</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="118"/>
        <location filename="../../ui/widgets/decision_widget.py" line="120"/>
        <source>Return for correction</source>
        <translation>補正依頼（返戻）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="118"/>
        <source>Recommend rejection</source>
        <translation>却下を起案</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="148"/>
        <source>You recommended this application; another supervisor makes the final decision.</source>
        <translation>この申請はあなたが起案しました。決裁は別の決裁者が行います。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="150"/>
        <source>The reviewer recommends: %1. Your decision is final.</source>
        <translation>審査担当の起案: %1。あなたの判断で決裁となります。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="151"/>
        <source>approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="151"/>
        <source>reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="153"/>
        <source>Two-step procedure: your decision is a recommendation to a supervisor.</source>
        <translation>二段階決裁の手続です。あなたの判断は決裁者への起案になります。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="155"/>
        <source>Read only: you do not hold this application.</source>
        <translation>閲覧のみ: この申請の担当ではありません。</translation>
    </message>
</context>
<context>
    <name>DocumentViewerWidget</name>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="48"/>
        <location filename="../../ui/widgets/document_viewer.py" line="112"/>
        <source>No document selected</source>
        <translation>書類が選択されていません</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="76"/>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="77"/>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="78"/>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="79"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="80"/>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="81"/>
        <source>Fit page</source>
        <translation>ページ全体</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="82"/>
        <source>Rotate clockwise</source>
        <translation>右に回転</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="116"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="138"/>
        <source>This document cannot be shown: %1</source>
        <translation>この書類は表示できません: %1</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/pages/export_page.py" line="88"/>
        <source>Export now</source>
        <translation>今すぐ出力</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="90"/>
        <source>Re-export selected batch</source>
        <translation>選択したバッチを再出力</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="109"/>
        <source>Decisions are written to %1 for the core business systems.</source>
        <translation>決定は基幹系システム向けに %1 へ出力されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="128"/>
        <source>Waiting for export: %1 (%2)</source>
        <translation>出力待ち：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="130"/>
        <source>No decisions are waiting for export.</source>
        <translation>出力待ちの決定はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="152"/>
        <source>Exporting…</source>
        <translation>出力中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="158"/>
        <source>Select a batch to re-export.</source>
        <translation>再出力するバッチを選択してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="161"/>
        <source>Re-export</source>
        <translation>再出力</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="162"/>
        <source>Write the rows of %1 again under a new batch id? The core systems will receive them twice.</source>
        <translation>%1 の行を新しいバッチIDで再度出力しますか？基幹系システムは同じ行を2回受け取ります。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="174"/>
        <source>No decisions were waiting for export.</source>
        <translation>出力待ちの決定はありませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="176"/>
        <source>%1: %2 rows</source>
        <translation>%1：%2 行</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/pages/export_page.py" line="70"/>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="71"/>
        <source>system</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_page.py" line="72"/>
        <source>(writing)</source>
        <translation>（書き込み中）</translation>
    </message>
</context>
<context>
    <name>IssuedPage</name>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="78"/>
        <source>Approved, not yet issued</source>
        <translation>承認済み・未発行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="82"/>
        <source>Issue selected</source>
        <translation>選択したものを発行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="83"/>
        <source>Issue all</source>
        <translation>すべて発行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="86"/>
        <source>Issued, awaiting delivery</source>
        <translation>発行済み・交付待ち</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="91"/>
        <source>Print preview…</source>
        <translation>印刷プレビュー…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="92"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="93"/>
        <source>Save as PDF…</source>
        <translation>PDFとして保存…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="94"/>
        <source>Print all mail deliveries…</source>
        <translation>郵送分をすべて印刷…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="95"/>
        <source>Address sheets…</source>
        <translation>宛名シート…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="96"/>
        <source>Mark mailed</source>
        <translation>郵送済みにする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="97"/>
        <source>Mark sent electronically</source>
        <translation>電子交付済みにする</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="100"/>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="120"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="120"/>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="120"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="121"/>
        <source>Delivery</source>
        <translation>交付方法</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="121"/>
        <source>Serial</source>
        <translation>証明番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="121"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="162"/>
        <source>%n document(s) issued</source>
        <translation>
            <numerusform>%n 件を発行しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="207"/>
        <source>%n document(s) sent to the printer</source>
        <translation>
            <numerusform>%n 件をプリンターに送りました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="213"/>
        <source>Save PDFs to folder</source>
        <translation>PDFの保存先フォルダー</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="221"/>
        <source>%n PDF file(s) saved</source>
        <translation>
            <numerusform>%n 件のPDFを保存しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/issued_page.py" line="232"/>
        <source>Save address sheets</source>
        <translation>宛名シートを保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="236"/>
        <source>%n address sheet(s) saved</source>
        <translation>
            <numerusform>%n 件の宛名シートを保存しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/issued_page.py" line="252"/>
        <source>%n application(s) marked delivered</source>
        <translation>
            <numerusform>%n 件を交付済みにしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Ready for review</source>
        <translation>審査待ち</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>In review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Returned for correction</source>
        <translation>補正待ち</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Pending approval</source>
        <translation>決裁待ち</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Approved</source>
        <translation>承認済</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Issued</source>
        <translation>発行済</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Delivered</source>
        <translation>交付済</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Withdrawn</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Signature missing</source>
        <translation>署名なし</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Signature invalid</source>
        <translation>署名が無効</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Certificate not trusted</source>
        <translation>証明書が信頼できない</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Certificate expired</source>
        <translation>証明書の有効期限切れ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Certificate revoked</source>
        <translation>証明書失効</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Signer name differs</source>
        <translation>署名者名の不一致</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Payment missing</source>
        <translation>未払い</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Payment amount differs</source>
        <translation>支払額の不一致</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Attachment rejected</source>
        <translation>添付書類の拒否</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Attachment missing</source>
        <translation>添付書類なし</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Possible duplicate</source>
        <translation>重複の可能性</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Identity document</source>
        <translation>本人確認書類</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Supporting document</source>
        <translation>添付資料</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Reviewer</source>
        <translation>審査担当</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Supervisor</source>
        <translation>決裁者</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Mail</source>
        <translation>郵送</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Counter pickup</source>
        <translation>窓口交付</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Electronic</source>
        <translation>電子交付</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Corrected revision received</source>
        <translation>補正版を受付</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Checks passed</source>
        <translation>事前確認済</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Checks found problems</source>
        <translation>事前確認で問題あり</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Attention resolved</source>
        <translation>要確認を解消</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Review started</source>
        <translation>審査開始</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Recommended approval</source>
        <translation>承認を起案</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Recommended rejection</source>
        <translation>却下を起案</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Approved (final)</source>
        <translation>決裁承認</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Rejected (final)</source>
        <translation>決裁却下</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Sent back to the reviewer</source>
        <translation>審査担当へ差し戻し</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="56"/>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="58"/>
        <source>%1 (%2) — enter your password to continue.</source>
        <translation>%1（%2）— 続けるにはパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="63"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="89"/>
        <source>Wrong password.</source>
        <translation>パスワードが違います。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="36"/>
        <source>Back office — log in</source>
        <translation>バックオフィス — ログイン</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="45"/>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="46"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="50"/>
        <source>Staff code</source>
        <translation>職員コード</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="51"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="52"/>
        <source>Online applications back office</source>
        <translation>オンライン申請 バックオフィス</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="64"/>
        <source>Enter your staff code and password.</source>
        <translation>職員コードとパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="67"/>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="81"/>
        <source>wrong staff code or password</source>
        <translation>職員コードまたはパスワードが違います</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="83"/>
        <source>this account is disabled</source>
        <translation>このアカウントは無効にされています</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="86"/>
        <source>too many failed attempts on this workstation; try again in %1 s</source>
        <translation>この端末でのログイン失敗が続いたため、%1 秒後に再試行してください</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="94"/>
        <source>Login failed: %1</source>
        <translation>ログインできません: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="97"/>
        <source>The database cannot be reached. Ask the administrator.</source>
        <translation>データベースに接続できません。管理者に連絡してください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Back office — %1</source>
        <translation>バックオフィス — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Review queues</source>
        <translation>審査キュー</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Issue and deliver</source>
        <translation>発行・交付</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Verify certificate</source>
        <translation>証明書の検証</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Appointments</source>
        <translation>窓口予約</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Supervision</source>
        <translation>進捗管理</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Payments</source>
        <translation>収納管理</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>Export</source>
        <translation>基幹系出力</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Quarantine</source>
        <translation>隔離</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Lock screen</source>
        <translation>画面ロック</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;Queue</source>
        <translation>キュー(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;Application</source>
        <translation>申請(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Document</source>
        <translation>書類(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Sync: off (no gateway key configured)</source>
        <translation>同期: 停止中（ゲートウェイ鍵が未設定）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>Sync error at %1: %2</source>
        <translation>同期エラー（%1）: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Sync: starting…</source>
        <translation>同期: 開始中…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Sync %1: another workstation is syncing the spool</source>
        <translation>同期 %1: 他の端末が同期中です（次回に再試行）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Sync %1: ingested %2, duplicates %3, quarantined %4</source>
        <translation>同期 %1: 取込 %2・重複 %3・隔離 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="223"/>
        <source>(%n problem(s))</source>
        <translation>
            <numerusform>（問題 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Database: not reachable — reconnecting…</source>
        <translation>データベース: 接続できません — 再接続中…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Database: connected again</source>
        <translation>データベース: 再接続しました</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>The database connection is back.</source>
        <translation>データベースへの接続が復旧しました。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="101"/>
        <source>Session ended</source>
        <translation>セッション終了</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="102"/>
        <source>Your session was ended. Log in again.</source>
        <translation>セッションが終了しました。もう一度ログインしてください。</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="52"/>
        <source>Amount differs</source>
        <translation>金額不一致</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="53"/>
        <source>Names another application</source>
        <translation>別の申請を指定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="54"/>
        <source>Paid without application</source>
        <translation>申請のない入金</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="55"/>
        <source>Unknown to the provider</source>
        <translation>決済事業者に記録なし</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="57"/>
        <source>Problem</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="58"/>
        <source>Transaction</source>
        <translation>取引ID</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="59"/>
        <location filename="../../ui/pages/payments_page.py" line="65"/>
        <location filename="../../ui/pages/payments_page.py" line="85"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="60"/>
        <source>Fee due</source>
        <translation>手数料</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="61"/>
        <source>Provider amount</source>
        <translation>決済額</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="62"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="66"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="67"/>
        <location filename="../../ui/pages/payments_page.py" line="86"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="68"/>
        <source>Paid by</source>
        <translation>支払方法</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="68"/>
        <source>Provider</source>
        <translation>決済事業者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="68"/>
        <source>Counter</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="69"/>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="73"/>
        <source>Import settlement file…</source>
        <translation>決済データを取り込む…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="75"/>
        <source>Record refund for selected</source>
        <translation>選択した還付を記録</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="80"/>
        <source>Record counter payment</source>
        <translation>窓口収納を記録</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="83"/>
        <source>Counter payment</source>
        <translation>窓口での支払い</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="87"/>
        <source>Receipt number</source>
        <translation>領収書番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="94"/>
        <source>Mismatches between the provider and the applications</source>
        <translation>決済データと申請の不一致</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="97"/>
        <source>Refunds owed (rejected or withdrawn after payment)</source>
        <translation>還付が必要なもの（支払後に却下・取下げ）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="137"/>
        <source>%1 was imported before; nothing changed.</source>
        <translation>%1 は取込済みです。変更はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="139"/>
        <source>%1: %2 rows, %3 new, %4 refunded by the provider (%5)</source>
        <translation>%1: %2 行、新規 %3 件、決済事業者による返金 %4 件（%5）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="144"/>
        <source>Settlement file</source>
        <translation>決済データ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="145"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSVファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="152"/>
        <source>Choose a refund first.</source>
        <translation>先に還付を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="156"/>
        <source>Refund recorded for %1</source>
        <translation>%1 の還付を記録しました</translation>
    </message>
    <message>
        <location filename="../../ui/pages/payments_page.py" line="162"/>
        <source>Counter payment recorded for %1 (receipt %2)</source>
        <translation>%1 の窓口収納を記録しました（領収書 %2）</translation>
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
        <location filename="../../ui/models/quarantine_model.py" line="41"/>
        <source>Bundle</source>
        <translation>バンドル</translation>
    </message>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="41"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="41"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="55"/>
        <source>Bundles refused by the sync. Ask the gateway operator to resend a corrected bundle.</source>
        <translation>同期で受け付けられなかったバンドルです。修正したバンドルの再送をゲートウェイ担当者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="59"/>
        <source>Retry</source>
        <translation>再処理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="60"/>
        <source>Put the bundle back into the inbox; the next sync checks it again</source>
        <translation>バンドルを受信フォルダに戻し、次回の同期で再検査します</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="61"/>
        <source>Discard…</source>
        <translation>破棄…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="62"/>
        <source>Close the case with a note (the file is kept)</source>
        <translation>メモを付けて処理を終了します（ファイルは保存されます）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/quarantine_page.py" line="78"/>
        <source>%n refused bundle(s)</source>
        <translation>
            <numerusform>隔離中のバンドル %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="88"/>
        <location filename="../../ui/pages/quarantine_page.py" line="97"/>
        <source>Select a refused bundle first.</source>
        <translation>先に隔離されたバンドルを選択してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="91"/>
        <source>The bundle is back in the inbox; the next sync checks it again.</source>
        <translation>バンドルを受信フォルダに戻しました。次回の同期で再検査します。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="100"/>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="100"/>
        <source>Why is this bundle discarded?</source>
        <translation>このバンドルを破棄する理由を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="104"/>
        <source>Discarded; the file is kept under discarded/.</source>
        <translation>破棄しました。ファイルは discarded/ に保存されています。</translation>
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
        <location filename="../../ui/pages/queue_page.py" line="49"/>
        <source>Ready for review</source>
        <translation>審査待ち</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="50"/>
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="51"/>
        <source>Mine</source>
        <translation>自分の担当</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="52"/>
        <source>In review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="53"/>
        <source>Pending approval</source>
        <translation>決裁待ち</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="55"/>
        <source>Returned for correction</source>
        <translation>補正待ち</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="56"/>
        <source>Approved</source>
        <translation>承認済</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="57"/>
        <source>All open</source>
        <translation>処理中すべて</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="58"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="82"/>
        <source>ID, name, kana (any width) or birth date</source>
        <translation>申請番号・氏名・カナ（全角/半角）・生年月日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="84"/>
        <source>All procedures</source>
        <translation>すべての手続</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="88"/>
        <source>All departments</source>
        <translation>すべての担当課</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="91"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="116"/>
        <source>Queue not loaded: %1</source>
        <translation>キューを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="124"/>
        <location filename="../../ui/pages/queue_page.py" line="144"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="126"/>
        <source>Next application</source>
        <translation>次の申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="128"/>
        <source>Refresh</source>
        <translation>最新の情報に更新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="130"/>
        <source>Jump to the end</source>
        <translation>末尾へ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="198"/>
        <source>%1 applications shown</source>
        <translation>%1 件を表示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="199"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="229"/>
        <source>No application is waiting in this queue.</source>
        <translation>このキューに待ちの申請はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="235"/>
        <source>Next failed: %1</source>
        <translation>次の申請を取得できません: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="27"/>
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="30"/>
        <source>The screen locks after %1 minutes without keyboard or mouse input (Ctrl+L locks at once); your password unlocks it. Your session ends when an administrator disables your account or ends its sessions.</source>
        <translation>キーボード・マウスの操作が %1 分間ないと画面がロックされます（Ctrl+L ですぐにロック）。解除にはパスワードが必要です。管理者がアカウントを無効にするかセッションを終了すると、ログインが終了します。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="34"/>
        <source>An application you open is held for you for %1 minutes and renewed while it stays open; it is given back when you leave it.</source>
        <translation>開いた申請は %1 分間あなたの担当として確保され、開いている間は自動で延長されます。画面を離れると解放されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="36"/>
        <source>Configuration: %1</source>
        <translation>設定ファイル: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="46"/>
        <source>The language changes when the application starts next.</source>
        <translation>表示言語は次回の起動時に切り替わります。</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="115"/>
        <source>DEMO DOCUMENT: not an official certificate</source>
        <translation>見本（デモ）：正式な証明書ではありません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="34"/>
        <source>Open scan, photo or PDF…</source>
        <translation>スキャン画像・写真・PDFを開く…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="36"/>
        <source>Or drop the file here. Compare the facts below with the paper.</source>
        <translation>ここにファイルをドロップすることもできます。下の記載事項を書面と照合してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="47"/>
        <source>Serial number</source>
        <translation>証明番号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="47"/>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="48"/>
        <source>Issued on</source>
        <translation>発行日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="48"/>
        <source>Issuer (city code)</source>
        <translation>発行元（団体コード）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="49"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="49"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="50"/>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="50"/>
        <source>Signing key</source>
        <translation>署名鍵</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="67"/>
        <source>Certificate to verify</source>
        <translation>検証する証明書</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="68"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>画像・PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="91"/>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="99"/>
        <source>VALID: issued by the city</source>
        <translation>有効：市が発行した証明書です</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="100"/>
        <source>REVOKED: do not accept</source>
        <translation>失効：受け付けないでください</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="101"/>
        <source>FORGED OR ALTERED: signature does not match</source>
        <translation>偽造・改ざんの疑い：署名が一致しません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="102"/>
        <source>UNKNOWN KEY: cannot confirm the issuer</source>
        <translation>不明な鍵：発行元を確認できません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="103"/>
        <source>NO CERTIFICATE CODE FOUND</source>
        <translation>証明書のコードが見つかりません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="0"/>
        <source>Not a certificate: the file has too many pages.</source>
        <translation>証明書ではありません：ページが多すぎます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="0"/>
        <source>Not a certificate: a page of the file is far larger than paper.</source>
        <translation>証明書ではありません：用紙よりはるかに大きいページがあります。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="0"/>
        <source>Not a certificate: the image is too large to scan.</source>
        <translation>証明書ではありません：画像が大きすぎて読み取れません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="0"/>
        <source>Not a certificate.</source>
        <translation>証明書ではありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="112"/>
        <source>The signature is the city&apos;s, but this office has no record of the serial: check with the issuing department.</source>
        <translation>市の署名は有効ですが、この証明番号の記録がありません。発行担当課に確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/verify_page.py" line="130"/>
        <source>Could not check the file</source>
        <translation>ファイルを確認できませんでした</translation>
    </message>
</context>
<context>
    <name>WorkloadWidget</name>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="38"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="39"/>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="40"/>
        <source>Procedure</source>
        <translation>手続き</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="41"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="42"/>
        <source>Lease until</source>
        <translation>担当期限</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="50"/>
        <source>Release</source>
        <translation>担当を解除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="53"/>
        <source>Hand over to</source>
        <translation>引き継ぐ相手</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="63"/>
        <source>Applications held now</source>
        <translation>現在担当中の申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="102"/>
        <source>Choose an application first.</source>
        <translation>先に申請を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="105"/>
        <source>Released %1</source>
        <translation>%1 の担当を解除しました</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="111"/>
        <source>Choose an application and a reviewer first.</source>
        <translation>申請と引き継ぐ審査担当を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reassign_widget.py" line="115"/>
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
