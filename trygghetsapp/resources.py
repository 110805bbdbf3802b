"""Where the shipped resources live.

From a checkout or an editable install `resources/` sits beside the package; `pip install .`
copies it into the package as `shipped/` (see setup.py). A frozen build may set
TRYGGHETSAPP_RESOURCES to point elsewhere.
"""

import os
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("TRYGGHETSAPP_RESOURCES")
    if override:
        return Path(override)
    package = Path(__file__).resolve().parent
    checkout = package.parent / "resources"
    return checkout if checkout.is_dir() else package / "shipped"
