"""Municipalities in one county database: row-level security in PostgreSQL (issue 19, item 4).

A county office keeps several municipalities in one server database. What a database role may
see and change is decided by the server, not by the app (docs/office-postgresql.md, "Counties"):

- `trygghetsapp_m_<municipality id without dashes>`: one group role per municipality. A login
  role that is a member works in that municipality: it sees, changes and exports only the rows
  of that municipality's areas (and the shared role catalogue). A login that is a member of
  several municipality roles picks one at a time with the session setting
  `trygghetsapp.municipality` (the app sets it from `TRYGGHETSAPP_MUNICIPALITY`); the setting
  only selects among the roles the login holds, it grants nothing by itself.
- `trygghetsapp_county`: reads every municipality's rows and writes none (the policies give it
  SELECT only; its grants should be SELECT only too).
- `trygghetsapp_office`: the whole database, reading and writing (the county's own
  administration, or an office whose database holds one municipality).
- Any other role (not the tables' owner, not a superuser) sees no scoped row at all: fail
  closed. The owner (who runs migrations and this setup) and superusers are not bound by row
  security (no FORCE): the app's logins must never be the owner.

Why roles and not only a session setting: a setting can be changed by anyone holding a
connection (`SET trygghetsapp.municipality = ...` in psql), so alone it would be a filter of
the app, not a boundary. Membership of a role is granted by the administrator and cannot be
taken by the user; the setting only chooses among what was granted.

Which rows belong to a municipality: an area by its `municipality_id`; a municipality row by its
id; safety points, contacts, role assignments, information channels and the kept readiness
counts (`area_readiness`) by their area; equipment
and inspections by their safety point's area; findings by their inspection's. The change log
(`change`) by the record each change is about (`trygghetsapp_row_municipality`), so the log does
not leak another municipality's values either, and an export (read through the same policies)
carries only the municipality's changes. A change about a record not materialised yet (an
import inserts the changes first, then writes the rows) is visible and insertable: the row the
merge then writes is checked by that table's policy, so a package carrying another
municipality's area is refused as a whole at a municipality's workstation. The role catalogue
(`crisis_role`, and its changes) is shared: every municipality reads and writes it, the county
reads it. The bookkeeping tables (device rows and counters, version vectors, sync settings,
alembic_version) have no row security: they hold no municipality's data, and their grants decide
(the county: SELECT only).

Installed by `install(connection)` (`trygghetsapp office scope-municipalities`, as the owner):
opt-in, idempotent, outside the Alembic chain, so a single-municipality office and every laptop
are untouched. `pg_dump` carries the functions and policies along.
"""

from __future__ import annotations

from sqlalchemy import Connection

ROLE_PREFIX = "trygghetsapp_m_"
COUNTY_ROLE = "trygghetsapp_county"
OFFICE_ROLE = "trygghetsapp_office"
SETTING = "trygghetsapp.municipality"

AREA_OF = "(SELECT a.municipality_id FROM area a WHERE a.id = {area})"
POINT_OF = (
    "(SELECT a.municipality_id FROM safety_point p JOIN area a ON a.id = p.area_id "
    "WHERE p.id = {point})"
)
SCOPED: dict[str, str] = {
    "municipality": "id",
    "area": "municipality_id",
    "safety_point": AREA_OF.format(area="area_id"),
    "contact": AREA_OF.format(area="area_id"),
    "role_assignment": AREA_OF.format(area="area_id"),
    "info_channel": AREA_OF.format(area="area_id"),
    "equipment_item": POINT_OF.format(point="safety_point_id"),
    "inspection": POINT_OF.format(point="safety_point_id"),
    "inspection_finding": (
        "(SELECT a.municipality_id FROM inspection i JOIN safety_point p ON p.id = "
        "i.safety_point_id JOIN area a ON a.id = p.area_id WHERE i.id = inspection_id)"
    ),
}
"""Each scoped table and the SQL expression of its row's municipality id."""

DERIVED: dict[str, str] = {"area_readiness": AREA_OF.format(area="area_id")}
"""Scoped tables that are no synced entity (no `id`, no changes): each replica's own derived
rows, here the kept readiness counts, whose numbers tell about another municipality's areas."""


def role_name(municipality_id: str) -> str:
    """The group role of a municipality (63 characters at most: 15 + 32)."""
    return ROLE_PREFIX + municipality_id.replace("-", "").lower()


