"""The command line: parses options, calls the library, turns its errors into one-line messages."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from basewatch.errors import BasewatchError, InputError
from basewatch.ingest.readers import (
    MAX_ARTICLE_BYTES,
    check_date,
    decode,
    html_article,
    iter_jsonl_lines,
    read_article,
    text_article,
)
from basewatch.model import RawArticle

EXIT_USER_ERROR = 2


def fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)


class BasewatchGroup(click.Group):
    """Turns every `BasewatchError` raised by a command into `Error: ...` and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BasewatchError as err:
            fail(str(err))
            ctx.exit(EXIT_USER_ERROR)


@click.group(cls=BasewatchGroup)
@click.version_option(package_name="basewatch")
def cli() -> None:
    """basewatch: turn news reporting about military installations into a sourced knowledge base."""


def _stdin_article(as_html: bool) -> RawArticle:
    data = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError("<stdin>", f"over the {MAX_ARTICLE_BYTES // 1048576} MB limit for one article")
    if as_html:
        return html_article(data, "<stdin>")
    return text_article(decode(data, "<stdin>"), "<stdin>")


def _jsonl_records(path: str) -> Iterator[RawArticle | InputError]:
    if path == "-":
        yield from iter_jsonl_lines(iter(sys.stdin.buffer), "<stdin>")
        return
    try:
        with open(path, "rb") as handle:
            yield from iter_jsonl_lines(iter(handle), path)
    except FileNotFoundError:
        yield InputError(path, "no such file")
    except IsADirectoryError:
        yield InputError(path, "is a folder; give a .jsonl file")


@cli.command()
@click.argument("path")
@click.option("--published", help="Publication date (YYYY-MM-DD, YYYY-MM or YYYY); relative dates resolve against it.")
@click.option("--url", help="The article's URL, carried into the output.")
@click.option("--title", help="The article's title, carried into the output.")
@click.option("--jsonl", is_flag=True, help="PATH is JSON Lines (text/url/title/published); one object out per line.")
@click.option("--html", "as_html", is_flag=True, help="Treat the input as HTML (automatic for .html files).")
@click.option("--indent", type=int, default=2, show_default=True, help="JSON indentation (ignored with --jsonl).")
def extract(
    path: str,
    published: str | None,
    url: str | None,
    title: str | None,
    jsonl: bool,
    as_html: bool,
    indent: int,
) -> None:
    """Extract one article (PATH, or - for standard input) to basewatch/article@1 JSON."""
    from basewatch.extract import default_pipeline

    published = check_date(published)
    pipeline = default_pipeline()
    if jsonl:
        failed = 0
        for item in _jsonl_records(path):
            if isinstance(item, InputError):
                fail(str(item))
                failed += 1
                continue
            result = pipeline.extract(
                item.text, published=item.published or published, url=item.url or url, title=item.title or title
            )
            click.echo(json.dumps(result, ensure_ascii=False))
        if failed:
            sys.exit(EXIT_USER_ERROR)
        return
    if path == "-":
        article = _stdin_article(as_html)
    else:
        article = read_article(Path(path)) if not as_html else html_article(Path(path).read_bytes(), path)
    result = pipeline.extract(
        article.text,
        published=published or article.published,
        url=url or article.url,
        title=title or article.title,
    )
    click.echo(json.dumps(result, ensure_ascii=False, indent=indent))


def main() -> None:
    cli(prog_name="basewatch")


if __name__ == "__main__":
    main()
