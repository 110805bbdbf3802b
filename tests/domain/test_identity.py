"""Identity numbers, home addresses and one person's mentions in free text."""

import pytest

from trygghetsapp.domain import identity
from trygghetsapp.domain.identity import PersonKeys


@pytest.mark.parametrize(
    "text",
    [
        "pnr 19700101-1233",
        "pnr 700101-1233",
        "7001011233",
        "197001011233",
        "född 700101+1233",  # over a hundred years old: "+"
        "samordningsnummer 700161-1230",  # day + 60
        "(19700101 - 1233)",
    ],
)
def test_valid_identity_numbers_are_found_and_masked(text):
    assert identity.has_identity_number(text)
    masked = identity.mask_identity_numbers(text)
    assert "1233" not in masked and "1230" not in masked
    assert identity.MASK in masked


@pytest.mark.parametrize(
    "text",
    [
        "pnr 19700101-1234",  # wrong check digit
        "701301-1234",  # month 13
        "070-174 06 77",  # a phone number
        "serienummer 123456-7890",
        "Luhn passes but no date: 000000-0000",
        "",
    ],
)
def test_other_numbers_are_not_identity_numbers(text):
    assert not identity.has_identity_number(text)
    assert identity.mask_identity_numbers(text) == text


def test_check_digit_is_luhn():
    assert identity.luhn_check_digit("811218987") == 6  # Skatteverket's example 811218-9876


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("bor på Storgatan 12", True),
        ("Hemadress: Rönnvägen 3 B", True),
        ("835 98 Offerdal", True),
        ("ring efter 18", False),
        ("har motorsåg och snöskoter", False),
    ],
)
def test_home_addresses_are_recognised(text, home):
    assert identity.looks_like_home_address(text) is home


KEYS = PersonKeys.of(["Märta Ödlund"], ["+46701740677"], ["Marta.Odlund@example.se"])


@pytest.mark.parametrize(
    "text",
    [
        "Nyckel hos Märta Ödlund",
        "nyckel: märta  ödlund, ring",
        "ring 070-174 06 77",
        "ring 0701740677",
        "ring +46 70 174 06 77",
        "ring +46 (0)70-174 06 77",
        "mejla marta.odlund@example.se",
    ],
)
def test_a_person_is_found_in_any_usual_form_and_scrubbed(text):
    assert KEYS.mentions(text)
    scrubbed = KEYS.scrub(text)
    for secret in ("Ödlund", "ödlund", "174 06 77", "1740677", "odlund@"):
        assert secret not in scrubbed
    assert identity.ERASED_TEXT in scrubbed


@pytest.mark.parametrize(
    "text",
    ["Märta Ödlundsson", "ring 070-174 06 78", "Ödlund", "x+46701740677999", "Märta"],
)
def test_other_people_and_numbers_are_left_alone(text):
    assert KEYS.mentions(text) == []
    assert KEYS.scrub(text) == text
