"""The extraction steps: pure functions over a parsed Doc, one stage of the story each."""
