"""How stories are batched, read once from the environment (`CLAIMX_*`) into one object."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """Batching limits, in characters of story text (docs/performance.md says why these).

    Stories are parsed together in chunks of at most `chunk_chars`. Inside a chunk the
    shared tok2vec and components with embedding layers of their own (en_core_web_sm's
    ner) hold ~15 KB a token while they run, so they see at most `batch_chars` at a time;
    components that listen to the shared tok2vec (tagger, parser) see the whole chunk,
    where the parser runs far faster and gives the same parse. A story longer than
    `batch_chars` is parsed in pieces of at most that size, cut at paragraph breaks.
    `vocab_limit`: words are kept in the vocab until it holds this many (0, the default: none
    kept; 30,000 kept cost 1.30 times one story's peak memory over the BBC corpus, above the
    1.25 we hold to, and spare every chunk the making of its common words).
    """

    batch_chars: int = 6_000
    chunk_chars: int = 8_000
    vocab_limit: int = 0

    @classmethod
    def from_env(cls) -> Settings:
        """`CLAIMX_BATCH_CHARS`, `CLAIMX_CHUNK_CHARS`, `CLAIMX_VOCAB_LIMIT` over the defaults."""
        default = cls()
        return cls(
            batch_chars=int(os.environ.get("CLAIMX_BATCH_CHARS", default.batch_chars)),
            chunk_chars=int(os.environ.get("CLAIMX_CHUNK_CHARS", default.chunk_chars)),
            vocab_limit=int(os.environ.get("CLAIMX_VOCAB_LIMIT", default.vocab_limit)),
        )
