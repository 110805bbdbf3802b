"""Fill the unfinished messages of the .ts files after `python -m tools.i18n_build`.

The Swedish file takes each source as its own translation; the English file takes the English
from a JSON file of {"Swedish source": "English"} (what a translator would type into Linguist).
Then both are compiled again. Usage: `python tools/fill_translations.py english.json`.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def fill(ts: Path, english: dict[str, str] | None) -> list[str]:
    """Fill in place; returns the sources still missing an English text."""
    tree = ET.parse(ts)
    missing: list[str] = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        text = source if english is None else english.get(source)
        if text is None:
            missing.append(source)
            continue
        numerus = message.get("numerus") == "yes"
        if numerus:
            for form in translation.findall("numerusform"):
                form.text = text
        else:
            translation.text = text
        del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    english = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    fill(I18N / "trygghetsapp_sv.ts", None)
    missing = fill(I18N / "trygghetsapp_en.ts", english)
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