def _functions(schema: str) -> list[str]:
    lookup = " ".join(
        f"WHEN '{table}' THEN (SELECT coalesce({expression}, '') FROM {table} WHERE id = row_id)"
        for table, expression in SCOPED.items()
    )
    return [
        # The municipality this session works in: the setting if the login holds its role,
        # else the one municipality role the login holds; NULL if none (sees nothing scoped).
        f"""CREATE OR REPLACE FUNCTION {schema}.trygghetsapp_municipality() RETURNS text
        LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
          SELECT CASE
            WHEN chosen.id IS NOT NULL THEN (
              SELECT chosen.id FROM pg_roles r
              WHERE r.rolname = '{ROLE_PREFIX}' || replace(lower(chosen.id), '-', '')
                AND pg_has_role(current_user, r.oid, 'MEMBER'))
            ELSE (
              SELECT CASE WHEN count(*) = 1 THEN regexp_replace(min(substr(r.rolname, 16)),
                '^(.{{8}})(.{{4}})(.{{4}})(.{{4}})(.{{12}})$', '\\1-\\2-\\3-\\4-\\5') END
              FROM pg_roles r
              WHERE r.rolname LIKE '{ROLE_PREFIX.replace("_", chr(92) + "_")}%'
                AND pg_has_role(current_user, r.oid, 'MEMBER'))
          END
          FROM (SELECT nullif(current_setting('{SETTING}', true), '') AS id) chosen
        $$""",
        f"""CREATE OR REPLACE FUNCTION {schema}.trygghetsapp_member(role text) RETURNS boolean
        LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
          SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = role
                         AND pg_has_role(current_user, r.oid, 'MEMBER'))
        $$""",
        # A change's record's municipality, read past row security (SECURITY DEFINER, owned by
        # the owner): NULL for a record not materialised yet, '' for a record of no
        # municipality, '*' for an unscoped entity (the role catalogue, erasure marks). Every
        # role may call it (the policy on `change` does, as the querying role): it tells a
        # municipality id for a record id one already knows, never a value.
        f"""CREATE OR REPLACE FUNCTION {schema}.trygghetsapp_row_municipality(
          entity text, row_id text) RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
          SELECT CASE entity {lookup} ELSE '*' END
        $$""",
    ]


def _predicate(table: str, schema: str, mine: str) -> str:
    """The row belongs to `mine`, as a set membership: an uncorrelated `IN (SELECT ...)` is
    computed once per statement (a hashed subplan), where the correlated expression of SCOPED
    would run a lookup per row (measured: one municipality's overview 1.9 s with it, on a
    county of 8 x 500 areas; bench/bench_pg.py). The subqueries read through the same policies
    (of area and safety point), so they agree with them."""
    areas = f"SELECT a.id FROM {schema}.area a WHERE a.municipality_id = {mine}"
    points = (
        f"SELECT p.id FROM {schema}.safety_point p JOIN {schema}.area a ON a.id = p.area_id "
        f"WHERE a.municipality_id = {mine}"
    )
    inspections = (
        f"SELECT i.id FROM {schema}.inspection i JOIN {schema}.safety_point p "
        f"ON p.id = i.safety_point_id JOIN {schema}.area a ON a.id = p.area_id "
        f"WHERE a.municipality_id = {mine}"
    )
    by_parent = {
        "municipality": f"id = {mine}",
        "area": f"municipality_id = {mine}",
        "safety_point": f"area_id IN ({areas})",
        "contact": f"area_id IN ({areas})",
        "role_assignment": f"area_id IN ({areas})",
        "info_channel": f"area_id IN ({areas})",
        "area_readiness": f"area_id IN ({areas})",
        "equipment_item": f"safety_point_id IN ({points})",
        "inspection": f"safety_point_id IN ({points})",
        "inspection_finding": f"inspection_id IN ({inspections})",
    }
    assert by_parent.keys() == SCOPED.keys() | DERIVED.keys()
    return by_parent[table]


