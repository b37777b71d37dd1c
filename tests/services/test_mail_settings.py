"""MailSettings.validate(): every problem at once, as domain Problems with stable codes."""

from __future__ import annotations

import pytest

from facturas_app.services.mail import MailSettings
from facturas_app.services.mail.envelope import data_payload


def settings(**overrides) -> MailSettings:
    values = {
        "host": "smtp.example.es",
        "port": 587,
        "security": "starttls",
        "user": "laura",
        "from_address": "laura@example.es",
    }
    return MailSettings(**(values | overrides))


def codes(mail_settings: MailSettings) -> set[tuple[str, str]]:
    return {(problem.field, problem.code) for problem in mail_settings.validate()}


@pytest.mark.parametrize(
    "overrides",
    [
        {},
        {"security": "ssl", "port": 465, "reply_to": "admin@example.es", "from_name": "Laura Gómez"},
        {"host": "192.168.1.20"},
        {"host": "correo.españa.es", "from_address": "josé@correo.españa.es"},
        {"host": "localhost", "port": 1025, "security": "plain", "user": "", "allow_plain_localhost": True},
        {"host": "::1", "security": "plain", "user": "", "allow_plain_localhost": True},
    ],
)
def test_good_settings_have_no_problems(overrides):
    assert settings(**overrides).validate() == []


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"host": ""}, ("host", "required")),
        ({"host": "smtp example.es"}, ("host", "invalid_host")),
        ({"host": "smtp://example.es"}, ("host", "invalid_host")),
        ({"port": 0}, ("port", "out_of_range")),
        ({"port": 65536}, ("port", "out_of_range")),
        ({"security": "tls"}, ("security", "invalid_choice")),
        ({"from_address": ""}, ("from_address", "required")),
        ({"from_address": "laura@example"}, ("from_address", "invalid_email")),
        ({"from_address": "Laura <laura@example.es>"}, ("from_address", "invalid_email")),
        ({"reply_to": "laura.example.es"}, ("reply_to", "invalid_email")),
        ({"from_name": "Laura\r\nBcc: spy@example.es"}, ("from_name", "line_break_not_allowed")),
        ({"timeout_s": 0}, ("timeout_s", "out_of_range")),
        ({"security": "plain", "user": ""}, ("security", "plain_only_localhost")),
        ({"host": "localhost", "security": "plain", "user": ""}, ("security", "plain_only_localhost")),
        (
            {"host": "smtp.example.es", "security": "plain", "allow_plain_localhost": True},
            ("security", "plain_only_localhost"),
        ),
        (
            {"host": "127.0.0.1", "security": "plain", "allow_plain_localhost": True},
            ("user", "credentials_need_tls"),
        ),
    ],
)
def test_each_bad_value_is_reported(overrides, expected):
    assert expected in codes(settings(**overrides))


def test_all_problems_are_reported_together():
    bad = settings(host="", port=-1, from_address="nope", reply_to="nope")

    assert codes(bad) == {
        ("host", "required"),
        ("port", "out_of_range"),
        ("from_address", "invalid_email"),
        ("reply_to", "invalid_email"),
    }


def test_sender_header_and_keyring_account():
    mail = settings(from_name="Laura Gómez", host="SMTP.Example.es")

    assert mail.sender_header == "=?utf-8?q?Laura_G=C3=B3mez?= <laura@example.es>"
    assert mail.keyring_account == "smtp:laura@smtp.example.es"


def test_data_payload_stuffs_dots_and_terminates():
    assert data_payload(b"a\n.b\r\n..c\rd") == b"a\r\n..b\r\n...c\r\nd\r\n.\r\n"
