"""What the agent states plainly is the customer's data unless words make it the business's:
an address on file, a delivery address, a refund into an account the agent reads from its
records, with no earlier mention in the chat, are redacted (fail closed); the business's
return address and the account to pay into, named as such, are not. (Synthetic,
checksum-valid values.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    ("opening", "text", "value"),
    [
        ("Hi, my parcel never arrived.",
         "I have updated the delivery address to Lindelaan 7, 2611 AB Delft.", "Lindelaan 7"),
        ("Hi, my parcel never arrived.",
         "The courier delivered it to 14 Mill Lane, Bristol BS1 4DJ yesterday.", "14 Mill Lane"),
        ("Hoi, mijn pakket is niet aangekomen.",
         "Het pakket is bezorgd op Lindelaan 7, 2611 AB Delft.", "Lindelaan 7"),
    ],
)  # fmt: skip
def test_an_address_the_agent_states_plainly_stays_found(
    detector: Detector, opening: str, text: str, value: str
) -> None:
    out = talk_spans(detector, [("customer", opening), ("agent", text)])
    assert [f for f in out[1] if f[0] == "LOCATION" and value in f[1]], out[1]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The refund of 45 euro will be paid into NL91 ABNA 0417 1643 00 within 5 days.",
         "NL91 ABNA 0417 1643 00"),
        ("We will transfer the amount to NL91ABNA0417164300 tomorrow.", "NL91ABNA0417164300"),
        ("We storten het bedrag op NL91 ABNA 0417 1643 00.", "NL91 ABNA 0417 1643 00"),
    ],
)  # fmt: skip
def test_a_refund_account_the_agent_states_stays_found(
    detector: Detector, text: str, value: str
) -> None:
    out = talk_spans(detector, [("customer", "Where is my refund?"), ("agent", text)])
    assert [f for f in out[1] if f[1] == value], out[1]


@pytest.mark.parametrize(
    "text",
    [
        "Returns go to Unit 3, Lakeside Business Park, Naas.",
        "Retourneren kan naar Industrieweg 14, 3846 BD Harderwijk.",
        "Retur sendes til Kaigata 2, 6003 Ålesund.",
    ],
)
def test_the_return_address_named_as_such_is_the_business(detector: Detector, text: str) -> None:
    out = talk_spans(detector, [("customer", "How do I send it back?"), ("agent", text)])
    assert not [f for f in out[1] if f[0] == "LOCATION"], out[1]
