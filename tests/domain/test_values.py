import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trygghetsapp.domain import values
from trygghetsapp.domain.errors import DomainError
from trygghetsapp.domain.hlc import HybridClock, pack, unpack


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("070-123 45 67", "+46701234567", "070-123 45 67"),
        ("0701234567", "+46701234567", "070-123 45 67"),
        ("+46 70 123 45 67", "+46701234567", "070-123 45 67"),
        ("0640-161 00", "+4664016100", "0640-161 00"),
        ("08-668 01 50", "+4686680150", "08-668 01 50"),
    ],
)
def test_swedish_phone_numbers_are_stored_e164_and_shown_grouped(typed, stored, shown):
    assert values.phone("phone", typed) == stored
    assert values.format_phone(stored) == shown


@pytest.mark.parametrize("bad", ["12345", "070-123", "hello", "+46 70 12"])
def test_invalid_phone_is_refused_naming_the_field(bad):
    with pytest.raises(DomainError) as caught:
        values.phone("phone", bad)
    assert caught.value.field == "phone"
    assert "telefonnummer" in caught.value.message_sv
    assert "phone number" in caught.value.message_en
    # Quoted as text quotes it, not as Python's repr ('...'), beside the field.
    assert f"”{bad}”" in caught.value.message_sv and f"“{bad}”" in caught.value.message_en


def test_empty_phone_is_allowed_unless_required():
    assert values.phone("phone", "") is None
    with pytest.raises(DomainError):
        values.phone("phone", " ", required=True)


def test_coordinates_must_lie_in_sweden():
    assert values.coordinates(63.67, 14.61) == (63.67, 14.61)
    assert values.coordinates("63,5", "14,05") == (63.5, 14.05)
    assert values.coordinates(None, None) == (None, None)
    with pytest.raises(DomainError) as caught:
        values.coordinates(48.85, 2.35)
    assert caught.value.field == "latitude"
    with pytest.raises(DomainError):
        values.coordinates(63.0, None)


def test_quantity_must_not_be_negative():
    assert values.quantity("quantity", "2,5") == 2.5
    with pytest.raises(DomainError) as caught:
        values.quantity("quantity", -1)
    assert caught.value.field == "quantity"


def test_dates_are_iso():
    assert values.optional_date("d", "2026-03-01") == dt.date(2026, 3, 1)
    assert values.optional_date("d", "") is None
    for bad in ("2026-13-01", "1/3/2026", "20260301"):
        with pytest.raises(DomainError):
            values.optional_date("d", bad)


def test_text_limits_and_required_names():
    with pytest.raises(DomainError):
        values.required_name("name", "   ")
    with pytest.raises(DomainError):
        values.optional_text("notes", "x" * (values.TEXT_MAX + 1))
    with pytest.raises(DomainError):
        values.email("email", "not-an-email")
    assert values.email("email", " anna@example.se ") == "anna@example.se"


@given(st.integers(min_value=0, max_value=2**40), st.integers(min_value=0, max_value=65535))
def test_hlc_pack_round_trip(wall, counter):
    assert unpack(pack(wall, counter)) == (wall, counter)


def test_hlc_never_goes_backwards_and_clamps_far_future():
    wall = [1_000_000]
    clock = HybridClock(wall=lambda: wall[0])
    first = clock.now()
    wall[0] -= 500  # the wall clock jumps back
    second = clock.now()
    assert second > first
    far_future = pack(wall[0] + 10 * 24 * 3600 * 1000, 0)
    assert clock.observe(far_future) is False
    assert clock.now() < far_future
    near = pack(wall[0] + 60_000, 5)
    assert clock.observe(near) is True
    assert clock.now() > near


@pytest.mark.parametrize(
    "bad", ["a\x00b", "Anna\x07", "ring\x1b[31m", "x\x7f", "x\x85y", "x\ud800"]
)
def test_control_characters_and_lone_surrogates_are_refused_in_any_text(bad):
    for multiline in (False, True):
        with pytest.raises(DomainError) as caught:
            values.optional_text("notes", bad, multiline=multiline)
        assert "U+" in caught.value.message_sv and "control character" in caught.value.message_en


def test_line_breaks_and_tabs_only_in_multi_line_texts():
    assert values.optional_text("notes", "rad 1\nrad 2\r\n\tindrag", multiline=True)
    for single in ("rad 1\nrad 2", "a\tb"):
        with pytest.raises(DomainError):
            values.optional_text("name", single)
        with pytest.raises(DomainError):
            values.required_name("name", single)
    assert values.optional_text("name", "Åsa Öberg – ”Kyrkan” 🙂") == "Åsa Öberg – ”Kyrkan” 🙂"


def test_one_coordinate_is_checked_on_its_own():
    assert values.coordinate("latitude", 63.1234567) == 63.123457
    assert values.coordinate("longitude", "") is None
    for field, bad in (("latitude", 48.8), ("longitude", 2.3), ("latitude", float("inf"))):
        with pytest.raises(DomainError) as caught:
            values.coordinate(field, bad)
        assert caught.value.field == field


def test_record_ids_are_lowercase_uuids():
    good = "0190a5f2-7c1e-7a3b-8c2d-1e2f3a4b5c6d"
    assert values.record_id("area_id", good) == good
    assert values.record_id("municipality_id", None, required=False) is None
    for bad in (None, "", "no-such-point", good.upper(), good + "0", 42):
        with pytest.raises(DomainError) as caught:
            values.record_id("area_id", bad)
        assert caught.value.field == "area_id"


@pytest.mark.parametrize("bad", [float("inf"), float("nan"), 1e999, "tre", True, -1, 2e9])
def test_quantities_are_finite_and_in_range(bad):
    with pytest.raises(DomainError):
        values.quantity("quantity", bad)
