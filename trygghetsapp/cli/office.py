"""Commands for the county office's server database (issue 19, docs/office-postgresql.md).

Run by the database's owner (the role that owns the tables: it migrates them and installs the
policies); the app's everyday logins are never the owner."""

from __future__ import annotations

import argparse
from typing import Any

from trygghetsapp.cli.common import EXIT_OK, server_url
from trygghetsapp.domain.errors import DomainError


def _owner_engine(args: argparse.Namespace) -> Any:
    from trygghetsapp.store import migrate
    from trygghetsapp.store.engine import make_server_engine

    url = server_url(args)
    if url is None:
        raise DomainError(
            "database",
            "kommandot gäller kontorets databas på en server: ange --db postgresql://...",
            "the command is about the office's server database: give --db postgresql://...",
        )
    engine = make_server_engine(url)
    migrate.migrate_server(engine)
    return engine


def cmd_scope(args: argparse.Namespace) -> int:
    from trygghetsapp.store import scoping

    engine = _owner_engine(args)
    try:
        with engine.begin() as connection:
            scoping.install(connection)
            rows = connection.exec_driver_sql(
                "SELECT id, name FROM municipality WHERE NOT deleted ORDER BY name"
            ).all()
    finally:
        engine.dispose()
    print("Radsäkerhet per kommun installerad / row-level security per municipality installed.")
    print(f"Länet (läser allt, skriver inget) / the county (reads all, writes none): "
          f"{scoping.COUNTY_ROLE}")  # fmt: skip
    print(f"Hela databasen / the whole database: {scoping.OFFICE_ROLE}")
    for municipality_id, name in rows:
        print(f"{name}: {scoping.role_name(municipality_id)}")
    return EXIT_OK


def cmd_gis_view(args: argparse.Namespace) -> int:
    from trygghetsapp.store import scoping

    engine = _owner_engine(args)
    try:
        with engine.begin() as connection:
            scoping.install_gis_view(connection, args.role)
    finally:
        engine.dispose()
    print(f"{scoping.GIS_VIEW}: SELECT för/for {args.role}")
    return EXIT_OK


def register(commands: Any) -> None:
    office = commands.add_parser(
        "office",
        help="(kontorets serverdatabas) kommuner i en länsdatabas, GIS-vy",
        description="Körs av databasens ägare: se docs/office-postgresql.md.",
    )
    sub = office.add_subparsers(dest="office_command", metavar="KOMMANDO", required=True)
    scope = sub.add_parser(
        "scope-municipalities",
        help="radsäkerhet per kommun (PostgreSQL row-level security); skriver rollernas namn",
    )
    scope.set_defaults(run=cmd_scope)
    gis = sub.add_parser("gis-view", help="en läsbar vy av trygghetspunkterna för QGIS")
    gis.add_argument("role", metavar="ROLL", help="en befintlig databasroll som får läsa vyn")
    gis.set_defaults(run=cmd_gis_view)
