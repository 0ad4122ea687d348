"""Where the pipeline's own data lives, installed or in a checkout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent


def models_dir() -> Path:
    """`models/`: inside the package when installed from a wheel, beside it in a checkout."""
    for candidate in (_HERE / "models", _HERE.parent / "models"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("claimx's models/ data folder is missing; reinstall claimx")


def models_path(*parts: str) -> Path:
    return models_dir().joinpath(*parts)


def read_json(folder: Path, name: str) -> Any:
    """A data file of a step's folder (its models/ folder, or a saved pipeline's)."""
    with open(folder / name, encoding="utf-8") as f:
        return json.load(f)


def read_beside(folder: Path, step: str, name: str, missing: Any) -> Any:
    """A data file of another step's folder beside `folder` (in models/, or in a saved
    pipeline when that step was saved with it); `missing` when it is not there."""
    try:
        return read_json(folder.parent / step, name)
    except FileNotFoundError:
        return missing
