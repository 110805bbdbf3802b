"""Where the shipped resources live.

The app runs from a checkout or an editable install, so `resources/` sits beside the package; a
frozen build may set TRYGGHETSAPP_RESOURCES to point elsewhere.
"""

import os
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("TRYGGHETSAPP_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "resources"
