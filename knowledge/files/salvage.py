"""Validating a record that has schema errors, so the rest of the file can still be checked.

pydantic rejects a whole record for one bad value. An editor, though, should see every problem in one
run: a misspelt key must not hide a misquoted source three tables further down. `salvage` reports
each schema error once, then repairs the data it was given (an unknown key is dropped, a bad or
missing value replaced by a stand-in that validates) until the model accepts it, and returns the
record with the paths it repaired. Checks skip those paths: a stand-in is never reported or built
(a file with any problem is never built).
"""

from __future__ import annotations

import copy
import datetime as dt
import types
import typing
from enum import Enum

from pydantic import BaseModel, ValidationError

from knowledge.schema import PartialDate

Path = tuple[str | int, ...]
ROUNDS = 50  # each round repairs every error pydantic reports; a file needs two or three


def salvage(model: type[BaseModel], data: dict) -> tuple[BaseModel | None, list[dict], frozenset[Path]]:
    """(record or None, the schema errors of the data as given, the paths repaired)."""
    try:  # most files are valid: validating reads the data and never changes it, so copy only to repair
        return model.model_validate(data), [], frozenset()
    except ValidationError:
        data = copy.deepcopy(data)
    errors: list[dict] = []
    repaired: dict[Path, int] = {}  # path -> how many stand-ins were tried there
    for _ in range(ROUNDS):
        try:
            return model.model_validate(data), errors, frozenset(repaired)
        except ValidationError as error:
            for item in error.errors():
                location = tuple(item["loc"])
                target = _target(data, location, item["type"])
                if target is None:  # about the record as a whole ("date_window needs an end")
                    if not repaired:  # otherwise a stand-in may have caused it
                        errors.append(item)
                    if not _drop_an_optional_key(model, data, repaired):
                        return None, errors, frozenset(repaired)
                    break
                if not any(target[: len(path)] == path for path in repaired):
                    errors.append(item)
                if not _repair(model, data, target, item["type"], repaired):
                    return None, errors, frozenset(repaired)
    return None, errors, frozenset(repaired)


def _drop_an_optional_key(model: type[BaseModel], data: dict, repaired: dict[Path, int]) -> bool:
    """Leave out the optional key whose absence satisfies a rule about the whole record."""
    for key in reversed([k for k, field in model.model_fields.items() if k in data and not field.is_required()]):
        trial = {k: v for k, v in data.items() if k != key}
        try:
            model.model_validate(trial)
        except ValidationError:
            continue
        del data[key]
        repaired[(key,)] = 1
        return True
    return False


def _target(data, location: tuple, kind: str) -> Path | None:
    """The part of `location` that names a place in the data (pydantic adds union member names)."""
    path: Path = ()
    node = data
    for part in location:
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and kind == "missing":
            return path + (part,)
        else:
            break
        path += (part,)
    return path or None


def _repair(model: type[BaseModel], data: dict, path: Path, kind: str, repaired: dict[Path, int]) -> bool:
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    if kind == "extra_forbidden":
        del parent[path[-1]]
        return True
    tried = repaired.get(path, 0)
    stand_ins = _stand_ins(_annotation(model, path))
    if tried >= len(stand_ins):
        return False
    repaired[path] = tried + 1
    parent[path[-1]] = copy.deepcopy(stand_ins[tried])
    return True


def _annotation(model: type[BaseModel], path: Path):
    annotation = model
    for part in path:
        annotation = _unwrap(annotation)
        if isinstance(part, int):
            annotation = typing.get_args(annotation)[0] if typing.get_args(annotation) else typing.Any
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel) and part in annotation.model_fields:
            annotation = annotation.model_fields[part].annotation
        else:
            return typing.Any
    return annotation


def _unwrap(annotation):
    """`X | None` and `Annotated[X, ...]` to X."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            members = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = members[0]
        else:
            return annotation


def _stand_ins(annotation) -> list:
    """Values to try, in order, for a bad or missing value of this type."""
    optional = typing.get_origin(annotation) in (typing.Union, types.UnionType) and \
        type(None) in typing.get_args(annotation)
    first = [None] if optional else []
    annotation = _unwrap(annotation)
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return first + list(typing.get_args(annotation))[:1]
    if origin is list:
        return first + [[], [_stand_in_item(typing.get_args(annotation)[0])]]
    if annotation is bool:
        return first + [False]
    if annotation is int:
        return first + [0]
    if annotation is PartialDate:
        return first + ["2000"]
    if annotation is dt.date:
        return first + [dt.date(2000, 1, 1)]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return first + [next(iter(annotation)).value]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return first + [{}]
    return first + ["stand-in", "stand in for a bad value", "", "0" * 64]


def _stand_in_item(annotation):
    return next(value for value in _stand_ins(annotation) if value is not None)
