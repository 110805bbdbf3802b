"""The installed packages: everything under trygghetsapp/, and the top-level resources/ folder.

Why a setup.py beside pyproject.toml: the checklist templates, fonts, translations and demo data
live in resources/ at the top of the checkout (where translators and municipalities find them),
but a plain `pip install .` must carry them too. setuptools can map a directory outside the
package tree to a package only here, as package_dir; `trygghetsapp/resources.py` looks for the
checkout's folder first and the installed copy (trygghetsapp/shipped/) second. Developer tools
(tools/, bench/, tests/) are not found by the pattern and never installed
(tests/test_packaging.py builds the wheel and looks inside).
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["trygghetsapp", "trygghetsapp.*"]), "trygghetsapp.shipped"],
    package_dir={"trygghetsapp.shipped": "resources"},
)
