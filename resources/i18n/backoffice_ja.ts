<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApplicationDetailWidget</name>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="22" />
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="23" />
        <source>Applicant</source>
        <translation>申請者</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="24" />
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="25" />
        <source>Claimed by</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="26" />
        <source>Delivery</source>
        <translation>交付方法</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="27" />
        <source>Due</source>
        <translation>処理期限</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="28" />
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="29" />
        <source>Form</source>
        <translation>申請内容</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="30" />
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="31" />
        <source>Internal comments</source>
        <translation>内部コメント</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="32" />
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="33" />
        <source>No changes</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="34" />
        <source>No e-signature</source>
        <translation>電子署名なし</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="35" />
        <source>Payment</source>
        <translation>支払</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="36" />
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="37" />
        <source>Recommendation</source>
        <translation>起案</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="38" />
        <source>Sanitization</source>
        <translation>無害化処理</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="39" />
        <source>Signature</source>
        <translation>電子署名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="40" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="41" />
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="42" />
        <source>refused by the gateway</source>
        <translation>ゲートウェイで拒否</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="43" />
        <source>two-step approval</source>
        <translation>二段階決裁</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="76" />
        <source>Attachments</source>
        <translation>添付書類</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="98" />
        <source>approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="98" />
        <source>reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="103" />
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="103" />
        <source>Kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="104" />
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="104" />
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="105" />
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="105" />
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="105" />
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="110" />
        <source>Fee due</source>
        <translation>手数料</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="110" />
        <source>Paid</source>
        <translation>支払額</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="111" />
        <location filename="../../ui/widgets/detail_widget.py" line="115" />
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="111" />
        <source>Transaction</source>
        <translation>取引番号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="112" />
        <source>Paid at</source>
        <translation>支払日時</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="116" />
        <source>Appointment</source>
        <translation>来庁予約</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/detail_widget.py" line="133" />
        <source>What changed since revision %1</source>
        <translation>第 %1 版からの変更点</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/detail_widget.py" line="168" />
        <source>%n page(s)</source>
        <translation><numerusform>%n ページ</numerusform></translation>
    </message>
</context>
<context>
    <name>ApplicationPage</name>
    <message>
        <location filename="../../ui/pages/application_page.py" line="84" />
        <source>Open an application from a queue (Enter) or take the next one (Ctrl+N).</source>
        <translation>キューから申請を開く（Enter）か、次の申請を取得（Ctrl+N）してください。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="112" />
        <location filename="../../ui/pages/application_page.py" line="179" />
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="123" />
        <source>Read only: %1</source>
        <translation>閲覧のみ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="125" />
        <source>You are working on this application (%1).</source>
        <translation>この申請を担当しています（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="128" />
        <source>Read only (%1).</source>
        <translation>閲覧のみ（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="135" />
        <source>No attachment to show</source>
        <translation>表示できる添付書類はありません</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="175" />
        <source>The lease was lost: %1</source>
        <translation>担当の確保が失われました: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="188" />
        <source>Enter a reason: it is sent to the applicant.</source>
        <translation>理由を入力してください（申請者に通知されます）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="201" />
        <source>Recorded: %1</source>
        <translation>記録しました: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/application_page.py" line="212" />
        <source>Enter the reason for the withdrawal.</source>
        <translation>取下げの理由を入力してください。</translation>
    </message>
</context>
<context>
    <name>DecisionWidget</name>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="44" />
        <source>Reason template…</source>
        <translation>理由の定型文…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="45" />
        <location filename="../../ui/widgets/decision_widget.py" line="119" />
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="45" />
        <source>Return</source>
        <translation>返戻</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="46" />
        <location filename="../../ui/widgets/decision_widget.py" line="119" />
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="46" />
        <location filename="../../ui/widgets/decision_widget.py" line="57" />
        <location filename="../../ui/widgets/decision_widget.py" line="125" />
        <source>Withdraw</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="52" />
        <source>Reason (sent to the applicant for a return or rejection)</source>
        <translation>理由（返戻・却下のときは申請者に通知されます）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="58" />
        <source>Internal comment (never sent)</source>
        <translation>内部コメント（申請者には送られません）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="59" />
        <location filename="../../ui/widgets/decision_widget.py" line="124" />
        <source>Add comment</source>
        <translation>コメント追加</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="87" />
        <source>Decision</source>
        <translation>審査結果</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="115" />
        <source>Approve (final)</source>
        <translation>決裁（承認）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="115" />
        <source>Send back</source>
        <translation>差し戻し</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="115" />
        <source>Reject (final)</source>
        <translation>決裁（却下）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="117" />
        <source>Recommend approval</source>
        <translation>承認を起案</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="117" />
        <location filename="../../ui/widgets/decision_widget.py" line="119" />
        <source>Return for correction</source>
        <translation>補正依頼（返戻）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="117" />
        <source>Recommend rejection</source>
        <translation>却下を起案</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="147" />
        <source>You recommended this application; another supervisor makes the final decision.</source>
        <translation>この申請はあなたが起案しました。決裁は別の決裁者が行います。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="149" />
        <source>The reviewer recommends: %1. Your decision is final.</source>
        <translation>審査担当の起案: %1。あなたの判断で決裁となります。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="150" />
        <source>approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="150" />
        <source>reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="152" />
        <source>Two-step procedure: your decision is a recommendation to a supervisor.</source>
        <translation>二段階決裁の手続です。あなたの判断は決裁者への起案になります。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/decision_widget.py" line="154" />
        <source>Read only: you do not hold this application.</source>
        <translation>閲覧のみ: この申請の担当ではありません。</translation>
    </message>
