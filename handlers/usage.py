"""Usage text for `help`, empty input and input the bot cannot read."""

from __future__ import annotations

from handlers.answers import Answer
from knowledge.serving.store import KnowledgeStore

USAGE = {
    "who": (
        "*/who <name>* tells you who a person is, or what an organisation or place is, "
        "from the desk's verified knowledge, with the source of every fact.\n"
        "Examples: `/who Khalil al-Hayya`  `/who Haniyeh`  `/who PLO`  `/who Rafah`  `/who خليل الحية`\n"
        "Any common spelling works. When a name fits several entries you get a list to choose from."
    ),
    "timeline": (
        "*/timeline <topic, person, organisation or place> [since DATE] [until DATE]* lists dated events, "
        "oldest first, each with its source. DATE is a year, a month or a day: 2025, 2025-08, 2025-08-11. "
        "With only dates (`/timeline 2025`, `/timeline since 2025-11`) it lists every event in that period.\n"
        "An event known only to the month or the year counts as in a period it overlaps: "
        "`since 2025-11-20` keeps an event dated November 2025, `until 2025-10` leaves it out. "
        "Within a month, such events come after those known to the day.\n"
        "Examples: `/timeline Rafah`  `/timeline Qatar`  `/timeline Hamas since 2025`  "
        "`/timeline ceasefire until 2023-12`  `/timeline 2025`"
    ),
}


def usage(command: str, text: str, store: KnowledgeStore, problem: str = "") -> Answer:
    message = f"{problem}\n\n{USAGE[command]}" if problem else USAGE[command]
    return Answer(command=command, query=text, status="usage", message=message, revision=store.revision)


def unknown_command(command: str, text: str, store: KnowledgeStore) -> Answer:
    """A command the bot does not have: say so, and show what it does have."""
    if not command.strip():  # nothing typed at all: how to use the bot
        return Answer(command=None, query=text, status="usage", message="\n\n".join(USAGE.values()),
                      revision=store.revision)
    return Answer(command=None, query=text, status="error", message=unknown_command_text(command),
                  revision=store.revision)


def unknown_command_text(command: str) -> str:
    known = " and ".join(f"/{name}" for name in USAGE)
    typed = "/" + command.strip().lstrip("/")
    return f"There is no command “{typed}”: the bot answers {known}.\n\n" + "\n\n".join(USAGE.values())
