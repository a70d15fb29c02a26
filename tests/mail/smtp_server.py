"""A real SMTP server on 127.0.0.1 (aiosmtpd) that keeps what it receives, for the tests of the outbox."""

import asyncio
import email
import socket
import time

from aiosmtpd.controller import Controller


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Recorder:
    """aiosmtpd's handler: keeps each message (headers and text), and answers after `delay` seconds."""

    def __init__(self, delay=0):
        self.delay = delay
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        # Kept first, answered late: a slow server that has the message before the client hears so.
        self.messages.append(email.message_from_bytes(envelope.content))
        if self.delay:
            await asyncio.sleep(self.delay)
        return "250 Message accepted for delivery"

    @property
    def message_ids(self):
        return [message["Message-ID"] for message in self.messages]


class SMTPServer:
    """`with SMTPServer() as server:` listens on `server.port` until the block ends."""

    def __init__(self, delay=0):
        self.recorder = Recorder(delay)
        self.port = free_port()
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()

    @property
    def messages(self):
        return self.recorder.messages

    def wait_for(self, count, timeout=10):
        """Whether `count` messages arrived within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return len(self.messages) >= count
