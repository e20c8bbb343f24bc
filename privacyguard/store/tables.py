"""The store's tables (SQLAlchemy Core). The Alembic migrations in migrations/ create them;
this module is the code's view of the newest revision.

Findings hold the type, offsets, rule and score of a piece of personal data, never the value:
the value is only in the message text, and expiry rewrites that text.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

conversations = Table(
    "conversations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", String(1000), nullable=False),
    Column("external_id", String(500), nullable=False),
    Column("channel", String(100), nullable=False),
    Column("customer", String(500)),
    Column("last_activity", DateTime(timezone=True)),
    UniqueConstraint("source", "external_id", name="uq_conversations_source_external_id"),
)

messages = Table(
    "messages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "conversation_id",
        Integer,
        ForeignKey("conversations.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("external_id", String(500), nullable=False),
    Column("sender", String(500)),
    Column("sender_role", String(50)),
    Column("sent_at", DateTime(timezone=True)),
    Column("lang", String(20)),
    Column("kind", String(50)),
    Column("text", Text, nullable=False),
    UniqueConstraint("conversation_id", "external_id", name="uq_messages_conversation_external"),
)

findings = Table(
    "findings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "message_id",
        Integer,
        ForeignKey("messages.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("entity_type", String(100), nullable=False),
    Column("field", String(100), nullable=False, default="text"),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("score", Float, nullable=False),
    Column("recognizer", String(200)),
    Column("rule", String(200)),
    Column("expired", Boolean, nullable=False, default=False),
)

legal_holds = Table(
    "legal_holds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),  # conversation | customer | channel
    Column("value", String(1000), nullable=False),
    Column("reason", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("operator", String(200)),
    UniqueConstraint("kind", "value", name="uq_legal_holds_kind_value"),
)

retention_runs = Table(
    "retention_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("as_of", DateTime(timezone=True), nullable=False),
    Column("policy", String(1000), nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("status", String(20), nullable=False),  # running | done
    Column("batches", Integer, nullable=False, default=0),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("event", Text, nullable=False),  # canonical JSON, no raw personal data
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

#: one row: how many audit events there are and the last hash, so a deleted tail shows
audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("count", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
)

#: what erasure and retention removed or redacted, one row per conversation and action: keyed
#: digests (under a key kept outside the database) of the conversation's identity and of each
#: message's id and content, never the text; the importer skips what matches. See
#: privacyguard.store.tombstones.
tombstones = Table(
    "tombstones",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("conversation_key", String(32), nullable=False, index=True),  # source, conversation
    Column("conversation_ref", String(32), nullable=False, index=True),  # conversation id only
    Column("message_keys", LargeBinary, nullable=False),  # 8 bytes per message: its id
    Column("content_keys", LargeBinary, nullable=False),  # 8 bytes per message: id and text
    Column("messages", Integer, nullable=False),
    Column("cause", String(20), nullable=False),  # erasure | retention
    Column("action", String(20), nullable=False),  # deleted | redacted
    Column("ref", String(200)),  # the request reference or "run N"
    Column("key_id", String(32), nullable=False),  # which key made the digests
    Column("created_at", DateTime(timezone=True), nullable=False),
)

#: findings below the review threshold (settings.review_below), waiting for a person: the
#: finding's type, offsets, score and recognizer, and the decision once made. Never the value
#: (it is only in the message text). See privacyguard.store.review_queue.
review_queue = Table(
    "review_queue",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "finding_id", Integer, ForeignKey("findings.id", ondelete="CASCADE"),
        nullable=True, unique=True,
    ),  # fmt: skip
    Column(
        "message_id", Integer, ForeignKey("messages.id", ondelete="CASCADE"),
        nullable=False, index=True,
    ),  # fmt: skip
    Column("entity_type", String(100), nullable=False),
    Column("field", String(100), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("score", Float, nullable=False),
    Column("recognizer", String(200)),
    Column("queued_at", DateTime(timezone=True), nullable=False),
    Column("decided_at", DateTime(timezone=True), index=True),
    Column("decision", String(20)),  # confirm | reject | retype
    Column("new_type", String(100)),  # the type a retype gave
    Column("reviewer", String(200)),
    # finding_id is empty for a message item (a message the detector could not decide)
    Column("reason", String(40)),  # a message item's: why it is undecided (0006)
    Column("detail", String(300)),  # the detector's words for it, never a value (0006)
)

#: a key per data subject (crypto-shredding, see privacyguard.store.subject_keys): the subject
#: as a keyed digest (never the identifier), the key wrapped by the master key (AES-GCM);
#: erasure empties ``wrapped`` and sets ``destroyed_at``, the row stays as the proof
subject_keys = Table(
    "subject_keys",
    metadata,
    Column("key_id", String(32), primary_key=True),
    Column("subject", String(64), nullable=False, index=True),
    Column("wrapped", LargeBinary),  # NULL once destroyed
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("destroyed_at", DateTime(timezone=True)),
    Column("destroyed_by", String(200)),  # the erasure request's reference
)
