"""The detector, through the whole conversation (round 21): the town of the business's own
address, stated by its agent ("Post kan sendes til kontoret vårt, Kanalveien 11, 5068
Bergen"), is no person's name ("Bergen", "Capelle" are surnames too); the customer's
address with the same town stays found, and so does one the agent asks back.

Every address here is synthetic.
"""

from __future__ import annotations

import pytest

from privacyguard.detect.engine import Detector

from .conversation_support import talk_spans


@pytest.mark.parametrize(
    "said",
    [
        "Post kan sendes til kontoret vårt, Kanalveien 11, 5068 Bergen.",
        "Post kan naar ons kantoor, Kanaalweg 140, 2903 LV Capelle aan den IJssel.",
        "Our office is at Harbour Road 12, 4021 Stavanger, if you prefer to post it.",
        "Наш офис: Садовая 12, 4021 Бергер.",
    ],
)
def test_the_business_town_is_no_name(detector: Detector, said: str) -> None:
    out = talk_spans(detector, [("customer", "Hei"), ("agent", said)])
    assert not any(t == "PERSON" for t, _ in out[1])


def test_the_customer_address_with_that_town_stays_found(detector: Detector) -> None:
    out = talk_spans(
        detector,
        [
            ("agent", "Hvor skal brevet sendes?"),
            ("customer", "Send it to Kanalveien 11, 5068 Bergen."),
            ("agent", "Skal vi sende det til Kanalveien 11, 5068 Bergen?"),
        ],
    )
    assert ("LOCATION", "Kanalveien 11, 5068 Bergen") in out[1]
    assert ("LOCATION", "Kanalveien 11, 5068 Bergen") in out[2]
