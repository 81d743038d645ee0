"""A fake Discord API on 127.0.0.1 for driving the real discord.py client in tests.

`FakeDiscord` serves the REST routes discord.py calls (login, command sync, interaction callbacks,
webhook followups/edits, attachment downloads) and a gateway websocket (HELLO, heartbeat ACK,
IDENTIFY → READY + GUILD_CREATE, member chunks). Tests inject interactions built by one factory and
await what the bot answered. Discord's limits are enforced: breaches answer 400/404 like Discord
and are appended to `FakeDiscord.violations`.

Records: `fake.requests` (every HTTP request, `RecordedRequest`), `fake.unknown_requests` (the
catch-all's 404s), `fake.commands` (synced commands per guild id, None = global, with ids),
`fake.interactions` (`FakeInteraction`, each with its `replies`), `fake.messages` (by id),
`fake.allowed_mentions`, `fake.gateway_ops` (frames the client sent).

Member chunking: with the members intent discord.py sends op 8 at startup; the fake answers with
one GUILD_MEMBERS_CHUNK of `FakeGuild.members`. (`chunk_guilds_at_startup=False` skips it.)

    async with FakeDiscord() as fake:
        fake.redirect(monkeypatch)
        async with fake.running(MyClient(guild_ready_timeout=0.05)):
            rec = await fake.send_command("echo", {"text": "hi"})
            assert (await rec.followups(1))[0].content == "hi"
        fake.assert_no_violations()
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import secrets
import socket
import time
import urllib.parse
from collections.abc import AsyncIterator, Callable, Generator, Iterable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import discord
import pytest
import yarl
from aiohttp import BodyPartReader, WSMsgType, web

JSON = dict[str, Any]
Errors = list[tuple[tuple[str, ...], str]]
ACK_DEADLINE = 3.0  # seconds Discord gives for the first callback
WAIT = 5.0  # default bound for every wait in this module
EPHEMERAL, LOADING, COMPONENTS_V2 = 1 << 6, 1 << 7, 1 << 15
# view channel, send messages, embed links, attach files, read history, use application commands
MEMBER_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 14) | (1 << 15) | (1 << 16) | (1 << 31)
LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
NAME = re.compile(r"^[-_\w]{1,32}$")
# Callback types Discord accepts per interaction type (2 command, 3 component, 4 autocomplete).
ALLOWED_CALLBACKS = {2: {4, 5, 9}, 3: {4, 5, 6, 7, 9}, 4: {8}, 5: {4, 5, 6, 7}}
_ids = itertools.count(1)
BODY: web.RequestKey[Any] = web.RequestKey("body")
FILES: web.RequestKey[list[tuple[str, bytes]]] = web.RequestKey("files")
ENTRY: web.RequestKey[RecordedRequest] = web.RequestKey("entry")
BOT_AUTH_FREE = ("/webhooks/", "/interactions/")  # authorised by the interaction token instead


ADMINISTRATOR = 1 << 3


TOKEN_LIFETIME = 15 * 60  # seconds an interaction token's webhook works


def block_non_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `socket.getaddrinfo` fail for anything but loopback, so a missed redirect fails fast."""
    real = socket.getaddrinfo

    def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if name is not None and name not in LOOPBACK:
            raise socket.gaierror(f"network disabled in tests: {name!r}")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)


# --- payload factories ------------------------------------------------------------------------


