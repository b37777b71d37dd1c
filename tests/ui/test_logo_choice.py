"""The settings screen's logo (#17): chosen once, a large one is scaled into the data folder and a
huge one refused before anything is copied there — the same rule as `business set` (services/logo.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from facturas_app.domain.errors import ValidationFailed
from tests.cli.cli_helpers import TODAY, seed_in_process


def test_settings_save_scales_a_large_logo_and_refuses_a_huge_one(tmp_path: Path) -> None:
    from PIL import Image

    from facturas_app.bootstrap import build_services
    from ui.views.settings import save_business

    data_dir = tmp_path / "data"
    seed_in_process(data_dir)
    photo = tmp_path / "photo.png"
    Image.new("RGB", (3000, 1000), (200, 30, 30)).save(photo)
    huge = tmp_path / "huge.png"
    huge.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (6 * 1024 * 1024))
    services = build_services(data_dir, today=dt.date.fromisoformat(TODAY))
    try:
        business = services.business.require()
        with pytest.raises(ValidationFailed) as refused:
            save_business(services, replace(business, logo_path=str(huge)))
        assert [p.code for p in refused.value.problems] == ["logo_too_large"]
        assert not any(p.name.startswith("logo") for p in data_dir.iterdir())
        saved = save_business(services, replace(business, logo_path=str(photo)))
        assert Path(saved.logo_path) == data_dir / "logo-small.jpg"
        with Image.open(saved.logo_path) as scaled:
            assert scaled.size == (1200, 400)
        assert services.business.require().logo_path == saved.logo_path
    finally:
        services.close()
