"""The data dictionary, from the schema: `python -m knowledge schema`, and the editors' guide's field table."""

from __future__ import annotations

from pydantic import BaseModel

from knowledge.schema import Alias, Citation, CommonName, Entity, Event, Fact, Namesake, Source

# Each model with the place its fields are written, as an editor sees it.
MODELS: list[tuple[type[BaseModel], str]] = [
    (Source, "sources.toml, one [[sources]] table per source"),
    (Entity, "people/, organizations/, places/: top of the file"),
    (Alias, "[[aliases]] in an entity file"),
    (Fact, "[[facts]] in an entity file"),
    (Citation, "[[facts.citations]] in an entity file, [[citations]] in an event file"),
    (Event, "events/: top of the file"),
    (CommonName, "common-names.toml, one [[names]] table per name"),
    (Namesake, "common-names.toml, one [[namesakes]] table per person"),
]


def data_dictionary() -> str:
    lines = []
    for model, _ in MODELS:
        lines.append(f"{model.__name__}: {(model.__doc__ or '').strip()}")
        for name, field in model.model_fields.items():
            required = "required" if field.is_required() else "optional"
            lines.append(f"  {name} ({required}): {field.description or ''}")
        lines.append("")
    return "\n".join(lines).rstrip()


def field_table() -> str:
    """Every field as a Markdown table, one section per kind of table: the guide includes it verbatim."""
    out = []
    for model, where in MODELS:
        out += [f"**{model.__name__}** ({where}): {' '.join((model.__doc__ or '').split())}", "",
                "| field | | meaning |", "|---|---|---|"]
        for name, field in model.model_fields.items():
            required = "required" if field.is_required() else "optional"
            meaning = (field.description or "").replace("|", "\\|")
            out.append(f"| `{name}` | {required} | {meaning} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