def snowflake() -> str:
    """A fresh, increasing snowflake id (as Discord sends them: a string)."""
    return str(((int(time.time() * 1000) - 1420070400000) << 22) | (next(_ids) & 0x3FFFFF))


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def user_payload(user_id: int | str, username: str, *, bot: bool = False) -> JSON:
    return {
        "id": str(user_id),
        "username": username,
        "discriminator": "0",
        "global_name": None,
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


def member_payload(
    user: JSON, roles: Iterable[int | str] = (), permissions: int | None = None
) -> JSON:
    """A guild member; `permissions` (a bitfield string) is only present inside interactions."""
    member: JSON = {
        "user": user,
        "roles": [str(r) for r in roles],
        "joined_at": now_iso(),
        "nick": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
    }
    if permissions is not None:
        member["permissions"] = str(permissions)
    return member


def role_payload(role_id: int | str, name: str, permissions: int = 0, position: int = 0) -> JSON:
    return {
        "id": str(role_id),
        "name": name,
        "permissions": str(permissions),
        "position": position,
        "color": 0,
        "hoist": False,
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }


def text_channel_payload(channel_id: int | str, guild_id: int | str, name: str = "general") -> JSON:
    return {
        "id": str(channel_id),
        "type": 0,
        "guild_id": str(guild_id),
        "name": name,
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "rate_limit_per_user": 0,
        "last_message_id": None,
    }


@dataclass
class FakeGuild:
    """A guild the fake reports in READY/GUILD_CREATE. Empty lists get sensible defaults."""

    id: int = 1100000000000000001
    name: str = "Test Guild"
    roles: list[JSON] = field(default_factory=list)
    channels: list[JSON] = field(default_factory=list)
    members: list[JSON] = field(default_factory=list)  # served on op 8 (member chunks)

    def __post_init__(self) -> None:
        if not any(r["id"] == str(self.id) for r in self.roles):  # @everyone shares the guild id
            self.roles.insert(0, role_payload(self.id, "@everyone", MEMBER_PERMISSIONS))
        if not self.channels:
            self.channels.append(text_channel_payload(self.id + 1, self.id))

    def payload(self, bot_member: JSON) -> JSON:
        """GUILD_CREATE data: only the bot's own member; the rest arrive by chunking."""
        return {
            "id": str(self.id),
            "name": self.name,
            "unavailable": False,
            "owner_id": "1",
            "roles": self.roles,
            "channels": self.channels,
            "members": [bot_member],
            "member_count": 1 + len(self.members),
            "large": False,
            "joined_at": now_iso(),
            "features": [],
            "emojis": [],
            "stickers": [],
            "threads": [],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "preferred_locale": "en-US",
            "premium_tier": 0,
            "verification_level": 0,
            "default_message_notifications": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "system_channel_flags": 0,
            "afk_timeout": 300,
        }


# --- validation (Discord's documented limits) ---------------------------------------------------


def _max(errors: Errors, path: tuple[str, ...], value: Any, limit: int, low: int = 0) -> None:
    size = len(value) if isinstance(value, str | list | dict) else 0
    if not low <= size <= limit:
        bound = f"between {low} and {limit}" if low else f"{limit} or fewer"
        errors.append((path, f"Must be {bound} in length (got {size})."))


def embed_errors(embed: JSON, path: tuple[str, ...]) -> tuple[Errors, int]:
    """Errors of one embed and its total text length."""
    errors: Errors = []
    texts = [
        (("title",), embed.get("title"), 256),
        (("description",), embed.get("description"), 4096),
        (("footer", "text"), (embed.get("footer") or {}).get("text"), 2048),
        (("author", "name"), (embed.get("author") or {}).get("name"), 256),
    ]
    fields = embed.get("fields") or []
    _max(errors, (*path, "fields"), fields, 25)
    for i, f in enumerate(fields):
        texts += [
            (("fields", str(i), "name"), f.get("name"), 256),
            (("fields", str(i), "value"), f.get("value"), 1024),
        ]
    for sub, text, limit in texts:
        _max(errors, (*path, *sub), text or "", limit)
    return errors, sum(len(text or "") for _, text, _ in texts)


def component_errors(components: list[JSON], path: tuple[str, ...], top: bool) -> Errors:
    errors: Errors = []
    if top:
        _max(errors, path, components, 5)
        seen: set[str] = set()
        for custom_id in _all_custom_ids(components):
            if custom_id in seen:
                errors.append((path, f"Component custom id cannot be duplicated: {custom_id!r}"))
            seen.add(custom_id)
    for i, c in enumerate(components):
        here = (*path, str(i))
        if "custom_id" in c:
            _max(errors, (*here, "custom_id"), c["custom_id"] or "", 100, 1)
        if c.get("label") is not None:
            _max(errors, (*here, "label"), c["label"], 80)
        if c.get("type") == 1:
            _max(errors, (*here, "components"), c.get("components") or [], 5)
        errors += component_errors(c.get("components") or [], (*here, "components"), False)
    return errors


def _all_custom_ids(components: list[JSON]) -> list[str]:
    out: list[str] = []
    for c in components:
        if c.get("custom_id"):
            out.append(c["custom_id"])
        out += _all_custom_ids(c.get("components") or [])
    return out


def message_errors(
    data: JSON, *, path: tuple[str, ...] = (), creating: bool = False, has_files: bool = False
) -> Errors:
    """Errors of a message create/edit body, as (path, message) pairs."""
    errors: Errors = []
    _max(errors, (*path, "content"), data.get("content") or "", 2000)
    embeds = data.get("embeds") or []
    _max(errors, (*path, "embeds"), embeds, 10)
    total = 0
    for i, embed in enumerate(embeds):
        found, size = embed_errors(embed, (*path, "embeds", str(i)))
        errors += found
        total += size
    if total > 6000:
        errors.append(
            ((*path, "embeds"), f"Embed size exceeds maximum size of 6000 (got {total}).")
        )
    if not data.get("flags", 0) & COMPONENTS_V2:
        errors += component_errors(data.get("components") or [], (*path, "components"), True)
    if creating and not (
        data.get("content")
        or embeds
        or data.get("components")
        or has_files
        or data.get("attachments")
        or data.get("poll")
    ):
        errors.append((path, "Cannot send an empty message"))
    return errors


def choice_errors(choices: list[JSON], path: tuple[str, ...]) -> Errors:
    errors: Errors = []
    _max(errors, path, choices, 25)
    for i, choice in enumerate(choices):
        _max(errors, (*path, str(i), "name"), choice.get("name") or "", 100, 1)
        if isinstance(choice.get("value"), str):
            _max(errors, (*path, str(i), "value"), choice["value"], 100)
    return errors


def command_errors(commands: list[JSON]) -> Errors:
    """Errors of a bulk command overwrite (chat-input names/descriptions, options, choices)."""
    errors: Errors = []

    def check(item: JSON, path: tuple[str, ...], chat_input: bool) -> None:
        name = item.get("name") or ""
        if chat_input and (not NAME.fullmatch(name) or name != name.lower()):
            errors.append(((*path, "name"), f"Invalid command name {name!r}"))
        if chat_input:
            _max(errors, (*path, "description"), item.get("description") or "", 100, 1)
        options = item.get("options") or []
        _max(errors, (*path, "options"), options, 25)
        for i, option in enumerate(options):
            check(option, (*path, "options", str(i)), True)
        errors.extend(choice_errors(item.get("choices") or [], (*path, "choices")))

    for i, command in enumerate(commands):
        check(command, (str(i),), command.get("type", 1) == 1)
    _max(errors, (), commands, 100)
    return errors


def error_body(errors: Errors, code: int = 50035, message: str = "Invalid Form Body") -> JSON:
    """Discord's nested error JSON: {"errors": {"0": {"name": {"_errors": [...]}}}}."""
    nested: JSON = {}
    for path, text in errors:
        node = nested
        for part in path:
            node = node.setdefault(part, {})
        node.setdefault("_errors", []).append({"code": "BASE_TYPE_INVALID", "message": text})
    return {"code": code, "message": message, "errors": nested}


def json_response(data: Any, status: int = 200) -> web.Response:
    """JSON with `Content-Type: application/json` exactly (discord.py ignores it with a charset)."""
    return web.Response(
        status=status, body=json.dumps(data).encode(), headers={"Content-Type": "application/json"}
    )


def error_response(status: int, code: int, message: str) -> web.Response:
    return json_response({"code": code, "message": message}, status)


# --- records ----------------------------------------------------------------------------------


@dataclass
class RecordedRequest:
    """One HTTP request the fake received (bodies parsed; multipart split into payload + files)."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    files: list[tuple[str, bytes]]
    status: int = 0


@dataclass
class Reply:
    """One response the bot made to an interaction: callback, followup, edit, get or delete."""

    kind: str
    method: str
    path: str
    body: Any
    files: list[tuple[str, bytes]]
    status: int = 0
    message: JSON | None = None  # the message object the fake answered with

    @property
    def type(self) -> int | None:
        """The callback type (4 message, 5 defer, 6 deferred update, 7 update, 8 autocomplete)."""
        return self.body.get("type") if self.kind == "callback" and self.body else None

    @property
    def data(self) -> JSON:
        """The message-like part: a callback's `data`, else the body itself."""
        body = self.body if isinstance(self.body, dict) else {}
        return (body.get("data") or {}) if self.kind == "callback" else body

    @property
    def content(self) -> str | None:
        return self.data.get("content")

    @property
    def ok(self) -> bool:
        """Whether the fake accepted it (2xx)."""
        return 200 <= self.status < 300


class FakeInteraction:
    """An interaction the fake dispatched, with every reply the bot made to it (awaitable)."""

    def __init__(self, payload: JSON, dispatched_at: float) -> None:
        self.payload = payload
        self.id: str = payload["id"]
        self.token: str = payload["token"]
        self.type: int = payload["type"]
        data = payload.get("data") or {}
        self.name: str = data.get("name") or data.get("custom_id") or "?"
        self.dispatched_at = dispatched_at
        self.ack_latency: float | None = None  # seconds from dispatch to the first callback
        self.acknowledged = False
        self.expired = False
        self.original_id: str | None = None
        self.replaced_loading = False
        self.replies: list[Reply] = []
        self._changed = asyncio.Event()

    def __repr__(self) -> str:
        return f"<FakeInteraction {self.id} type={self.type} {self.name!r} replies={len(self.replies)}>"

    def add(self, reply: Reply) -> None:
        self.replies.append(reply)
        self._changed.set()

    def of(self, kind: str) -> list[Reply]:
        return [r for r in self.replies if r.kind == kind]

    async def wait_for(self, check: Callable[[], Any], what: str, timeout: float = WAIT) -> Any:
        """Wait until `check()` is truthy and return it; fail with what was seen on timeout."""

        async def until() -> Any:
            while not (result := check()):
                self._changed.clear()
                await self._changed.wait()
            return result

        try:
            return await asyncio.wait_for(until(), timeout)
        except TimeoutError:
            seen = [(r.kind, r.status, r.body) for r in self.replies]
            raise AssertionError(
                f"{self!r}: no {what} within {timeout} s; replies: {seen}"
            ) from None

    def __await__(self) -> Generator[Any, None, Reply]:
        """`await record` is `await record.callback()`."""
        return self.callback().__await__()

    async def first(self, kind: str, count: int = 1, timeout: float = WAIT) -> list[Reply]:
        """The first `count` replies of `kind` (callback, followup, edit, get, delete)."""
        found: list[Reply] = await self.wait_for(
            lambda: len(self.of(kind)) >= count and self.of(kind), f"{count} {kind}(s)", timeout
        )
        return found[:count]

    async def callback(self, timeout: float = WAIT) -> Reply:
        """The first callback (`POST /interactions/{id}/{token}/callback`)."""
        return (await self.first("callback", 1, timeout))[0]

    async def followups(self, count: int = 1, timeout: float = WAIT) -> list[Reply]:
        """The first `count` followups (`POST /webhooks/{app}/{token}`)."""
        return await self.first("followup", count, timeout)

    async def edits(self, count: int = 1, timeout: float = WAIT) -> list[Reply]:
        """The first `count` message edits (`PATCH /webhooks/{app}/{token}/messages/...`)."""
        return await self.first("edit", count, timeout)

    async def settled(self, quiet: float = 0.1, timeout: float = WAIT) -> list[Reply]:
        """All replies once nothing new arrived for `quiet` seconds."""

        async def calm() -> None:
            while True:
                self._changed.clear()
                try:
                    await asyncio.wait_for(self._changed.wait(), quiet)
                except TimeoutError:
                    return

        try:
            await asyncio.wait_for(calm(), timeout)
        except TimeoutError:
            raise AssertionError(f"{self!r}: still replying after {timeout} s") from None
        return list(self.replies)


class _Session:
    """One gateway connection (sends are serialised; seq counts dispatches)."""

    def __init__(self, ws: web.WebSocketResponse) -> None:
        self.ws, self.seq, self.lock = ws, 0, asyncio.Lock()

    async def send(self, op: int, data: Any, event: str | None = None) -> None:
        async with self.lock:
            seq = None
            if op == 0:
                self.seq += 1
                seq = self.seq
            await self.ws.send_str(json.dumps({"op": op, "d": data, "s": seq, "t": event}))


# --- the server -------------------------------------------------------------------------------


class FakeDiscord:
    """The fake API. Use as `async with FakeDiscord(...) as fake:` (or `start()`/`stop()`)."""

    def __init__(
        self,
        *,
        token: str = "test-token",
        application_id: int = 1000000000000000001,
        guilds: list[FakeGuild] | None = None,
        user: JSON | None = None,
        ack_deadline: float = ACK_DEADLINE,
    ) -> None:
        self.token = token
        self.application_id = str(application_id)
        self.ack_deadline = ack_deadline
        self.guilds = guilds if guilds is not None else [FakeGuild()]
        self.bot_user = user_payload(application_id, "Undersigned", bot=True)
        self.user = user or user_payload(1300000000000000001, "tester")  # who runs the commands
        self.requests: list[RecordedRequest] = []
        # path prefix -> how many more requests to it answer 503 (an outage on Discord's side)
        self.outages: dict[str, int] = {}
        # path prefix -> how many more requests to it answer 429 with retry_after
        self.rate_limits: dict[str, int] = {}
        self.clock_skew = 0.0  # seconds the fake's clock is ahead of the event loop's
        self.unknown_requests: list[RecordedRequest] = []
        self.violations: list[str] = []
        self.commands: dict[int | None, list[JSON]] = {}  # synced commands per guild (None: global)
        self.interactions: list[FakeInteraction] = []
        self.messages: dict[str, JSON] = {}
        # (request path, allowed_mentions) of every message the bot created or edited
        self.allowed_mentions: list[tuple[str, Any]] = []
        self.gateway_ops: list[JSON] = []  # every frame the client sent on the gateway
        self.files: dict[str, tuple[str, bytes, str]] = {}  # attachment id -> (name, bytes, type)
        self._by_id: dict[str, FakeInteraction] = {}
        self._by_token: dict[str, FakeInteraction] = {}
        self._session: _Session | None = None
        self._identified = asyncio.Event()
        self._timers: list[asyncio.TimerHandle] = []
        self._runner: web.AppRunner | None = None
        self.url = ""

    # lifecycle

    async def start(self) -> FakeDiscord:
        app = web.Application(middlewares=[self._record])
        api, hook = "/api/v{version}", "/api/v{version}/webhooks/{app}/{token}"
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/attachments/{id}/{filename}", self._attachment)
        for method, path, handler in [
            ("GET", "/users/@me", self._me),
            ("GET", "/oauth2/applications/@me", self._application),
            ("GET", "/gateway", self._gateway_info),
            ("GET", "/gateway/bot", self._gateway_info),
            ("PUT", "/applications/{app}/commands", self._put_commands),
            ("GET", "/applications/{app}/commands", self._get_commands),
            ("PUT", "/applications/{app}/guilds/{guild}/commands", self._put_commands),
            ("GET", "/applications/{app}/guilds/{guild}/commands", self._get_commands),
            ("POST", "/interactions/{id}/{token}/callback", self._callback),
        ]:
            app.router.add_route(method, api + path, handler)
        app.router.add_post(hook, self._followup)
        for method in ("GET", "PATCH", "DELETE"):
            app.router.add_route(method, hook + "/messages/{message}", self._message)
        app.router.add_route("*", "/{tail:.*}", self._unknown)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"
        return self

    async def stop(self) -> None:
        for timer in self._timers:
            timer.cancel()
        if self._session is not None and not self._session.ws.closed:
            await self._session.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def api_base(self) -> str:
        return f"{self.url}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"{self.url.replace('http', 'ws', 1)}/gateway"

    def redirect(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Point discord.py's REST base and default gateway at the fake (undone by monkeypatch)."""
        monkeypatch.setattr(discord.http.Route, "BASE", self.api_base)
        monkeypatch.setattr(
            discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(self.gateway_url)
        )

    @asynccontextmanager
    async def running(
        self, client: discord.Client, *, token: str | None = None, timeout: float = WAIT
    ) -> AsyncIterator[discord.Client]:
        """Log `client` in, connect it (`reconnect=False`), wait for ready; close it afterwards.

        Pass `guild_ready_timeout` (e.g. 0.05) to the client, or `on_ready` waits 2 s.
        """
        task: asyncio.Task[None] | None = None
        try:
            await asyncio.wait_for(client.login(token or self.token), timeout)
            task = asyncio.create_task(client.connect(reconnect=False))
            task.add_done_callback(self._client_ended)
            ready = asyncio.ensure_future(client.wait_until_ready())
            await asyncio.wait({ready, task}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
            if not ready.done():
                ready.cancel()
                if task.done():
                    task.result()  # raises what ended connect()
                raise AssertionError(f"client not ready within {timeout} s")
            yield client
        finally:
            await client.close()
            if task is not None and not (await asyncio.wait({task}, timeout=timeout))[0]:
                task.cancel()
                self._violate(f"client connect() did not end within {timeout} s of close()")
        if task is not None and not task.cancelled() and task.exception() is not None:
            raise task.exception()  # type: ignore[misc]

    def _client_ended(self, task: asyncio.Task[None]) -> None:
        """A connect() that crashes mid-test (e.g. on a malformed payload) is a failure too."""
        if not task.cancelled() and task.exception() is not None:
            self._violate(f"client connect() ended with {task.exception()!r}")

    # assertions

    def _violate(self, text: str) -> None:
        self.violations.append(text)

    def assert_no_violations(self) -> None:
        """Fail the test if Discord would have rejected or flagged anything."""
        assert not self.violations, "Discord rule violations:\n" + "\n".join(self.violations)

    def assert_all_acknowledged(self) -> None:
        """Fail unless every interaction was acknowledged within the deadline."""
        late = [
            (i.name, i.ack_latency)
            for i in self.interactions
            if not i.acknowledged or (i.ack_latency or 0) > self.ack_deadline
        ]
        assert not late, f"not acknowledged within {self.ack_deadline} s: {late}"

    def assert_no_pings(self) -> None:
        """Fail unless every message body carried allowed_mentions that ping nobody."""
        bad = [
            (path, m)
            for path, m in self.allowed_mentions
            if not isinstance(m, dict)
            or m.get("parse") != []
            or m.get("users")
            or m.get("roles")
            or m.get("replied_user")
        ]
        assert not bad, f"messages that may ping: {bad}"

    # the test-facing interaction API

    def add_attachment(self, filename: str, data: bytes, content_type: str = "text/plain") -> JSON:
        """Register bytes served at `/attachments/{id}/{filename}`; returns the attachment object."""
        attachment_id = snowflake()
        self.files[attachment_id] = (filename, data, content_type)
        # Discord's CDN names the file in the URL its own way; the filename field is as sent.
        url = f"{self.url}/attachments/{attachment_id}/{urllib.parse.quote(filename, safe='')}"
        return {
            "id": attachment_id,
            "filename": filename,
            "size": len(data),
            "url": url,
            "proxy_url": url,
            "content_type": content_type,
            "ephemeral": False,
        }

    def now(self) -> float:
        """The fake's clock: the event loop's, moved on by `advance`."""
        return asyncio.get_running_loop().time() + self.clock_skew

    def advance(self, seconds: float) -> None:
        """Move the fake's clock on (interaction tokens expire 15 minutes after dispatch)."""
        self.clock_skew += seconds

    async def request_reconnect(self) -> None:
        """Gateway op 7, RECONNECT: Discord asks the client to reconnect and resume."""
        if self._session is not None:
            await self._session.send(7, None)

    async def invalidate_session(self) -> None:
        """Gateway op 9, INVALID_SESSION (not resumable): the client must identify again."""
        if self._session is not None:
            await self._session.send(9, False)

    async def disconnect(self, code: int = 4000) -> None:
        """Close the gateway with a close code, as Discord does (4004: authentication failed)."""
        if self._session is not None and not self._session.ws.closed:
            await self._session.ws.close(code=code, message=b"closed by the fake")

    async def dispatch(self, event: str, data: JSON, timeout: float = WAIT) -> None:
        """Send a gateway DISPATCH (op 0) once the client has identified."""
        try:
            await asyncio.wait_for(self._identified.wait(), timeout)
        except TimeoutError:
            raise AssertionError("no gateway client identified") from None
        assert self._session is not None
        await self._session.send(0, data, event)

    def build_interaction(
        self,
        type_: int,
        data: JSON,
        *,
        user: JSON | None = None,
        member_permissions: Any = None,
        roles: Iterable[int | str] = (),
        guild_id: int | bool | None = True,
        channel_id: int | None = None,
        message: JSON | None = None,
        locale: str = "en-US",
        app_permissions: Any = None,
    ) -> JSON:
        """The INTERACTION_CREATE payload (the one factory every `send_*` uses).

        `guild_id=True` (default): the first guild; `None`: a DM (user instead of member).
        Permissions take an int, a bitfield string or a `discord.Permissions`.
        """
        user = user or self.user
        guild = self.guilds[0].id if guild_id is True else guild_id
        perms = _bits(member_permissions, MEMBER_PERMISSIONS)
        payload: JSON = {
            "id": snowflake(),
            "type": type_,
            "token": f"itok-{secrets.token_hex(16)}",
            "version": 1,
            "application_id": self.application_id,
            "data": data,
            "attachment_size_limit": 10 * 1024 * 1024,
            "locale": locale,
            "entitlements": [],
            "app_permissions": str(_bits(app_permissions, MEMBER_PERMISSIONS)),
            "authorizing_integration_owners": {"0": str(guild)} if guild else {"1": user["id"]},
            "context": 0 if guild else 1,
        }
        if guild:
            chan = channel_id or next(
                (int(c["id"]) for g in self.guilds if g.id == guild for c in g.channels), guild + 1
            )
            payload.update(
                guild_id=str(guild),
                guild_locale="en-US",
                guild={"id": str(guild), "locale": "en-US", "features": []},
                channel=text_channel_payload(chan, guild),
                channel_id=str(chan),
                member=member_payload(user, roles, perms),
            )
        else:
            chan = channel_id or int(user["id"]) + 7
            payload.update(user=user, channel={"id": str(chan), "type": 1}, channel_id=str(chan))
        if message is not None:
            payload["message"] = message
        return payload

    async def send_command(
        self,
        name: str,
        options: Mapping[str, Any] | None = None,
        *,
        resolved: JSON | None = None,
        guild_id: int | bool | None = True,
        **context: Any,
    ) -> FakeInteraction:
        """Run `/name` (subcommands: "group sub") with `options` typed from the synced schema.

        Attachment options take the dict from `add_attachment`. `context` goes to
        `build_interaction` (user, member_permissions, roles, channel_id, locale, ...).
        """
        data = self._command_data(name, options or {}, resolved, guild_id, None)
        self._check_visible(name, data, guild_id, context)
        return await self._send(self.build_interaction(2, data, guild_id=guild_id, **context))

    def _check_visible(
        self, name: str, data: JSON, guild_id: int | bool | None, context: Mapping[str, Any]
    ) -> None:
        """Discord shows a member only the commands their permissions allow
        (`default_member_permissions`; administrators see all), and a guild-only command
        (`contexts` without 1 or 2) only in servers: a hidden command cannot be run."""
        command = next(
            c for scope in self.commands.values() for c in scope if c["id"] == data["id"]
        )
        if guild_id is None:
            if command.get("contexts") is not None and not {1, 2} & set(command["contexts"]):
                raise PermissionError(f"/{name} is not offered in direct messages")
            return
        required = command.get("default_member_permissions")
        perms = _bits(context.get("member_permissions"), MEMBER_PERMISSIONS)
        if required is not None and not perms & ADMINISTRATOR and int(required) & ~perms:
            raise PermissionError(f"/{name} is hidden from this member")

    async def send_autocomplete(
        self,
        name: str,
        options: Mapping[str, Any],
        focused: str,
        *,
        guild_id: int | bool | None = True,
        **context: Any,
    ) -> FakeInteraction:
        """Type into option `focused` of `/name`; other options are sent as already chosen."""
        data = self._command_data(name, options, None, guild_id, focused)
        return await self._send(self.build_interaction(4, data, guild_id=guild_id, **context))

    async def send_component(
        self,
        custom_id: str,
        *,
        message_id: str | None = None,
        component_type: int = 2,
        values: list[str] | None = None,
        **context: Any,
    ) -> FakeInteraction:
        """Click a button (or pick `values` in a select) on the newest message that has it."""
        message = (
            self.messages.get(message_id)
            if message_id
            else next(
                (m for m in reversed(self.messages.values()) if custom_id in _custom_ids(m)), None
            )
        )
        if message is None:
            raise LookupError(f"no message with component {custom_id!r}")
        data: JSON = {"custom_id": custom_id, "component_type": component_type}
        if values is not None:
            data["values"] = values
        guild = int(message["guild_id"]) if message.get("guild_id") else None
        return await self._send(
            self.build_interaction(
                3,
                data,
                message=message,
                guild_id=guild,
                channel_id=int(message["channel_id"]),
                **context,
            )
        )

    def _command_data(
        self,
        name: str,
        options: Mapping[str, Any],
        resolved: JSON | None,
        guild_id: int | bool | None,
        focused: str | None,
    ) -> JSON:
        root, *subs = name.split()
        guild = self.guilds[0].id if guild_id is True else guild_id
        command = next(
            (c for c in self.commands.get(guild, []) if c["name"] == root), None
        ) or next((c for c in self.commands.get(None, []) if c["name"] == root), None)
        if command is None:
            raise LookupError(f"/{root} was not synced; synced: {self.commands}")
        schema, resolved, chain = command, dict(resolved or {}), []
        for sub in subs:  # walk down to the subcommand (group: type 2, subcommand: type 1)
            schema = next(o for o in schema.get("options", []) if o["name"] == sub)
            chain.append(schema)
        built = []
        for key, value in options.items():
            spec = next((o for o in schema.get("options", []) if o["name"] == key), None)
            if spec is None:
                raise LookupError(f"/{name} has no option {key!r}")
            if spec["type"] == 11:  # attachment: the value is its id, the object goes in resolved
                resolved.setdefault("attachments", {})[value["id"]] = value
                value = value["id"]
            option = {"name": key, "type": spec["type"], "value": value}
            if key == focused:
                option["focused"] = True
            built.append(option)
        for spec in reversed(chain):
            built = [{"name": spec["name"], "type": spec["type"], "options": built}]
        data: JSON = {
            "id": command["id"],
            "name": root,
            "type": command.get("type", 1),
            "options": built,
        }
        if command.get("guild_id"):
            data["guild_id"] = command["guild_id"]
        if resolved:
            data["resolved"] = resolved
        return data

    async def _send(self, payload: JSON) -> FakeInteraction:
        loop = asyncio.get_running_loop()
        await asyncio.wait_for(self._identified.wait(), WAIT)
        record = FakeInteraction(payload, self.now())
        self.interactions.append(record)
        self._by_id[record.id] = record
        self._by_token[record.token] = record
        self._timers.append(loop.call_later(self.ack_deadline, self._deadline, record))
        await self.dispatch("INTERACTION_CREATE", payload)
        return record

    def _deadline(self, record: FakeInteraction) -> None:
        if not record.acknowledged and not record.expired:
            record.expired = True
            self._violate(
                f"interaction {record.id} ({record.name}) not acknowledged within "
                f"{self.ack_deadline} s"
            )

    # HTTP: recording and helpers

    @web.middleware
    async def _record(self, request: web.Request, handler: Any) -> web.StreamResponse:
        body: Any = None
        files: list[tuple[str, bytes]] = []
        if request.can_read_body and not request.headers.get("Upgrade"):
            body, files = await _parse_body(request)
        entry = RecordedRequest(request.method, request.path, dict(request.query), body, files)
        request[BODY], request[FILES], request[ENTRY] = body, files, entry
        self.requests.append(entry)
        for prefix, left in self.outages.items():
            if left > 0 and request.path.startswith(prefix):
                self.outages[prefix] = left - 1
                entry.status = 503
                return error_response(503, 0, "503: Service Unavailable")
        for prefix, left in self.rate_limits.items():
            if left > 0 and request.path.startswith(prefix):
                self.rate_limits[prefix] = left - 1
                entry.status = 429
                limited = json_response(
                    {"message": "You are being rate limited.", "retry_after": 0.2, "global": False},
                    429,
                )
                limited.headers.update(
                    {
                        "Retry-After": "1",
                        "X-RateLimit-Limit": "5",
                        "X-RateLimit-Remaining": "0",
                        "X-RateLimit-Reset-After": "0.2",
                        "X-RateLimit-Bucket": "fake-bucket",
                        "X-RateLimit-Scope": "user",
                        "Via": "1.1 google",  # a 429 without it is a Cloudflare ban
                    }
                )
                return limited
        token = request.match_info.get("token")
        record = self._by_token.get(token) if token else None
        if record is not None and self.now() - record.dispatched_at > TOKEN_LIFETIME:
            # An interaction token works for 15 minutes; then its webhook is gone.
            entry.status = 401
            return error_response(401, 50027, "Invalid Webhook Token")
        needs_auth = (
            request.path.startswith("/api/")
            and request.match_info.handler != self._unknown
            and not any(part in request.path for part in BOT_AUTH_FREE)
        )
        if needs_auth and request.headers.get("Authorization") != f"Bot {self.token}":
            response: web.StreamResponse = error_response(401, 0, "401: Unauthorized")
        else:
            response = await handler(request)
        entry.status = response.status
        return response

    async def _unknown(self, request: web.Request) -> web.Response:
        self.unknown_requests.append(request[ENTRY])
        # A route the fake does not serve is one real Discord may not either: a violation,
        # so that a test notices the bot calling something nobody checked.
        self._violate(f"unknown route {request.method} {request.path}")
        return error_response(
            404, 0, f"404: Not Found (fake has no {request.method} {request.path})"
        )

    # HTTP: login, gateway info, attachments

    async def _me(self, request: web.Request) -> web.Response:
        return json_response(self.bot_user)

    async def _application(self, request: web.Request) -> web.Response:
        return json_response(
            {
                "id": self.application_id,
                "name": "Undersigned",
                "description": "",
                "icon": None,
                "bot_public": False,
                "bot_require_code_grant": False,
                "owner": user_payload(1, "owner"),
                "verify_key": "0" * 64,
                "flags": 0,
                "bot": self.bot_user,
            }
        )

    async def _gateway_info(self, request: web.Request) -> web.Response:
        return json_response(
            {
                "url": self.gateway_url,
                "shards": 1,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 1000,
                    "reset_after": 0,
                    "max_concurrency": 1,
                },
            }
        )

    async def _attachment(self, request: web.Request) -> web.Response:
        found = self.files.get(request.match_info["id"])
        if found is None or found[0] != request.match_info["filename"]:
            return web.Response(status=404)
        return web.Response(body=found[1], headers={"Content-Type": found[2]})

    # HTTP: commands

    async def _put_commands(self, request: web.Request) -> web.Response:
        if request.match_info["app"] != self.application_id:
            return error_response(404, 10002, "Unknown Application")
        guild = request.match_info.get("guild")
        scope = int(guild) if guild else None
        if scope is not None and all(g.id != scope for g in self.guilds):
            return error_response(403, 50001, "Missing Access")  # not a server the bot is in
        body = request[BODY]
        errors: Errors = (
            command_errors(body) if isinstance(body, list) else [((), "Expected a list")]
        )
        if errors:
            self._violate(f"command sync ({scope or 'global'}): {_describe(errors)}")
            return json_response(error_body(errors), 400)
        old = {(c["name"], c.get("type", 1)): c["id"] for c in self.commands.get(scope, [])}
        synced = [
            {
                **c,
                "id": old.get((c["name"], c.get("type", 1))) or snowflake(),
                "application_id": self.application_id,
                "version": snowflake(),
                "type": c.get("type", 1),
                **({"guild_id": guild} if guild else {}),
            }
            for c in body
        ]
        self.commands[scope] = synced
        return json_response(synced)

    async def _get_commands(self, request: web.Request) -> web.Response:
        guild = request.match_info.get("guild")
        return json_response(self.commands.get(int(guild) if guild else None, []))

    # HTTP: interaction responses

    async def _callback(self, request: web.Request) -> web.Response:
        record = self._by_id.get(request.match_info["id"])
        if record is None or record.token != request.match_info["token"]:
            return error_response(404, 10062, "Unknown interaction")
        body, files = request[BODY] or {}, request[FILES]
        reply = Reply("callback", "POST", request.path, body, files)
        response = self._handle_callback(record, reply, self.now())
        if response.status == 200 and request.query.get("with_response") not in ("1", "true"):
            response = web.Response(status=204)  # Discord's answer without `?with_response=1`
        reply.status = response.status
        record.add(reply)
        return response

    def _handle_callback(self, record: FakeInteraction, reply: Reply, now: float) -> web.Response:
        label = f"interaction {record.id} ({record.name})"
        if record.acknowledged:
            self._violate(f"{label}: second initial callback (type {reply.type})")
            return error_response(400, 40060, "Interaction has already been acknowledged.")
        latency = now - record.dispatched_at
        if record.ack_latency is None:
            record.ack_latency = latency
        if record.expired or latency > self.ack_deadline:
            if not record.expired:
                self._violate(
                    f"{label}: acknowledged after {latency:.2f} s > {self.ack_deadline} s"
                )
            record.expired = True
            return error_response(404, 10062, "Unknown interaction")
        kind, data = reply.type, reply.data
        errors: Errors = []
        if kind not in ALLOWED_CALLBACKS.get(record.type, set()):
            errors.append(
                (("type",), f"callback type {kind} not valid for interaction type {record.type}")
            )
        elif kind in (4, 7):
            errors += message_errors(
                data, path=("data",), creating=kind == 4, has_files=bool(reply.files)
            )
        elif kind == 8:
            errors += choice_errors(data.get("choices") or [], ("data", "choices"))
        if errors:
            self._violate(f"{label}: callback rejected: {_describe(errors)}")
            return json_response(error_body(errors), 400)
        record.acknowledged, record.ack_latency = True, latency
        info: JSON = {"id": record.id, "type": record.type}
        resource: JSON = {"type": kind}
        if kind in (4, 5):
            flags = (data.get("flags") or 0) | (LOADING if kind == 5 else 0)
            message = self._new_message(
                record, {**data, "flags": flags} if kind == 5 else data, reply
            )
            record.original_id = message["id"]
            info.update(
                response_message_id=message["id"],
                response_message_loading=kind == 5,
                response_message_ephemeral=bool(flags & EPHEMERAL),
            )
            resource["message"] = reply.message = message
        elif kind in (6, 7):
            record.original_id = record.payload["message"]["id"]
            if kind == 7:
                resource["message"] = reply.message = self._edit_message(
                    record.original_id, data, reply
                )
        return json_response({"interaction": info, "resource": resource})

    async def _followup(self, request: web.Request) -> web.Response:
        record = self._by_token.get(request.match_info["token"])
        if record is None or request.match_info["app"] != self.application_id:
            return error_response(404, 10015, "Unknown Webhook")
        body, files = request[BODY] or {}, request[FILES]
        reply = Reply("followup", "POST", request.path, body, files)
        label = f"interaction {record.id} ({record.name})"
        errors = message_errors(body, creating=True, has_files=bool(files))
        if not record.acknowledged:
            self._violate(f"{label}: followup before acknowledgement")
            response = error_response(404, 10015, "Unknown Webhook")
        elif errors:
            self._violate(f"{label}: followup rejected: {_describe(errors)}")
            response = json_response(error_body(errors), 400)
        else:
            original = self.messages.get(record.original_id or "")
            if original and original["flags"] & LOADING and not record.replaced_loading:
                # Discord turns the first followup after a deferral into the original response.
                record.replaced_loading = True
                keep = original["flags"] & EPHEMERAL
                reply.message = self._edit_message(original["id"], {**body, "flags": keep}, reply)
            else:
                reply.message = self._new_message(record, body, reply)
            wait = request.query.get("wait") in ("1", "true", "True")
            response = json_response(reply.message) if wait else web.Response(status=204)
        reply.status = response.status
        record.add(reply)
        return response

    async def _message(self, request: web.Request) -> web.Response:
        record = self._by_token.get(request.match_info["token"])
        if record is None or request.match_info["app"] != self.application_id:
            return error_response(404, 10015, "Unknown Webhook")
        ref = request.match_info["message"]
        message_id = record.original_id if ref == "@original" else ref
        kind = {"GET": "get", "PATCH": "edit", "DELETE": "delete"}[request.method]
        reply = Reply(kind, request.method, request.path, request[BODY] or {}, request[FILES])
        label = f"interaction {record.id} ({record.name})"
        if not record.acknowledged:
            self._violate(f"{label}: {request.method} {ref} before acknowledgement")
            response = error_response(404, 10015, "Unknown Webhook")
        elif message_id not in self.messages:
            response = error_response(404, 10008, "Unknown Message")
        elif kind == "get":
            response = json_response(self.messages[message_id])
        elif kind == "delete":
            del self.messages[message_id]
            response = web.Response(status=204)
        elif errors := message_errors(reply.body):
            self._violate(f"{label}: edit rejected: {_describe(errors)}")
            response = json_response(error_body(errors), 400)
        else:
            assert message_id is not None
            reply.message = self._edit_message(message_id, reply.body, reply)
            response = json_response(reply.message)
        reply.status = response.status
        record.add(reply)
        return response

    # messages

    def _attachments(
        self, data: JSON, files: list[tuple[str, bytes]], old: list[JSON]
    ) -> list[JSON]:
        keep_ids = {str(a.get("id")) for a in data.get("attachments") or []}
        kept = [a for a in old if a["id"] in keep_ids] if "attachments" in data else old
        return kept + [
            self.add_attachment(name, content, "application/octet-stream")
            for name, content in files
        ]

    def _new_message(self, record: FakeInteraction, data: JSON, reply: Reply) -> JSON:
        if not data.get("flags", 0) & LOADING:  # a deferral's "thinking…" says nothing
            self.allowed_mentions.append((reply.path, data.get("allowed_mentions")))
        payload = record.payload
        message: JSON = {
            "id": snowflake(),
            "type": 20 if record.type == 2 else 0,
            "content": data.get("content") or "",
            "channel_id": payload["channel_id"],
            "author": self.bot_user,
            "embeds": data.get("embeds") or [],
            "components": data.get("components") or [],
            "flags": data.get("flags") or 0,
            "attachments": self._attachments(data, reply.files, []),
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "pinned": False,
            "webhook_id": self.application_id,
            "application_id": self.application_id,
        }
        if payload.get("guild_id"):
            message["guild_id"] = payload["guild_id"]
        # Who the message answers: the person who ran the command or clicked the button.
        invoker = (payload.get("member") or {}).get("user") or payload.get("user")
        message["interaction_metadata"] = {
            "id": payload["id"],
            "type": payload["type"],
            "user": invoker,
            "authorizing_integration_owners": payload.get("authorizing_integration_owners", {}),
        }
        self.messages[message["id"]] = message
        return message

    def _edit_message(self, message_id: str, data: JSON, reply: Reply) -> JSON:
        self.allowed_mentions.append((reply.path, data.get("allowed_mentions")))
        message = self.messages[message_id]
        for key in ("content", "embeds", "components"):
            if key in data:
                message[key] = (
                    data[key] if data[key] is not None else ([] if key != "content" else "")
                )
        if "flags" in data:
            message["flags"] = (data["flags"] or 0) | (message["flags"] & EPHEMERAL)
        message["flags"] &= ~LOADING
        message["attachments"] = self._attachments(data, reply.files, message["attachments"])
        message["edited_timestamp"] = now_iso()
        return message

    # gateway

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        session = self._session = _Session(ws)
        await session.send(10, {"heartbeat_interval": 41250})
        async for frame in ws:
            if frame.type is not WSMsgType.TEXT:
                continue
            message = json.loads(frame.data)
            self.gateway_ops.append(message)
            op, data = message.get("op"), message.get("d")
            if op == 1:
                await session.send(11, None)
            elif op == 2:
                await self._identify(session, data)
            elif op == 6:  # no resume support: ask for a fresh session
                await session.send(9, False)
            elif op == 8:
                await self._chunk(session, data)
        if self._session is session:
            self._session = None
            self._identified.clear()
        return ws

    async def _identify(self, session: _Session, data: JSON) -> None:
        if data.get("token") != self.token:
            await session.ws.close(code=4004, message=b"Authentication failed.")
            return
        ready = {
            "v": 10,
            "user": self.bot_user,
            "session_id": secrets.token_hex(16),
            "guilds": [{"id": str(g.id), "unavailable": True} for g in self.guilds],
            "resume_gateway_url": self.gateway_url,
            "shard": data.get("shard") or [0, 1],
            "application": {"id": self.application_id, "flags": 0},
            "private_channels": [],
        }
        await session.send(0, ready, "READY")
        bot_member = member_payload(self.bot_user)
        for guild in self.guilds:
            await session.send(0, guild.payload(bot_member), "GUILD_CREATE")
        self._identified.set()

    async def _chunk(self, session: _Session, data: JSON) -> None:
        """Answer op 8 (request guild members) with one chunk holding every configured member."""
        guild = next((g for g in self.guilds if str(g.id) == str(data.get("guild_id"))), None)
        members = [member_payload(self.bot_user), *(guild.members if guild else [])]
        if data.get("user_ids"):
            wanted = {str(u) for u in data["user_ids"]}
            members = [m for m in members if m["user"]["id"] in wanted]
        chunk: JSON = {
            "guild_id": str(data.get("guild_id")),
            "members": members,
            "chunk_index": 0,
            "chunk_count": 1,
        }
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        await session.send(0, chunk, "GUILD_MEMBERS_CHUNK")


# --- small helpers ----------------------------------------------------------------------------


async def _parse_body(request: web.Request) -> tuple[Any, list[tuple[str, bytes]]]:
    """JSON body, or multipart `payload_json` + `files[n]`; anything else as text."""
    files: list[tuple[str, bytes]] = []
    if request.content_type.startswith("multipart/"):
        body: Any = None
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            assert isinstance(part, BodyPartReader)
            if part.name == "payload_json":
                body = json.loads(await part.text())
            else:
                files.append((part.filename or part.name or "", await part.read()))
        return body, files
    raw = await request.read()
    if not raw:
        return None, files
    try:
        return json.loads(raw), files
    except ValueError:
        return raw.decode(errors="replace"), files


def _bits(value: Any, default: int) -> int:
    """An int from an int, a bitfield string or a `discord.Permissions`; default when None."""
    if value is None:
        return default
    return int(getattr(value, "value", value))


def _custom_ids(message: JSON) -> set[str]:
    found: set[str] = set()
    stack = list(message.get("components") or [])
    while stack:
        component = stack.pop()
        if component.get("custom_id"):
            found.add(component["custom_id"])
        stack.extend(component.get("components") or [])
    return found


def _describe(errors: Errors) -> str:
    return "; ".join(f"{'.'.join(path) or '<body>'}: {text}" for path, text in errors)