def statements(schema: str = "public") -> list[str]:
    """The DDL, in order (idempotent)."""
    mine = f"(SELECT {schema}.trygghetsapp_municipality())"
    whole = f"(SELECT {schema}.trygghetsapp_member('{OFFICE_ROLE}'))"
    county = f"(SELECT {schema}.trygghetsapp_member('{COUNTY_ROLE}'))"
    result = _functions(schema)
    tables = {
        **SCOPED,
        **DERIVED,
        "change": f"{schema}.trygghetsapp_row_municipality(entity, row_id)",
        "crisis_role": "'*'",  # the shared catalogue: every municipality's, the county reads
    }
    for table, expression in tables.items():
        qualified = f"{schema}.{table}"
        result.append(f"ALTER TABLE {qualified} ENABLE ROW LEVEL SECURITY")
        for policy in ("municipality", "county_reads", "office_whole"):
            result.append(f"DROP POLICY IF EXISTS trygghetsapp_{policy} ON {qualified}")
        if table == "change":  # a record not materialised yet counts as this municipality's
            own = f"{mine} IS NOT NULL AND coalesce({expression}, {mine}) IN ('*', {mine})"
        elif expression == "'*'":
            own = f"{mine} IS NOT NULL"
        else:
            own = _predicate(table, schema, mine)
        result += [
            f"CREATE POLICY trygghetsapp_municipality ON {qualified} FOR ALL "
            f"USING ({own}) WITH CHECK ({own})",
            f"CREATE POLICY trygghetsapp_county_reads ON {qualified} FOR SELECT USING ({county})",
            f"CREATE POLICY trygghetsapp_office_whole ON {qualified} FOR ALL "
            f"USING ({whole}) WITH CHECK ({whole})",
        ]
    return result


def install(connection: Connection) -> None:
    """Install (or renew) the functions and policies, as the tables' owner."""
    schema = connection.exec_driver_sql("SELECT current_schema()").scalar_one()
    _run(connection, statements(str(schema)))


def _run(connection: Connection, ddl: list[str]) -> None:
    """DDL on the driver without parameters (psycopg then reads no '%' as a placeholder), in
    the connection's transaction."""
    cursor = connection.connection.cursor()
    try:
        for statement in ddl:
            cursor.execute(statement)
    finally:
        cursor.close()


READS_ONLY = f"""
SELECT NOT r.rolsuper
   AND EXISTS (SELECT 1 FROM pg_roles c WHERE c.rolname = '{COUNTY_ROLE}'
                  AND pg_has_role(current_user, c.oid, 'MEMBER'))
   AND NOT EXISTS (SELECT 1 FROM pg_roles g
                    WHERE (g.rolname = '{OFFICE_ROLE}'
                           OR g.rolname LIKE '{ROLE_PREFIX.replace("_", chr(92) + "_")}%%')
                      AND pg_has_role(current_user, g.oid, 'MEMBER'))
  FROM pg_roles r WHERE r.rolname = current_user
"""
"""Whether the session's login only reads (`reads_only`)."""


def reads_only(connection: Connection) -> bool:
    """Whether this login may only read: a member of the county role and of no role that writes
    (the office's, a municipality's), not a superuser. Only the server's policies enforce it;
    this tells the window why an edit was refused."""
    return bool(connection.exec_driver_sql(READS_ONLY).scalar())


def set_municipality(dbapi_connection: object, municipality_id: str) -> None:
    """The session's municipality (`trygghetsapp.municipality`), for a login that holds several
    municipality roles; it selects, it grants nothing."""
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("SELECT set_config(%s, %s, false)", (SETTING, municipality_id))
    cursor.close()


GIS_VIEW = "trygghetsapp_gis_points"
GIS_COLUMNS = (
    "p.id, m.name AS municipality, a.name AS area, p.name, p.kind, p.address, p.status, "
    "p.level, p.services, p.capacity_day, p.capacity_night, p.latitude, p.longitude"
)
"""The public fields of a safety point (docs/OUT-AND-OFFICE's public profile): no key holder,
access notes, reserve power notes or free notes; WGS 84 lon/lat (QGIS reprojects to SWEREF 99
TM, EPSG:3006, on the fly)."""


def gis_statements(role: str, schema: str = "public") -> list[str]:
    """A read-only view of the live safety points for QGIS, and SELECT on it for `role` (an
    existing role; it gets nothing else). The view runs with its owner's rights (not
    security_invoker): the GIS role needs no grant on any table, reads every municipality's
    public points, and cannot write through it (no INSERT/UPDATE/DELETE granted)."""
    if not role.replace("_", "").isalnum():
        raise ValueError(f"not a plain role name: {role}")
    return [
        f"CREATE OR REPLACE VIEW {schema}.{GIS_VIEW} AS SELECT {GIS_COLUMNS} "
        f"FROM {schema}.safety_point p JOIN {schema}.area a ON a.id = p.area_id "
        f"LEFT JOIN {schema}.municipality m ON m.id = a.municipality_id AND NOT m.deleted "
        "WHERE NOT p.deleted AND NOT a.deleted",
        f"GRANT USAGE ON SCHEMA {schema} TO {role}",
        f"GRANT SELECT ON {schema}.{GIS_VIEW} TO {role}",
    ]


def install_gis_view(connection: Connection, role: str) -> None:
    schema = connection.exec_driver_sql("SELECT current_schema()").scalar_one()
    _run(connection, gis_statements(role, str(schema)))