</context>
<context>
    <name>DocumentViewerWidget</name>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="47" />
        <location filename="../../ui/widgets/document_viewer.py" line="111" />
        <source>No document selected</source>
        <translation>書類が選択されていません</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="75" />
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="76" />
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="77" />
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="78" />
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="79" />
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="80" />
        <source>Fit page</source>
        <translation>ページ全体</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="81" />
        <source>Rotate clockwise</source>
        <translation>右に回転</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="115" />
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/document_viewer.py" line="137" />
        <source>This document cannot be shown: %1</source>
        <translation>この書類は表示できません: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <location filename="../../ui/labels.py" line="51" />
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Ready for review</source>
        <translation>審査待ち</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>In review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <location filename="../../ui/labels.py" line="54" />
        <source>Returned for correction</source>
        <translation>補正待ち</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>Pending approval</source>
        <translation>決裁待ち</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <location filename="../../ui/labels.py" line="54" />
        <source>Approved</source>
        <translation>承認済</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <location filename="../../ui/labels.py" line="54" />
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Issued</source>
        <translation>発行済</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Delivered</source>
        <translation>交付済</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <location filename="../../ui/labels.py" line="57" />
        <source>Withdrawn</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Signature missing</source>
        <translation>署名なし</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Signature invalid</source>
        <translation>署名が無効</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Certificate not trusted</source>
        <translation>証明書が信頼できない</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>Certificate expired</source>
        <translation>証明書の有効期限切れ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>Certificate revoked</source>
        <translation>証明書失効</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Signer name differs</source>
        <translation>署名者名の不一致</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Payment missing</source>
        <translation>未払い</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Payment amount differs</source>
        <translation>支払額の不一致</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Attachment rejected</source>
        <translation>添付書類の拒否</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Attachment missing</source>
        <translation>添付書類なし</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>Possible duplicate</source>
        <translation>重複の可能性</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Identity document</source>
        <translation>本人確認書類</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Supporting document</source>
        <translation>添付資料</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>Mail</source>
        <translation>郵送</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>Counter pickup</source>
        <translation>窓口交付</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>Electronic</source>
        <translation>電子交付</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>Corrected revision received</source>
        <translation>補正版を受付</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Checks passed</source>
        <translation>事前確認済</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Checks found problems</source>
        <translation>事前確認で問題あり</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Attention resolved</source>
        <translation>要確認を解消</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Review started</source>
        <translation>審査開始</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Recommended approval</source>
        <translation>承認を起案</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Recommended rejection</source>
        <translation>却下を起案</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Approved (final)</source>
        <translation>決裁承認</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Rejected (final)</source>
        <translation>決裁却下</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Sent back to the reviewer</source>
        <translation>審査担当へ差し戻し</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="55" />
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="57" />
        <source>%1 (%2) — enter your password to continue.</source>
        <translation>%1（%2）— 続けるにはパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="62" />
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="88" />
        <source>Wrong password.</source>
        <translation>パスワードが違います。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="35" />
        <source>Back office — log in</source>
        <translation>バックオフィス — ログイン</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="44" />
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="45" />
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="49" />
        <source>Staff code</source>
        <translation>職員コード</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="50" />
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="51" />
        <source>Online applications back office</source>
        <translation>オンライン申請 バックオフィス</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="63" />
        <source>Enter your staff code and password.</source>
        <translation>職員コードとパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="66" />
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="82" />
        <source>Login failed: %1</source>
        <translation>ログインできません: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="85" />
        <source>The database cannot be reached. Ask the administrator.</source>
        <translation>データベースに接続できません。管理者に連絡してください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="45" />
        <source>Back office — %1</source>
        <translation>バックオフィス — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53" />
        <source>Review queues</source>
        <translation>審査キュー</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54" />
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61" />
        <source>Quarantine</source>
        <translation>隔離</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>Lock screen</source>
        <translation>画面ロック</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107" />
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110" />
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>&amp;Queue</source>
        <translation>キュー(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>&amp;Application</source>
        <translation>申請(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>&amp;Document</source>
        <translation>書類(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>Sync: off (no gateway key configured)</source>
        <translation>同期: 停止中（ゲートウェイ鍵が未設定）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>Sync error at %1: %2</source>
        <translation>同期エラー（%1）: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>Sync: starting…</source>
        <translation>同期: 開始中…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>Sync %1: ingested %2, duplicates %3, quarantined %4</source>
        <translation>同期 %1: 取込 %2・重複 %3・隔離 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="172" />
        <source>(%n problem(s))</source>
        <translation><numerusform>（問題 %n 件）</numerusform></translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="38" />
        <source>Quarantined at</source>
        <translation>隔離日時</translation>
    </message>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="38" />
        <source>Bundle</source>
        <translation>バンドル</translation>
    </message>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="38" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/models/quarantine_model.py" line="38" />
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <location filename="../../ui/pages/quarantine_page.py" line="42" />
        <source>Bundles refused by the sync. Ask the gateway operator to resend a corrected bundle.</source>
        <translation>同期で受け付けられなかったバンドルです。修正したバンドルの再送をゲートウェイ担当者に依頼してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/quarantine_page.py" line="53" />
        <source>%n refused bundle(s)</source>
        <translation><numerusform>隔離中のバンドル %n 件</numerusform></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/models/queue_model.py" line="161" />
        <source>Application ID</source>
        <translation>申請番号</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="161" />
        <source>Procedure</source>
        <translation>手続</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="161" />
        <source>Applicant</source>
        <translation>申請者</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="161" />
        <source>Kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="162" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="162" />
        <source>Due</source>
        <translation>処理期限</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="162" />
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="162" />
        <source>Attention</source>
        <translation>要確認事項</translation>
    </message>
    <message>
        <location filename="../../ui/models/queue_model.py" line="224" />
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/queue_model.py" line="226" />
        <source>Due within %n business day(s)</source>
        <translation><numerusform>期限まで %n 開庁日以内</numerusform></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="48" />
        <source>Ready for review</source>
        <translation>審査待ち</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="49" />
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="50" />
        <source>Mine</source>
        <translation>自分の担当</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="51" />
        <source>In review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="52" />
        <source>Pending approval</source>
        <translation>決裁待ち</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="54" />
        <source>Returned for correction</source>
        <translation>補正待ち</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="55" />
        <source>Approved</source>
        <translation>承認済</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="56" />
        <source>All open</source>
        <translation>処理中すべて</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="57" />
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="81" />
        <source>ID, name, kana (any width) or birth date</source>
        <translation>申請番号・氏名・カナ（全角/半角）・生年月日</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="83" />
        <source>All procedures</source>
        <translation>すべての手続</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="87" />
        <source>All departments</source>
        <translation>すべての担当課</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="90" />
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="115" />
        <source>Queue not loaded: %1</source>
        <translation>キューを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="123" />
        <location filename="../../ui/pages/queue_page.py" line="143" />
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="125" />
        <source>Next application</source>
        <translation>次の申請</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="127" />
        <source>Refresh</source>
        <translation>最新の情報に更新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="129" />
        <source>Jump to the end</source>
        <translation>末尾へ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="197" />
        <source>%1 applications shown</source>
        <translation>%1 件を表示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="198" />
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="228" />
        <source>No application is waiting in this queue.</source>
        <translation>このキューに待ちの申請はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/queue_page.py" line="234" />
        <source>Next failed: %1</source>
        <translation>次の申請を取得できません: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="27" />
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="30" />
        <source>The screen locks after %1 minutes without keyboard or mouse input (Ctrl+L locks at once); your password unlocks it. Your session ends when an administrator disables your account or ends its sessions.</source>
        <translation>キーボード・マウスの操作が %1 分間ないと画面がロックされます（Ctrl+L ですぐにロック）。解除にはパスワードが必要です。管理者がアカウントを無効にするかセッションを終了すると、ログインが終了します。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="34" />
        <source>An application you open is held for you for %1 minutes and renewed while it stays open; it is given back when you leave it.</source>
        <translation>開いた申請は %1 分間あなたの担当として確保され、開いている間は自動で延長されます。画面を離れると解放されます。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="36" />
        <source>Configuration: %1</source>
        <translation>設定ファイル: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings_page.py" line="46" />
        <source>The language changes when the application starts next.</source>
        <translation>表示言語は次回の起動時に切り替わります。</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/app.py" line="93" />
        <source>Session ended</source>
        <translation>セッション終了</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="94" />
        <source>Your session was ended. Log in again.</source>
        <translation>セッションが終了しました。もう一度ログインしてください。</translation>
    </message>
</context>
</TS>