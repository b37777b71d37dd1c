"""The VERI*FACTU settings keys and their defaults, shared by the service's modules."""

from __future__ import annotations

MODES = ("auto", "on", "off", "sii", "basque", "navarra")  # the last three: other regimes, off
SETTING_MODE = "verifactu.mode"
SETTING_TEST_ENV = "verifactu.test_environment"
SETTING_ENVIRONMENT = "verifactu.environment"  # test | production, set by `verifactu configure`
SETTING_ENDPOINT = "verifactu.endpoint"  # only when configure was given --endpoint
SETTING_INSTALLATION = "verifactu.installation_number"
SETTING_LAST_SENT = "verifactu.send.last_sent_at"
SETTING_LAST_ANSWER = "verifactu.send.last_answer_at"
SETTING_WAIT = "verifactu.send.wait_seconds"
SETTING_LATE_AFTER = "verifactu.send.late_after_seconds"
SETTING_LAST_FAILED = "verifactu.send.last_failed_at"
# AEAT treats a record that arrives more than 240 s after its FechaHoraHusoGenRegistro as late
# (answer 2004, "accepted with errors") unless the document says Incidencia=S: a record that waited
# longer than this since its generation (or was pending when a send failed) goes with Incidencia=S.
LATE_AFTER_SECONDS = 240
TIME_ZONE = "Europe/Madrid"
FILE_PATTERN = "verifactu-{:04d}.xml"
