"""A TCP relay in front of the test Redis that a test can cut or hang, as a failing network or server would.

Redis itself is shared with other test runs, so it is never stopped or paused; the relay stands in for it.
`cut()` closes every connection and drops each new one at once (a stopped Redis), `hang()` keeps connections
open but answers nothing (a paused or overloaded Redis), `restore()` relays again to the same server with
its data intact.
"""

import contextlib
import socket
import threading


class RedisRelay:
    def __init__(self, host, port):
        self.target = (host, port)
        self.mode = "up"
        self.lock = threading.Lock()
        self.sockets = set()
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, db):
        return f"redis://127.0.0.1:{self.port}/{db}"

    def cut(self):
        self.mode = "down"
        self._drop_all()

    def hang(self):
        self.mode = "hung"
        self._drop_all(keep_clients=True)

    def restore(self):
        self.mode = "up"
        self._drop_all()

    def close(self):
        self.closed = True
        self.listener.close()
        self._drop_all()

    def _drop_all(self, keep_clients=False):
        with self.lock:
            for sock in list(self.sockets):
                if keep_clients and getattr(sock, "relay_client", False):
                    continue
                self._close(sock)

    def _close(self, sock):
        self.sockets.discard(sock)
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()

    def _accept(self):
        while not self.closed:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            if self.mode == "down":
                client.close()
                continue
            client = _Tracked(client, relay_client=True)
            with self.lock:
                self.sockets.add(client)
            if self.mode == "hung":
                continue
            try:
                upstream = _Tracked(socket.create_connection(self.target, timeout=5))
            except OSError:
                with self.lock:
                    self._close(client)
                continue
            upstream.settimeout(None)
            with self.lock:
                self.sockets.add(upstream)
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client), daemon=True).start()

    def _pump(self, source, sink):
        try:
            while data := source.recv(65536):
                if self.mode != "up":
                    break
                sink.sendall(data)
        except OSError:
            pass
        with self.lock:
            for sock in (source, sink):
                # A hung Redis leaves the client waiting on an open connection.
                if not (self.mode == "hung" and sock.relay_client):
                    self._close(sock)


class _Tracked(socket.socket):
    """A socket that knows whether it faces the client (kept open, unanswered, while the relay hangs)."""

    def __init__(self, sock, relay_client=False):
        super().__init__(sock.family, sock.type, sock.proto, fileno=sock.detach())
        self.relay_client = relay_client
