"""The clone check's test for a change an erasure scrubbed on one replica (store/erasure.py)."""

from trygghetsapp.domain.identity import PersonKeys
from trygghetsapp.store import erasure
from trygghetsapp.store.codec import canonical_json

KEYS = PersonKeys.of(["Märta Ödlund"], ["+46701740677"], [])
ORIGINAL = {"key_holder": "Märta Ödlund 070-174 06 77", "name": "Skolan", "notes": "ok"}


def test_a_scrubbed_change_is_the_same_change():
    scrubbed = erasure.scrub_data("safety_point", ORIGINAL, KEYS, "c1")
    assert scrubbed["key_holder"] == "[raderad person] [raderad person]"
    assert erasure.is_scrub_of(canonical_json(scrubbed), canonical_json(ORIGINAL))
    assert not erasure.is_scrub_of(canonical_json(ORIGINAL), canonical_json(scrubbed))


def test_a_reference_emptied_is_the_same_change():
    original = {"inspector": "M. Ö.", "inspector_id": "c1"}
    scrubbed = erasure.scrub_data("inspection", original, KEYS, "c1")
    assert scrubbed == {"inspector": "[raderad person]", "inspector_id": None}
    assert erasure.is_scrub_of(canonical_json(scrubbed), canonical_json(original))


def test_other_differences_are_still_clones():
    other = {**ORIGINAL, "notes": "ändrad"}
    assert not erasure.is_scrub_of(canonical_json(other), canonical_json(ORIGINAL))
    extra = {**ORIGINAL, "key_holder": "[raderad person]", "water": "brunn"}
    assert not erasure.is_scrub_of(canonical_json(extra), canonical_json(ORIGINAL))
    # Text added around the marker is not a scrub of the original either.
    forged = {**ORIGINAL, "key_holder": "Märta Ödlund 070-174 06 77 [raderad person] och mer"}
    assert not erasure.is_scrub_of(canonical_json(forged), canonical_json(ORIGINAL))
