"""`python -m trygghetsapp` runs the same front door as the `trygghetsapp` command."""

from trygghetsapp.cli import main

raise SystemExit(main())
