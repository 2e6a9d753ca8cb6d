"""The demo's portal traffic (issue 17): inquiries the portal sends through the gateway
(signed files in the inbox, taken by the real sync), and what staff do with them and for
the portal through the real services: answer one, enter a phone inquiry, publish FAQ
entries and an announcement."""

from __future__ import annotations

import base64
import json
import random
import uuid
from datetime import timedelta
from pathlib import Path

from backoffice.accounts import keystore
from backoffice.administration import staff
from backoffice.gateway import keys as gatewaykeys
from backoffice.platform import demo_mode
from backoffice.platform.context import Backoffice
from backoffice.platform.errors import BackofficeError
from backoffice.platform.timeutil import now_jst, rfc3339
from backoffice.portal import faq, inquiries, outbox

INQUIRIES = [
    ("山田 花子", "ヤマダ ハナコ", "juminhyo-copy", "手続き", "住民票の写しを申請しました。いつ頃届きますか。"),
    ("鈴木 一郎", "スズキ イチロウ", "tax-certificate", "手数料", "税証明書を2通申請する場合の手数料を教えてください。"),
    ("高橋 美咲", "タカハシ ミサキ", None, "窓口", "窓口の予約を別の日に変更したいのですが、どうすればよいですか。"),
    ("伊藤 健", "イトウ ケン", "koseki-copy", "手続き", "本籍地が別の市にある場合も戸籍謄本を申請できますか。"),
]
FAQ = [
    ("証明書", "juminhyo-copy", "住民票の写しは何日で届きますか。", "審査のあと、通常3開庁日以内に郵送します。"),
    ("手数料", "tax-certificate", "税証明書の手数料はいくらですか。", "1通300円です。オンライン決済または窓口でお支払いください。"),
    ("窓口", None, "窓口の受付時間を教えてください。", "平日8時45分から17時15分までです（年末年始を除く）。"),
]


def put_inquiries(bo: Backoffice, gateway_key_file: Path, rng: random.Random, application_ids: list[str]) -> int:
    """Signed inquiry/1 files in the inbox, as the portal sends them through the gateway."""
    key = gatewaykeys.load_private_key(gateway_key_file)
    for i, (name, kana, proc, category, text) in enumerate(INQUIRIES):
        inquiry_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        doc = {"schema": "inquiry/1", "inquiry_id": inquiry_id,
               "received_at": rfc3339(now_jst() - timedelta(hours=3 * (len(INQUIRIES) - i))), "channel": "portal",
               "name": name, "name_kana": kana, "email": f"demo{i + 1}@example.jp", "phone": None,
               "application_id": application_ids[i] if i < len(application_ids) and i == 0 else None,
               "procedure": proc, "category": category, "text": text}
        data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
        bo.spool.write_atomic("inbox", f"inquiry-{inquiry_id}.json", data)
        bo.spool.write_atomic("inbox", f"inquiry-{inquiry_id}.sig", base64.b64encode(key.sign(data)))
    return len(INQUIRIES)


def staff_work(bo: Backoffice, password: str) -> str:
    """FAQ entries, an announcement, one answered inquiry and one phone inquiry."""
    sup = staff.login(bo.db, "s001", password, "demo").actor
    clerk = staff.login(bo.db, "c001", password, "demo").actor
    done = []
    try:
        if not faq.list_faq(bo, sup):
            for category, proc, question, answer in FAQ:
                faq.save_faq(bo, sup, None, category=category, procedure=proc, question=question, answer=answer)
            start = now_jst().replace(hour=9, minute=0, second=0, microsecond=0)
            faq.save_announcement(bo, sup, None, title="年末年始の窓口休止のお知らせ",
                                  body="12月29日から1月3日まで、市民課の窓口を休止します。オンライン申請は期間中も受け付けます。",
                                  publish_from=start, publish_until=start + timedelta(days=40),
                                  procedures=["juminhyo-copy", "koseki-copy"])
            done.append(f"FAQ {len(FAQ)}, announcement 1")
        open_ = inquiries.queue(bo, sup, status="new")
        if open_:
            first = open_[0].inquiry_id
            inquiries.assign(bo, sup, first)
            inquiries.answer(bo, sup, first, "お問い合わせありがとうございます。審査のあと、通常3開庁日以内に郵送します。")
            done.append("1 inquiry answered")
        inquiries.enter(bo, clerk, channel="phone", name="中村 さくら", name_kana="ナカムラ サクラ",
                        text="印鑑登録証明書を代理人が受け取ることはできますか。", category="窓口",
                        phone="06-0000-0000", procedure="inkan-certificate")
        done.append("1 phone inquiry")
    except BackofficeError as exc:
        done.append(f"portal demo stopped: {exc}")
    try:  # the outbox key beside the demo's issuing key (a file only where the demo may keep one)
        keystore.create_issuing_key(bo.config.outbox_kid, demo_keys=demo_mode.key_folder(bo.config), kind="outbox")
        done.append(f"{outbox.flush(bo).written} outbox messages signed and written")
    except BackofficeError as exc:
        done.append(f"outbox messages wait in the database ({exc})")
    return "portal: " + ", ".join(done)
