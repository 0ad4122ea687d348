"""Reading: files, folders, records and stdin become `Story` objects or named `InputError`s."""

from .files import STORY_SUFFIXES, iter_stories, list_files, read_file
from .records import record_story
from .story import InputError, Story

__all__ = [
    "STORY_SUFFIXES",
    "InputError",
    "Story",
    "iter_stories",
    "list_files",
    "read_file",
    "record_story",
]
