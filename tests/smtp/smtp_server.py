#!/usr/bin/env python3
"""A real SMTP server for ReportGraph's delivery tests (aiosmtpd; Debian package python3-aiosmtpd).

Usage: smtp_server.py --port PORT --maildir DIR [--rules RULES.json] [--auth accept|reject]
                      [--tls-cert CERT.pem --tls-key KEY.pem [--implicit-tls]] [--no-smtputf8]
                      [--xoauth2-user USER --xoauth2-token TOKEN]

Writes every accepted message to DIR as <n>.eml (written to a temporary name first, then renamed, so a reader
never sees half a file), headed by a trace line "X-Peer: 127.0.0.1:<client port>" as a relay's Received line would
be: messages with the same X-Peer came over the same connection. Prints "READY <port>" on stdout once it listens.

The rules file (JSON, re-read on every RCPT TO so tests can change it while the server runs) injects faults:
  {
    "reject":  { "bad@example.com": "550 5.1.1 mailbox unavailable" },        # RCPT TO: always this reply
    "reject_senders": { "blocked@example.com": "553 5.7.1 sender not allowed" },  # MAIL FROM
    "defer":   { "slow@example.com": { "reply": "451 4.3.0 try later", "times": 2 } }  # N times, then accept
  }
Addresses are compared case-insensitively. --auth offers AUTH LOGIN/PLAIN (without TLS) and accepts or rejects
every credential. --tls-cert/--tls-key offer STARTTLS with that certificate, or with --implicit-tls speak TLS
from the first byte (SMTPS). SMTPUTF8 (RFC 6531) is advertised (aiosmtpd's default) unless --no-smtputf8. --xoauth2-user/--xoauth2-token offer AUTH
XOAUTH2 and accept exactly "user=USER\x01auth=Bearer TOKEN\x01\x01" (base64), answering anything else with 535.
"""
import argparse
import logging
import asyncio
import base64
import json
import os
import signal
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import MISSING, AuthResult


class Handler:
    def __init__(self, maildir, rules_path):
        self.maildir = maildir
        self.rules_path = rules_path
        self.xoauth2 = None  # the exact decoded XOAUTH2 string to accept, when XOAUTH2 is offered
        self.deferred = {}
        self.counter = 0
        self.lock = threading.Lock()

    def rules(self):
        if not self.rules_path or not os.path.exists(self.rules_path):
            return {}
        try:
            with open(self.rules_path, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return {}

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        senders = {k.lower(): v for k, v in self.rules().get("reject_senders", {}).items()}
        if address.lower() in senders:
            return senders[address.lower()]
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        rules = self.rules()
        key = address.lower()
        reject = {k.lower(): v for k, v in rules.get("reject", {}).items()}
        if key in reject:
            return reject[key]
        defer = {k.lower(): v for k, v in rules.get("defer", {}).items()}
        if key in defer:
            with self.lock:
                seen = self.deferred.get(key, 0)
                if seen < int(defer[key].get("times", 1)):
                    self.deferred[key] = seen + 1
                    return defer[key].get("reply", "451 4.3.0 try later")
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.counter += 1
            n = self.counter
        name = os.path.join(self.maildir, f"{n:05d}.eml")
        content = envelope.original_content or envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8")
        peer = session.peer
        with open(name + ".tmp", "wb") as f:
            f.write(f"X-Peer: {peer[0]}:{peer[1]}\r\n".encode("ascii"))
            f.write(content)
        os.replace(name + ".tmp", name)
        return "250 2.0.0 Message accepted for delivery"


class XOAuth2Handler(Handler):
    """Offers AUTH XOAUTH2 (aiosmtpd calls auth_<MECHANISM> methods of the handler)."""

    async def auth_XOAUTH2(self, server, args):
        if len(args) < 2:
            response = await server.challenge_auth("", encode_to_b64=False)
            if response is MISSING:
                return AuthResult(success=False, handled=False)
        else:
            try:
                response = base64.b64decode(args[1].encode(), validate=True)
            except ValueError:
                return AuthResult(success=False, handled=False, message="501 5.5.2 Cannot decode base64")
        if response == self.xoauth2:
            return AuthResult(success=True, handled=False, auth_data=response)
        return AuthResult(success=False, handled=False, message="535 5.7.8 Username and Password not accepted (XOAUTH2 token invalid)")


def authenticator(accept):
    def check(server, session, envelope, mechanism, auth_data):
        return AuthResult(success=accept, handled=False)
    return check


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--rules")
    parser.add_argument("--auth", choices=["accept", "reject"])
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--implicit-tls", action="store_true", help="TLS from the first byte (SMTPS, as on port 465) instead of STARTTLS")
    parser.add_argument("--no-smtputf8", action="store_true", help="do not advertise SMTPUTF8 (internationalized addresses)")
    parser.add_argument("--xoauth2-user")
    parser.add_argument("--xoauth2-token")
    args = parser.parse_args()
    logging.basicConfig(level=logging.DEBUG if os.environ.get("SMTP_DEBUG") else logging.WARNING, stream=sys.stderr)
    os.makedirs(args.maildir, exist_ok=True)

    kwargs = {}
    handler = Handler(args.maildir, args.rules)
    if args.xoauth2_token:
        handler = XOAuth2Handler(args.maildir, args.rules)
        handler.xoauth2 = f"user={args.xoauth2_user}\x01auth=Bearer {args.xoauth2_token}\x01\x01".encode("utf-8")
        # Only XOAUTH2: a client must not get in with a password instead.
        kwargs.update(auth_require_tls=False, auth_exclude_mechanism=["PLAIN", "LOGIN"])
    if args.no_smtputf8:
        kwargs.update(enable_SMTPUTF8=False)
    if args.auth:
        kwargs.update(authenticator=authenticator(args.auth == "accept"), auth_require_tls=False,
                      auth_exclude_mechanism=["PLAIN"])
    if args.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        if args.implicit_tls:
            kwargs.update(ssl_context=context)
        else:
            kwargs.update(tls_context=context, require_starttls=False)
    controller = Controller(handler, hostname="127.0.0.1", port=args.port,
                            data_size_limit=200 * 1024 * 1024, **kwargs)
    controller.start()
    print(f"READY {args.port}", flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    try:
        # Also stop when the test process that started us goes away (stdin closes).
        threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
        stop.wait()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
