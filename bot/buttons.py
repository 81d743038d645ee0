"""Buttons that carry their state in their custom id, so they answer after a restart.

Every button is a `discord.ui.DynamicItem`: its custom id says what it shows (`u1:card:<key>`,
`u1:sigs:<key>:<page>:<n|p>`, …), and the client registers the classes once, so a click on a
message sent weeks and restarts ago is routed and rebuilt from the id alone. A statement id of
more than 60 characters (uploads allow 80; a custom id holds 100) travels as a hash of it, so two
long ids never give two buttons the same custom id. The one state that cannot travel is an
answer's list of hits: *More results* keeps it in memory (`ANSWERS`), and after a restart says
plainly that the answer has expired and to ask again.

Pagers on a public message edit it only for the person who ran the command; anyone else gets
the page they asked for as a message only they see, so nobody pages an answer away from its
reader.
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Self

import discord

from index.errors import UndersignedError, UnknownStatement
from index.models import Answer, Statement

from . import render
from .errors import user_message
from .replies import NONE, send_error

if TYPE_CHECKING:
    from .library import Library

log = logging.getLogger(__name__)

PREFIX = "u1"  # the custom-id format's version
LONG_ID = 60  # longer statement ids travel as a hash
LIST_PER_PAGE = 10
# Answers whose *More results* can still page: the newest, in this process.
ANSWERS: OrderedDict[str, tuple[Answer, int]] = OrderedDict()
ANSWERS_KEPT = 1000
# Cards too long for one page whose state does not fit a custom id (two organisations).
PAGES: OrderedDict[str, list[discord.Embed]] = OrderedDict()
EXPIRED_LIST = (
    "This list was made before the bot last restarted: run the command again for its pages."
)
GONE = "That organisation is no longer in the collection."
EXPIRED = (
    "This answer was given before the bot last restarted, so its further results are gone: "
    "ask again with /ask."
)


def statement_key(statement_id: str) -> str:
    """How a statement travels in a custom id: as itself, or `~` and a hash when long."""
    if len(statement_id) <= LONG_ID and ":" not in statement_id:
        return statement_id
    return "~" + hashlib.sha256(statement_id.encode("utf-8")).hexdigest()[:24]


async def _statement(library: Library, key: str) -> Statement:
    if not key.startswith("~"):
        return await library.statement(key)
    for summary in await library.statements():
        if statement_key(summary.id) == key:
            return await library.statement(summary.id)
    raise UnknownStatement(key)


def _library(interaction: discord.Interaction[Any]) -> Library:
    library: Library = interaction.client.library
    return library


def _owner(interaction: discord.Interaction[Any]) -> bool:
    """Whether the clicker is the person the message answered (or only they can see it)."""
    message = interaction.message
    if message is None or message.flags.ephemeral:
        return True
    meta = message.interaction_metadata
    return meta is None or meta.user.id == interaction.user.id


def keep_answer(answer: Answer, page_size: int) -> str:
    """Remember an answer for its *More results* button; the token names it."""
    token = secrets.token_hex(8)
    ANSWERS[token] = (answer, page_size)
    while len(ANSWERS) > ANSWERS_KEPT:
        ANSWERS.popitem(last=False)
    return token


class _Button(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"u1:-"):
    """A button whose errors reach the clicker as a clear ephemeral message."""

    def __init__(
        self, custom_id: str, label: str, *, primary: bool = False, disabled: bool = False
    ):
        super().__init__(
            discord.ui.Button(
                label=render.button_label(label),
                style=discord.ButtonStyle.primary if primary else discord.ButtonStyle.secondary,
                custom_id=custom_id,
                disabled=disabled,
            )
        )

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        try:
            await self.run(interaction)
        except UndersignedError as error:
            await send_error(interaction, user_message(error))
        except Exception:
            log.exception("button %r failed", self.item.custom_id)
            await send_error(interaction, "Something went wrong on our side; it has been logged.")

    async def run(self, interaction: discord.Interaction[Any]) -> None:
        raise NotImplementedError


class CardButton(_Button, template=r"u1:card:(?P<key>[^:]+)"):
    """Opens a statement's card, only for the clicker."""

    def __init__(self, key: str, label: str = "Full statement") -> None:
        super().__init__(f"{PREFIX}:card:{key}", label)
        self.key = key

    @classmethod
    def of(cls, statement_id: str, title: str) -> CardButton:
        return cls(statement_key(statement_id), f"Full statement: {title}")

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> CardButton:
        return cls(match["key"], getattr(item, "label", None) or "Full statement")

    async def run(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        statement = await _statement(_library(interaction), self.key)
        await interaction.followup.send(**card(statement), ephemeral=True, allowed_mentions=NONE)


class _Pager(_Button, template=r"u1:-pager"):
    """Previous / next: the page to show is in the id (with the direction, so the two buttons
    of one message never share an id)."""

    def __init__(self, head: str, page: int, forward: bool, label: str, disabled: bool) -> None:
        super().__init__(f"{head}:{page}:{'n' if forward else 'p'}", label, disabled=disabled)
        self.page = page

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> Self:
        forward = match.group(0).endswith(":n")
        return cls.rebuilt(match, int(match["page"]), forward, getattr(item, "label", "") or "")

    @classmethod
    def rebuilt(cls, match: re.Match[str], page: int, forward: bool, label: str) -> Self:
        """The button again, from its custom id's parts."""
        raise NotImplementedError

    async def show(
        self,
        interaction: discord.Interaction[Any],
        embed: discord.Embed,
        view: discord.ui.View,
    ) -> None:
        if _owner(interaction):
            await interaction.response.edit_message(embed=embed, view=view, allowed_mentions=NONE)
        else:
            await interaction.response.send_message(
                embed=embed, view=view, ephemeral=True, allowed_mentions=NONE
            )


def _pager_row(
    view: discord.ui.View,
    make: Callable[[int, bool, str, bool], _Pager],
    page: int,
    pages: int,
    labels: tuple[str, str] = ("Previous", "Next"),
) -> None:
    if pages > 1:
        view.add_item(make(max(0, page - 1), False, labels[0], page <= 0))
        view.add_item(make(min(pages - 1, page + 1), True, labels[1], page >= pages - 1))


class _StatementPager(_Pager, template=r"u1:-statement-pager"):
    """Pages of one statement: the kind (`sigs`, `tpage`) and the statement's key in the id."""

    kind = ""

    def __init__(self, key: str, page: int, forward: bool, label: str, disabled: bool) -> None:
        super().__init__(f"{PREFIX}:{self.kind}:{key}", page, forward, label, disabled)
        self.key = key

    @classmethod
    def rebuilt(cls, match: re.Match[str], page: int, forward: bool, label: str) -> Self:
        return cls(match["key"], page, forward, label, False)

    async def run(self, interaction: discord.Interaction[Any]) -> None:
        statement = await _statement(_library(interaction), self.key)
        await self.show(interaction, *self.render(statement))

    def render(self, statement: Statement) -> tuple[discord.Embed, discord.ui.View]:
        raise NotImplementedError


class SignatoriesPage(_StatementPager, template=r"u1:sigs:(?P<key>[^:]+):(?P<page>\d+):[np]"):
    """A statement card's signatories, page by page."""

    kind = "sigs"

    def render(self, statement: Statement) -> tuple[discord.Embed, discord.ui.View]:
        kwargs = card(statement, self.page)
        return kwargs["embed"], kwargs["view"]


class TextPage(_StatementPager, template=r"u1:tpage:(?P<key>[^:]+):(?P<page>\d+):[np]"):
    """The statement's text, page by page."""

    kind = "tpage"

    def render(self, statement: Statement) -> tuple[discord.Embed, discord.ui.View]:
        return text_page(statement, self.page)


class TextButton(_Button, template=r"u1:text:(?P<key>[^:]+)"):
    """ "Read the text": the statement's paragraphs, verbatim, paged, only for the clicker."""

    def __init__(self, key: str) -> None:
        super().__init__(f"{PREFIX}:text:{key}", "Read the text", primary=True)
        self.key = key

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> TextButton:
        return cls(match["key"])

    async def run(self, interaction: discord.Interaction[Any]) -> None:
        statement = await _statement(_library(interaction), self.key)
        embed, view = text_page(statement, 0)
        await interaction.response.send_message(
            embed=embed, view=view, ephemeral=True, allowed_mentions=NONE
        )


class ListPage(_Pager, template=r"u1:list:(?P<page>\d+):[np]"):
    """The collection, ten statements a page."""

    def __init__(self, page: int, forward: bool, label: str, disabled: bool) -> None:
        super().__init__(f"{PREFIX}:list", page, forward, label, disabled)

    @classmethod
    def rebuilt(cls, match: re.Match[str], page: int, forward: bool, label: str) -> Self:
        return cls(page, forward, label, False)

    async def run(self, interaction: discord.Interaction[Any]) -> None:
        items = await _library(interaction).statements()
        embed, view = statement_list(items, self.page)
        await self.show(interaction, embed, view)


class OrganisationPage(
    _Pager, template=r"u1:(?P<kind>sb|org):(?P<key>[0-9a-f]{20}):(?P<page>\d+):[np]"
):
    """A `/signed-by` or `/organization` card, page by page; the organisation travels as a
    hash of its canonical name."""

    def __init__(
        self, kind: str, key: str, page: int, forward: bool, label: str, disabled: bool
    ) -> None:
        super().__init__(f"{PREFIX}:{kind}:{key}", page, forward, label, disabled)
        self.kind, self.key = kind, key

    @classmethod
    def rebuilt(cls, match: re.Match[str], page: int, forward: bool, label: str) -> Self:
        return cls(match["kind"], match["key"], page, forward, label, False)

    async def run(self, interaction: discord.Interaction[Any]) -> None:
        library = _library(interaction)
        name = next((n for n in await library.organisations() if name_key(n) == self.key), None)
        if name is None:
            await interaction.response.send_message(GONE, ephemeral=True, allowed_mentions=NONE)
            return
        if self.kind == "sb":
            pages = render.signed_by_pages(await library.lookup(name))
        else:
            pages = render.organisation_pages(*await library.cosigners(name))
        await self.show(interaction, *organisation_card(self.kind, pages, name, self.page))


class KeptPage(_Pager, template=r"u1:kept:(?P<token>[0-9a-f]+):(?P<page>\d+):[np]"):
    """A card kept in memory, page by page; expired after a restart."""

    def __init__(self, token: str, page: int, forward: bool, label: str, disabled: bool) -> None:
        super().__init__(f"{PREFIX}:kept:{token}", page, forward, label, disabled)
        self.token = token

    @classmethod
    def rebuilt(cls, match: re.Match[str], page: int, forward: bool, label: str) -> Self:
        return cls(match["token"], page, forward, label, False)

    async def run(self, interaction: discord.Interaction[Any]) -> None:
        pages = PAGES.get(self.token)
        if pages is None:
            await interaction.response.send_message(
                EXPIRED_LIST, ephemeral=True, allowed_mentions=NONE
            )
            return
        await self.show(interaction, *kept_pages(pages, self.page, self.token))


class MoreResults(_Button, template=r"u1:more:(?P<token>[0-9a-f]+):(?P<offset>\d+)"):
    """The next results of an answer kept in memory; expired after a restart."""

    def __init__(self, token: str, offset: int, disabled: bool = False) -> None:
        super().__init__(
            f"{PREFIX}:more:{token}:{offset}", "More results", primary=True, disabled=disabled
        )
        self.token = token
        self.offset = offset

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> MoreResults:
        return cls(match["token"], int(match["offset"]))

    async def run(self, interaction: discord.Interaction[Any]) -> None:
        kept = ANSWERS.get(self.token)
        if kept is None:
            await interaction.response.send_message(EXPIRED, ephemeral=True, allowed_mentions=NONE)
            return
        answer, page_size = kept
        answer = await _library(interaction).with_highlights(answer, self.offset, page_size)
        ANSWERS[self.token] = (answer, page_size)
        page = render.render_answer(answer, offset=self.offset, page_size=page_size)
        view = answer_view(answer, page_size, self.offset, self.token)
        if _owner(interaction):
            await interaction.response.edit_message(
                content=page.content, embeds=page.embeds, view=view, allowed_mentions=NONE
            )
        else:
            await interaction.response.send_message(
                content=page.content,
                embeds=page.embeds,
                view=view,
                ephemeral=True,
                allowed_mentions=NONE,
            )


DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (
    CardButton,
    SignatoriesPage,
    TextButton,
    TextPage,
    ListPage,
    OrganisationPage,
    KeptPage,
    MoreResults,
)


def _pages(count: int, per_page: int) -> int:
    return max(1, -(-count // per_page))


def card(statement: Statement, signatory_page: int = 0) -> dict[str, Any]:
    """Keyword arguments for sending a statement card: paging buttons when it needs more than
    one page (long signatory lists), and a button that opens the text."""
    pages = render.statement_pages(statement)
    page = min(max(0, signatory_page), len(pages) - 1)
    key = statement_key(statement.id)
    view = discord.ui.View(timeout=None)
    _pager_row(
        view,
        lambda p, forward, label, off: SignatoriesPage(key, p, forward, label, off),
        page,
        len(pages),
        ("Previous signatories", "More signatories"),
    )
    view.add_item(TextButton(key))
    return {"embed": pages[page], "view": view}


def name_key(name: str) -> str:
    """An organisation's canonical name as it travels in a custom id."""
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:20]


def organisation_card(
    kind: str, pages: list[discord.Embed], name: str | None, page: int = 0
) -> tuple[discord.Embed, discord.ui.View]:
    """One page of a `/signed-by` (`kind` "sb") or `/organization` ("org") card, with buttons
    to the others."""
    page = min(max(0, page), len(pages) - 1)
    view = discord.ui.View(timeout=None)
    if name is not None:
        key = name_key(name)
        _pager_row(
            view,
            lambda p, forward, label, off: OrganisationPage(kind, key, p, forward, label, off),
            page,
            len(pages),
        )
    return pages[page], view


def kept_pages(
    pages: list[discord.Embed], page: int = 0, token: str | None = None
) -> tuple[discord.Embed, discord.ui.View]:
    """One page of a card kept in memory (`/signed-by … together_with`), with buttons."""
    if token is None:
        token = secrets.token_hex(8)
        PAGES[token] = pages
        while len(PAGES) > ANSWERS_KEPT:
            PAGES.popitem(last=False)
    page = min(max(0, page), len(pages) - 1)
    view = discord.ui.View(timeout=None)
    _pager_row(
        view,
        lambda p, forward, label, off: KeptPage(token, p, forward, label, off),
        page,
        len(pages),
    )
    return pages[page], view


def text_page(statement: Statement, page: int) -> tuple[discord.Embed, discord.ui.View]:
    """One page of the statement's text and the buttons to the others."""
    pages = render.statement_text_pages(statement)
    page = min(max(0, page), len(pages) - 1)
    view = discord.ui.View(timeout=None)
    key = statement_key(statement.id)
    _pager_row(
        view, lambda p, forward, label, off: TextPage(key, p, forward, label, off), page, len(pages)
    )
    return render.render_statement_text(statement, pages, page), view


def statement_list(items: list[Any], page: int) -> tuple[discord.Embed, discord.ui.View]:
    """One page of the collection and the buttons to the others."""
    pages = _pages(len(items), LIST_PER_PAGE)
    page = min(max(0, page), pages - 1)
    view = discord.ui.View(timeout=None)
    _pager_row(view, lambda p, forward, label, off: ListPage(p, forward, label, off), page, pages)
    return render.render_statement_list(items, page=page, per_page=LIST_PER_PAGE), view


def answer_view(answer: Answer, page_size: int, offset: int, token: str) -> discord.ui.View:
    """Under an answer: *More results* (while there are more), and each quoted statement's card."""
    view = discord.ui.View(timeout=None)
    if answer.statements or answer.listed:
        # A list of statements ("What did X sign?"): a card button for each of the first five.
        cards = {a.statement_id: a.title for a in answer.statements}
        cards.update({s.id: s.title for s in answer.listed})
    else:
        shown = answer.hits[offset : offset + page_size]
        more = offset + page_size
        view.add_item(MoreResults(token, more, disabled=more >= len(answer.hits)))
        cards = {h.statement_id: h.title for h in shown}
    for sid, title in list(cards.items())[: 5 - len(view.children)]:
        view.add_item(CardButton.of(sid, title))
    return view
