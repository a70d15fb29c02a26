"""Django's SMTP backend with one more step: a callback just before the mail server is given the message.

An SMTP server takes a message only when it receives the line with a single dot that ends the DATA part,
and answers 250. A client that disconnects before that dot leaves nothing behind: the server must
discard the unfinished transaction (RFC 5321, section 3.8). So the outbox (mail/outbox.py) records
"handed over" right before the dot, and refuses to send the dot when another worker has taken the message
in the meantime. A worker that dies before that record is known not to have sent the message, which can
safely be sent again; only the moment between the record and the server's answer is uncertain.

The settings use this backend wherever `EMAIL_URL` names an SMTP server (config/settings/base.py).
"""

import re
import smtplib

from django.core.mail.backends.smtp import EmailBackend as DjangoEmailBackend

# Seconds to wait for the mail server on each step; Django's default is to wait for ever.
DEFAULT_TIMEOUT = 30
LEADING_DOT = re.compile(rb"(?m)^\.")


class DeliveryUncertain(smtplib.SMTPException):
    """The final dot may have reached the server, but its answer did not reach us."""


class HandOverMixin:
    """smtplib's DATA command split in two, with `before_final_dot()` (when set) called in between."""

    before_final_dot = None

    def data(self, msg):
        self.putcmd("data")
        code, reply = self.getreply()
        if code != 354:
            raise smtplib.SMTPDataError(code, reply)
        body = LEADING_DOT.sub(b"..", msg)
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        self.send(body)
        if self.before_final_dot is not None:
            try:
                self.before_final_dot()
            except BaseException:
                # Hang up without the dot: the server throws the unfinished message away.
                self.close()
                raise
        try:
            self.send(b".\r\n")
            return self.getreply()
        except (OSError, smtplib.SMTPServerDisconnected) as error:
            raise DeliveryUncertain(f"no answer from the mail server after the message: {error}") from error


class HandOverSMTP(HandOverMixin, smtplib.SMTP):
    pass


class HandOverSMTPSSL(HandOverMixin, smtplib.SMTP_SSL):
    pass


class EmailBackend(DjangoEmailBackend):
    """Calls each message's `before_final_dot` (set by the outbox) at the last moment it can still
    stop the message, and waits `DEFAULT_TIMEOUT` seconds at most on each step when no timeout is set."""

    calls_before_final_dot = True

    def __init__(self, *args, timeout=None, **kwargs):
        super().__init__(*args, timeout=timeout, **kwargs)
        if self.timeout is None:
            self.timeout = DEFAULT_TIMEOUT

    @property
    def connection_class(self):
        return HandOverSMTPSSL if self.use_ssl else HandOverSMTP

    def _send(self, email_message):
        if self.connection is not None:
            self.connection.before_final_dot = getattr(email_message, "before_final_dot", None)
        return super()._send(email_message)
