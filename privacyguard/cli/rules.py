"""privacyguard rules check | list"""

from __future__ import annotations

from pathlib import Path

import click

from privacyguard.cli import handle_errors


@click.group()
def rules() -> None:
    """Validate and list the detection rules in rules/."""


@rules.command("check")
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@handle_errors
def check(path: Path | None) -> None:
    """Validate rule files (a directory or one file) without scanning anything.

    Errors are printed as FILE:LINE:COLUMN: message, one per line; exit 2 if any.
    """
    from privacyguard.config.conversation import (
        ROLE_WORDS,
        conversation_dir,
        load_conversation_rules,
    )
    from privacyguard.config.rules import load_rules

    loaded = load_rules(path)
    kinds = {r.spec.entity_type for r in loaded.recognizers}
    click.echo(
        f"ok: {len(loaded.recognizers)} recognizers for {len(kinds)} entity types "
        f"in {len(loaded.files)} files; languages {', '.join(loaded.settings.languages)}"
    )
    bare = [f"month_{m}" for m in range(1, 13) if not loaded.lists.get(f"month_{m}")]
    if (path is None or path.is_dir()) and bare:
        click.echo(
            f"warning: no list {', '.join(bare)}: a date is read without that month's names "
            "(plausible_birth_date fails \"12 maart 1985\"); copy the lists from the shipped "
            "rules/settings.yaml (docs/how-to/add-an-identifier.md)",
            err=True,
        )
    if path is None or path.is_dir():  # the conversation rules next to them (or shipped)
        talk = load_conversation_rules(conversation_dir(list(loaded.files)))
        click.echo(
            f"ok: {len(talk.questions)} question phrasings in {len(talk.files)} "
            "conversation rule files"
        )
        if talk.questions and not talk.acknowledgements:
            click.echo(
                "warning: no `acknowledgements` in the conversation rules: a thank-you with a "
                "request word (\"Great, thanks, can you resend it?\") is read as a question; "
                "copy the section from the shipped rules/conversation/conversation.yaml "
                "(docs/conversations.md)",
                err=True,
            )
        for key in ROLE_WORDS:
            bare = [lang for lang in loaded.settings.languages
                    if lang not in talk.role_languages.get(key, ())]  # fmt: skip
            if bare:
                click.echo(
                    f"warning: no `{key}` in the conversation rules for {', '.join(bare)}: "
                    "the role guess (an export without roles) reads those messages without "
                    "them (docs/conversations.md)",
                    err=True,
                )
        bare = [lang for lang in loaded.settings.languages
                if lang not in talk.role_languages.get("requests", ())]  # fmt: skip
        if bare and talk.requests:
            click.echo(
                f"warning: no `requests` in the conversation rules for {', '.join(bare)}: a "
                "request without a question mark (\"Paspoortnummer graag.\") in those "
                "languages asks for nothing (docs/conversations.md)",
                err=True,
            )


@rules.command("list")
@click.option("--rules", "rules_path", type=click.Path(exists=True, path_type=Path),
              help="Rules directory or file (default: $PRIVACYGUARD_RULES, else the "
              "shipped rules).")  # fmt: skip
@handle_errors
def list_rules(rules_path: Path | None) -> None:
    """One line per recognizer: name, entity type, kind, where it is defined."""
    from privacyguard.config.rules import load_rules

    for r in load_rules(rules_path).recognizers:
        state = "" if r.spec.enabled else " (disabled)"
        click.echo(f"{r.spec.name:28} {r.spec.entity_type:18} {r.spec.kind:10} {r.location}{state}")
