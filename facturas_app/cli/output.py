"""`-o/--output` for every command: one `--overwrite` option and one check, added by walking the
parser, so a command added later that takes `-o` is guarded without doing anything.

The check runs before the command's handler (main.run): the path is refused when it is the
database, one of its -wal/-shm/-journal files, a backup, a device or pipe, or an existing file the
user did not allow replacing. The handler gets the policy as `args.output_policy` and hands it to
the writers, which check every file again (folder exports: each file they write).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from facturas_app.services.output_files import OutputPolicy

OUTPUT_FLAG = "-o"
STDOUT = "-"


def output_commands(parser: argparse.ArgumentParser) -> Iterator[tuple[list[str], argparse.ArgumentParser]]:
    """(command words, parser) of every (sub)command whose options include `-o`."""
    yield from _walk(parser, [])


def _walk(
    parser: argparse.ArgumentParser, words: list[str]
) -> Iterator[tuple[list[str], argparse.ArgumentParser]]:
    if any(OUTPUT_FLAG in action.option_strings for action in parser._actions):
        yield words, parser
    for action in parser._actions:  # argparse keeps no public handle on its subparsers
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _walk(child, [*words, name])


def add_overwrite_options(parser: argparse.ArgumentParser) -> None:
    for _, command in output_commands(parser):
        if not any("--overwrite" in action.option_strings for action in command._actions):
            command.add_argument(
                "--overwrite", action="store_true", help="reemplaza el archivo de -o si ya existe"
            )


def guard_output(data_dir_arg: str | None, args: argparse.Namespace) -> OutputPolicy:
    """The policy for this run, after refusing a bad `-o` path (nothing is written before)."""
    from facturas_app.bootstrap import output_policy
    from facturas_app.paths import resolve_data_dir

    policy = output_policy(resolve_data_dir(data_dir_arg), bool(getattr(args, "overwrite", False)))
    output = getattr(args, "output", None)
    if output and output != STDOUT:
        policy.check(output, folder_ok=True)  # a folder is the command's to judge
    return policy
