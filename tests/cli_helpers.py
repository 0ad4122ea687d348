"""What the CLI tests share: running `claimx` in-process, and reading JSON Lines."""

import json

from click.testing import CliRunner

from claimx.cli import cli


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]
