"""The embedded store: ArcadeDB run in-process, reached over its Bolt plugin on loopback.

Everything goes through the official neo4j driver, so the embedded store, a real Neo4j and
the tests share one Neo4j 5 Cypher dialect.  The JVM starts lazily, once per process (1 GB
max heap unless ``ARCADEDB_JVM_ARGS`` sets ``-Xmx``); servers can be started and stopped
many times in one process, several at once on different directories.  Every running server
is stopped at exit so the store directory is never left locked.

Layout of a store directory: ``<store>/databases/kg`` (the data), ``<store>/config`` (the
server's users; root password :data:`PASSWORD`), ``<store>/log`` (server event log).

Where ArcadeDB's Cypher (26.10, over Bolt) differs from Neo4j 5, and what kg does:

- A Bolt session without a database name gets ArcadeDB's only database; kg still names it
  (``kg``) for embedded stores.  ``SHOW DATABASES``/multi-database admin is not Neo4j's.
- Access mode is not enforced: a ``CREATE`` in a READ session succeeds on ArcadeDB.
  ``GraphStore.query`` therefore runs read queries in an explicit transaction, checks the
  summary's update counters, and rolls back + raises ``QueryError`` if anything was written
  (on Neo4j the server refuses first, with the same error for the user).
- ``SHOW INDEXES`` and ``SHOW CONSTRAINTS`` work (constraints appear as RANGE indexes named
  ``Label[prop]`` with ``owningConstraint``); ``db.indexes()`` and the 3.x/4.x
  ``CREATE CONSTRAINT ON … ASSERT`` syntax fail with an error.  kg uses only
  ``CREATE CONSTRAINT … IF NOT EXISTS FOR … REQUIRE … IS UNIQUE`` and
  ``CREATE INDEX … IF NOT EXISTS FOR … ON …``.
- A unique-constraint violation reports ``ConstraintValidationFailed`` with only the
  statement as its message (Neo4j names the node and property).
- Element ids look like ``#1:0`` (ArcadeDB RIDs), not Neo4j's ``4:uuid:n``; kg never relies on
  element ids, only on its own ``id`` properties.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import signal
import socket
import tempfile
import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import IO

from kg.errors import StoreError

log = logging.getLogger(__name__)

DATABASE = "kg"
USER = "root"
# Loopback-only by default; ArcadeDB requires >= 8 characters.  `kg serve --host` exposing
# the store beyond this machine should be paired with a firewall (see README).
PASSWORD = "kg-store-local"
HEAP = "1g"

_lock = threading.Lock()
_jvm_ready = False
_running: dict[Path, EmbeddedServer] = {}


def _start_jvm() -> None:
    """Start the JVM once, with a modest heap and quiet logging."""
    global _jvm_ready
    if _jvm_ready:
        return
    import jpype
    from arcadedb_embedded.jvm import start_jvm

    if not jpype.isJVMStarted():
        props = resources.files("kg.store").joinpath("arcadedb-log.properties")
        # Should the JVM ever crash, its hs_err_pid*.log goes to the temp dir, not the user's
        # working directory (arcadedb_embedded reads this variable, not -XX:ErrorFile).
        os.environ.setdefault("ARCADEDB_JVM_ERROR_FILE",
                              str(Path(tempfile.gettempdir()) / "kg-jvm-error-%p.log"))
        # -Xrs: the JVM leaves SIGTERM to Python.  Its own handler runs Java shutdown hooks
        # and exits while Python is still running, which crashes the process in native code.
        args = [f"-Djava.util.logging.config.file={props}", "-Xrs"]
        if "-Xmx" not in os.environ.get("ARCADEDB_JVM_ARGS", ""):
            args.append(f"-Xmx{HEAP}")
        with _quiet_stderr() as said:
            try:
                # interrupt=False: Ctrl-C raises KeyboardInterrupt in Python, so `kg serve`
                # and `kg ingest` stop cleanly (the JVM would otherwise own SIGINT).
                start_jvm(heap_size=None, jvm_args=args, interrupt=False)
            except Exception as exc:
                said.seek(0)
                raise StoreError(
                    f"cannot start the Java runtime for the embedded store: {exc} "
                    f"{said.read().strip()}; reinstall arcadedb-embedded or use --neo4j URI"
                ) from exc
    # Registered after the JVM's own exit hooks so it runs before them (atexit is LIFO).
    atexit.register(_stop_all)
    _exit_on_sigterm()
    _jvm_ready = True


def _exit_on_sigterm() -> None:
    """Make SIGTERM a normal exit, so atexit stops the servers and the store closes cleanly.

    Only when SIGTERM still has its default action (the program has no handler of its own)
    and only from the main thread, where Python allows installing handlers.
    """
    if (threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL):
        signal.signal(signal.SIGTERM, _raise_exit)


def _raise_exit(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[IO[str]]:
    """Catch what the JVM writes to file descriptor 2 while it starts.

    The bundled JVM always announces its incubator module on stderr; that line means
    nothing to a kg user, so it is kept out of the terminal (and shown if start-up fails).
    """
    saved = os.dup(2)
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield sink
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _check_port(host: str, port: int) -> None:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise StoreError(f"port {port} on {host} is in use ({exc.strerror}): stop the "
                             "other server or choose another port with --port") from exc


def _explain_start_failure(path: Path, exc: Exception) -> StoreError:
    text = str(exc)
    if "locked by another process" in text:
        return StoreError(f"store {path} is in use by another process (a running `kg serve` "
                          "or ingest?): stop it, or point that process's clients at its Bolt "
                          "port with --neo4j-uri")
    if "Address already in use" in text or "BindException" in text:
        return StoreError(f"a port needed by the embedded store is in use: {text.splitlines()[0]}"
                          "; choose another port with --port")
    return StoreError(f"cannot start the embedded store in {path}: "
                      f"{text.splitlines()[0] if text else type(exc).__name__}")


class EmbeddedServer:
    """One ArcadeDB server with the Bolt plugin, rooted at a store directory."""

    def __init__(self, store_path: str | os.PathLike[str], host: str = "127.0.0.1",
                 port: int = 0) -> None:
        self.path = Path(store_path).expanduser().resolve()
        self.host = host
        self.port = port
        self.users = 0  # open_store/serve calls sharing this server
        self._server = None

    @property
    def uri(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::") else self.host
        return f"bolt://{host}:{self.port}"

    def start(self) -> None:
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"store path {self.path} is a file: pass a directory")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create store directory {self.path}: {exc.strerror}") from exc
        if self.port:
            _check_port(self.host, self.port)
        else:
            self.port = free_port(self.host)
        _start_jvm()
        import arcadedb_embedded

        server = arcadedb_embedded.create_server(str(self.path), root_password=PASSWORD, config={
            "host": self.host, "http_port": free_port(self.host),
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt_port": self.port})
        try:
            server.start()
            server.create_database(DATABASE)  # opens it when it exists
        except Exception as exc:
            server.stop()
            raise _explain_start_failure(self.path, exc) from exc
        self._server = server

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.stop()


def acquire(store_path: str | os.PathLike[str], host: str = "127.0.0.1",
            port: int = 0) -> EmbeddedServer:
    """The running server for ``store_path``, started if needed (shared, reference-counted).

    A second caller asking for a specific port other than the running one gets an error:
    one directory can only be served by one server.
    """
    path = Path(store_path).expanduser().resolve()
    with _lock:
        server = _running.get(path)
        if server is None:
            server = EmbeddedServer(path, host, port)
            server.start()
            _running[path] = server
        elif (port and port != server.port) or host != server.host:
            raise StoreError(f"store {path} is already served at {server.uri} in this process")
        server.users += 1
        return server


def release(server: EmbeddedServer) -> None:
    """Stop the server once its last user lets go."""
    with _lock:
        server.users -= 1
        if server.users > 0:
            return
        _running.pop(server.path, None)
        server.stop()


def _stop_all() -> None:
    with _lock:
        for server in list(_running.values()):
            try:
                server.stop()
            except Exception:  # best effort at exit; the JVM's own hooks close the rest
                log.debug("stopping %s at exit failed", server.path, exc_info=True)
        _running.clear()
