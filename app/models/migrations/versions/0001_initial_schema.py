"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blobs")),
    )
    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=32), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("first_seq", sa.Integer(), nullable=True),
        sa.Column("last_seq", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entries_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entries_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "cases",
        sa.Column(
            "kind",
            sa.Enum("criminal", "administrative", name="casekind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("number", sa.String(length=80), nullable=True),
        sa.Column("opened_on", sa.String(length=10), nullable=True),
        sa.Column("investigating_body", sa.String(length=300), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "investigation",
                "in_court",
                "convicted",
                "acquitted",
                "closed",
                "suspended",
                name="casestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
    )

    op.create_table(
        "custom_articles",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("article", sa.String(length=20), nullable=False),
        sa.Column("part", sa.String(length=10), nullable=False),
        sa.Column("title_en", sa.String(length=400), nullable=False),
        sa.Column("title_be", sa.String(length=400), nullable=False),
        sa.Column("title_ru", sa.String(length=400), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_custom_articles")),
    )
    op.create_table(
        "devices",
        sa.Column("device_id", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("sign_public", sa.LargeBinary(), nullable=False),
        sa.Column("box_public", sa.LargeBinary(), nullable=False),
        sa.Column("sign_secret", sa.LargeBinary(), nullable=True),
        sa.Column("box_secret", sa.LargeBinary(), nullable=True),
        sa.Column("is_self", sa.Boolean(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_devices")),
    )
    op.create_table(
        "judges",
        sa.Column("full_name", sa.String(length=300), nullable=False),
        sa.Column("court_code", sa.String(length=60), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_judges")),
    )
    with op.batch_alter_table("judges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_judges_court_code"), ["court_code"], unique=False)

    op.create_table(
        "month_narratives",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("lang", sa.String(length=5), nullable=False),
        sa.Column("section", sa.String(length=60), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_month_narratives")),
    )
    with op.batch_alter_table("month_narratives", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_month_narratives_month"), ["month"], unique=False)

    op.create_table(
        "ops",
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("op_id", sa.String(length=64), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("parent_op", sa.String(length=64), nullable=True),
        sa.Column("signature", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("origin", "seq", name=op.f("pk_ops")),
        sa.UniqueConstraint("op_id", name=op.f("uq_ops_op_id")),
    )
    with op.batch_alter_table("ops", schema=None) as batch_op:
        batch_op.create_index("ix_ops_entity_field", ["entity_id", "field", "hlc"], unique=False)
        batch_op.create_index("ix_ops_hlc", ["hlc"], unique=False)

    op.create_table(
        "persons",
        sa.Column("display_name", sa.String(length=300), nullable=False),
        sa.Column(
            "gender",
            sa.Enum(
                "female", "male", "other", "unknown", name="gender", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("birth_date", sa.String(length=10), nullable=True),
        sa.Column("region_code", sa.String(length=40), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=True),
        sa.Column("occupation", sa.String(length=300), nullable=True),
        sa.Column("categories", sa.String(length=400), server_default="", nullable=False),
        sa.Column("health_concerns", sa.Text(), nullable=True),
        sa.Column(
            "publication",
            sa.Enum(
                "publish",
                "anonymise",
                "never",
                name="publicationlevel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("latest_event_on", sa.Date(), nullable=True),
        sa.Column("custody_status", sa.String(length=20), server_default="", nullable=False),
        sa.Column("sort_name", sa.String(length=300), server_default="", nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index("ix_persons_custody_id", ["custody_status", "id"], unique=False)
        batch_op.create_index("ix_persons_event_id", ["latest_event_on", "id"], unique=False)
        batch_op.create_index("ix_persons_name_id", ["sort_name", "id"], unique=False)
        batch_op.create_index("ix_persons_region_id", ["region_code", "id"], unique=False)

    op.create_table(
        "sources",
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("publication", sa.String(length=300), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column(
            "reliability",
            sa.Enum(
                "confirmed",
                "probable",
                "unverified",
                name="reliability",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
    )

    op.create_table(
        "vault_meta",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_vault_meta")),
    )
    op.create_table(
        "attachments",
        sa.Column("person_id", sa.String(length=32), nullable=True),
        sa.Column("case_id", sa.String(length=32), nullable=True),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("mime_type", sa.String(length=120), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_attachments_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_attachments_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_sha256"), ["sha256"], unique=False)

    op.create_table(
        "charges",
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.Column("article_key", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_charges_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_charges_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charges")),
    )
    with op.batch_alter_table("charges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_charges_article_key"), ["article_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_charges_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_charges_person_id"), ["person_id"], unique=False)

    op.create_table(
        "detentions",
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=True),
        sa.Column("detained_on", sa.String(length=10), nullable=True),
        sa.Column(
            "place_kind",
            sa.Enum(
                "temporary_detention",
                "pre_trial_centre",
                "colony",
                "prison",
                "open_facility",
                "other",
                name="placekind",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("place_name", sa.String(length=300), nullable=True),
        sa.Column("released_on", sa.Date(), nullable=True),
        sa.Column(
            "release_reason",
            sa.Enum(
                "served",
                "pardoned",
                "exchanged",
                "acquitted",
                "measure_changed",
                "died_in_custody",
                "other",
                name="releasereason",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_detentions_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_detentions_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_detentions")),
    )
    with op.batch_alter_table("detentions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_detentions_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_detentions_detained_on"), ["detained_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_detentions_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_detentions_released_on"), ["released_on"], unique=False
        )

    op.create_table(
        "events",
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.Column(
            "event_type",
            sa.Enum(
                "search",
                "administrative_detention",
                "criminal_detention",
                "interrogation",
                "ill_treatment",
                "pressure_on_relatives",
                "dismissal",
                "forced_exile",
                "property_seizure",
                "exit_ban",
                "other",
                name="eventtype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("occurred_on", sa.String(length=10), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("responsible_body", sa.String(length=300), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("source_id", sa.String(length=32), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_events_person_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_events_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_occurred_on"), ["occurred_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_person_id"), ["person_id"], unique=False)

    op.create_table(
        "name_keys",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_name_keys_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "person_id", name=op.f("pk_name_keys")),
    )
    with op.batch_alter_table("name_keys", schema=None) as batch_op:
        batch_op.create_index("ix_name_keys_person_id", ["person_id"], unique=False)

    op.create_table(
        "person_names",
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.Column("full_name", sa.String(length=300), nullable=False),
        sa.Column(
            "script",
            sa.Enum("be", "ru", "latin", "other", name="namescript", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_person_names_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_names")),
    )
    with op.batch_alter_table("person_names", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_names_person_id"), ["person_id"], unique=False)

    op.create_table(
        "relations",
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.Column("other_person_id", sa.String(length=32), nullable=False),
        sa.Column(
            "relation_type",
            sa.Enum(
                "spouse",
                "parent",
                "child",
                "sibling",
                "other",
                name="relationtype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["other_person_id"], ["persons.id"], name=op.f("fk_relations_other_person_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_relations_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relations")),
    )
    with op.batch_alter_table("relations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_relations_other_person_id"), ["other_person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_relations_person_id"), ["person_id"], unique=False)

    op.create_table(
        "source_links",
        sa.Column("source_id", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_source_links_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_links")),
    )
    with op.batch_alter_table("source_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_source_links_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_source_links_source_id"), ["source_id"], unique=False)

    op.create_table(
        "status_periods",
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "political_prisoner",
                "incommunicado",
                "shizo",
                "pkt",
                "prison_regime",
                "extremist_list",
                "terrorist_list",
                "serious_illness",
                name="statuskind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("starts_on", sa.String(length=10), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_status_periods_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_periods")),
    )
    with op.batch_alter_table("status_periods", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_status_periods_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_status_periods_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "trials",
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("court_code", sa.String(length=60), nullable=True),
        sa.Column("judge_id", sa.String(length=32), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("verdict_on", sa.Date(), nullable=True),
        sa.Column("in_absentia", sa.Boolean(), nullable=False),
        sa.Column("special_proceedings", sa.Boolean(), nullable=False),
        sa.Column("closed_hearing", sa.Boolean(), nullable=False),
        sa.Column("appeal_on", sa.Date(), nullable=True),
        sa.Column("appeal_outcome", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_trials_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["judge_id"], ["judges.id"], name=op.f("fk_trials_judge_id_judges")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trials")),
    )
    with op.batch_alter_table("trials", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trials_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_trials_court_code"), ["court_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_trials_judge_id"), ["judge_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_trials_verdict_on"), ["verdict_on"], unique=False)

    op.create_table(
        "sentences",
        sa.Column("person_id", sa.String(length=32), nullable=False),
        sa.Column("trial_id", sa.String(length=32), nullable=True),
        sa.Column(
            "sentence_type",
            sa.Enum(
                "imprisonment",
                "restricted_freedom_open",
                "restricted_freedom_home",
                "home_confinement",
                "arrest",
                "fine",
                "correctional_labour",
                "other",
                name="sentencetype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("term_years", sa.Integer(), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("term_days", sa.Integer(), nullable=False),
        sa.Column(
            "regime",
            sa.Enum(
                "general",
                "strict",
                "special",
                "prison",
                "none",
                name="regime",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("fine_amount", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("credited_days", sa.Integer(), nullable=False),
        sa.Column("extends_sentence_id", sa.String(length=32), nullable=True),
        sa.Column("expected_release", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["extends_sentence_id"],
            ["sentences.id"],
            name=op.f("fk_sentences_extends_sentence_id_sentences"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_sentences_person_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["trial_id"], ["trials.id"], name=op.f("fk_sentences_trial_id_trials")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sentences")),
    )
    with op.batch_alter_table("sentences", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sentences_expected_release"), ["expected_release"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sentences_extends_sentence_id"), ["extends_sentence_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sentences_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sentences_trial_id"), ["trial_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sentences", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sentences_trial_id"))
        batch_op.drop_index(batch_op.f("ix_sentences_person_id"))
        batch_op.drop_index(batch_op.f("ix_sentences_extends_sentence_id"))
        batch_op.drop_index(batch_op.f("ix_sentences_expected_release"))

    op.drop_table("sentences")
    with op.batch_alter_table("trials", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trials_verdict_on"))
        batch_op.drop_index(batch_op.f("ix_trials_judge_id"))
        batch_op.drop_index(batch_op.f("ix_trials_court_code"))
        batch_op.drop_index(batch_op.f("ix_trials_case_id"))

    op.drop_table("trials")
    with op.batch_alter_table("status_periods", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_periods_person_id"))
        batch_op.drop_index(batch_op.f("ix_status_periods_kind"))

    op.drop_table("status_periods")
    with op.batch_alter_table("source_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_links_source_id"))
        batch_op.drop_index(batch_op.f("ix_source_links_entity_id"))

    op.drop_table("source_links")
    with op.batch_alter_table("relations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_relations_person_id"))
        batch_op.drop_index(batch_op.f("ix_relations_other_person_id"))

    op.drop_table("relations")
    with op.batch_alter_table("person_names", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_names_person_id"))

    op.drop_table("person_names")
    with op.batch_alter_table("name_keys", schema=None) as batch_op:
        batch_op.drop_index("ix_name_keys_person_id")

    op.drop_table("name_keys")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_person_id"))
        batch_op.drop_index(batch_op.f("ix_events_occurred_on"))

    op.drop_table("events")
    with op.batch_alter_table("detentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_detentions_released_on"))
        batch_op.drop_index(batch_op.f("ix_detentions_person_id"))
        batch_op.drop_index(batch_op.f("ix_detentions_detained_on"))
        batch_op.drop_index(batch_op.f("ix_detentions_case_id"))

    op.drop_table("detentions")
    with op.batch_alter_table("charges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_charges_person_id"))
        batch_op.drop_index(batch_op.f("ix_charges_case_id"))
        batch_op.drop_index(batch_op.f("ix_charges_article_key"))

    op.drop_table("charges")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachments_person_id"))
        batch_op.drop_index(batch_op.f("ix_attachments_case_id"))

    op.drop_table("attachments")
    op.drop_table("vault_meta")

    op.drop_table("sources")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index("ix_persons_region_id")
        batch_op.drop_index("ix_persons_name_id")
        batch_op.drop_index("ix_persons_event_id")
        batch_op.drop_index("ix_persons_custody_id")

    op.drop_table("persons")
    with op.batch_alter_table("ops", schema=None) as batch_op:
        batch_op.drop_index("ix_ops_hlc")
        batch_op.drop_index("ix_ops_entity_field")

    op.drop_table("ops")
    with op.batch_alter_table("month_narratives", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_month_narratives_month"))

    op.drop_table("month_narratives")
    with op.batch_alter_table("judges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_judges_court_code"))

    op.drop_table("judges")
    op.drop_table("devices")
    op.drop_table("custom_articles")

    op.drop_table("cases")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entries_entity_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entries_at"))

    op.drop_table("audit_entries")
    op.drop_table("attachment_blobs")
