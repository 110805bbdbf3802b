"""Fill the unfinished messages of the .ts files after `python -m tools.i18n_build`.

The Swedish file takes each source as its own translation; the English file takes the English
from a JSON file of {"Swedish source": "English"} (what a translator would type into Linguist).
Then both are compiled again. Usage: `python tools/fill_translations.py english.json`.

A message with a count (`tr("%n saker ...", "", n)`, numerus) needs its singular and plural in
*both* languages: its entry is {"sv": [singular, plural], "en": [singular, plural]} instead of a
string (the Swedish source holds only the plural). A numerus message without such an entry gets
the plain text in every form, as before, and is reported.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


Entry = str | dict[str, list[str]]


def fill(ts: Path, english: dict[str, Entry] | None, numerus: dict[str, Entry]) -> list[str]:
    """Fill in place (`english` None: the Swedish file); returns the sources still missing a
    text (for a numerus message: its forms)."""
    language = "sv" if english is None else "en"
    tree = ET.parse(ts)
    missing: list[str] = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        entry = numerus.get(source) if english is None else english.get(source)
        if message.get("numerus") == "yes":
            forms = entry.get(language) if isinstance(entry, dict) else None
            if forms is None:
                missing.append(source)
                plain = source if english is None else entry
                if not isinstance(plain, str):
                    continue
                forms = [plain, plain]
            for form, form_text in zip(translation.findall("numerusform"), forms, strict=False):
                form.text = form_text
            del translation.attrib["type"]
            continue
        text = source if english is None else entry
        if not isinstance(text, str):
            missing.append(source)
            continue
        translation.text = text
        del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    english = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    missing = fill(I18N / "trygghetsapp_sv.ts", None, english)
    missing += fill(I18N / "trygghetsapp_en.ts", english, english)
    sys.path.insert(0, str(ROOT))
    from tools import i18n_build

    for language in ("sv", "en"):  # lupdate writes its own layout back (stable diffs)
        i18n_build.update(I18N / f"trygghetsapp_{language}.ts", language)
        i18n_build.release(I18N / f"trygghetsapp_{language}.ts")
    for source in missing:
        print(f"no English for: {source}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
