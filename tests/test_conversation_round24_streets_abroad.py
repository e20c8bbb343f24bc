"""Round 24: streets whose word the rules did not know (a yard, a quay; streets abroad in
Portuguese, Catalan, Finnish, Swedish, Latvian, Lithuanian, Estonian), and an address inside
an answer that starts at its street's word before the name ("no, to calle del pez 14, ...").
Fail closed: "via email, 2 copies" is no address. (Synthetic addresses.)"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    ("ask", "reply", "address"),
    [
        ("Where should we send the paperwork?", "48 tanners yard hexham", "48 tanners yard hexham"),
        ("Where should we send the paperwork?", "no, to 12 harbour quay whitby",
         "12 harbour quay whitby"),
        ("Where should we send the paperwork?", "no, to calle del sol 9, 28013 madrid, spain",
         "calle del sol 9, 28013 madrid, spain"),
        ("Naar welk adres gaat het?", "nee, naar rua da prata 41, 1100-052 lisboa",
         "rua da prata 41, 1100-052 lisboa"),
        ("Naar welk adres gaat het?", "carrer de mallorca 120, 08036 barcelona",
         "carrer de mallorca 120, 08036 barcelona"),
        ("Hvor skal det leveres?", "nei, til kungsgatan 22, 972 31 luleå, sverige",
         "kungsgatan 22, 972 31 luleå, sverige"),
        ("куда приезжать мастеру?", "pärnu mnt 14, 10141 tallinn, эстония",
         "pärnu mnt 14, 10141 tallinn, эстония"),
        ("куда приезжать мастеру?", "savanorių g. 7, kaunas 44298, литва",
         "savanorių g. 7, kaunas 44298, литва"),
        ("Куда отправить документы?", "нет, на brīvības iela 21, rīga, lv-1010",
         "brīvības iela 21, rīga, lv-1010"),
    ],
)  # fmt: skip
def test_a_street_abroad_is_found_whole(
    detector: Detector, ask: str, reply: str, address: str
) -> None:
    out = talk_spans(detector, [("agent", ask), ("customer", reply)])
    assert any(address in s for t, s in out[1] if t == "LOCATION"), out[1]


@pytest.mark.parametrize(
    "reply", ["via email, 2 copies please", "no, to 2 people via the portal", "500 g flour, thanks"]
)
def test_no_address_is_found_in_a_reply_of_words(detector: Detector, reply: str) -> None:
    out = talk_spans(detector, [("agent", "Where should we send it?"), ("customer", reply)])
    assert not [s for t, s in out[1] if t == "LOCATION"], out[1]
