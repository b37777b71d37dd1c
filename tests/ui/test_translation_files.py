"""The Qt Linguist files are complete (issue #18): no unfinished, missing or empty English, no
Spanish left in an English translation, every Spanish %n message has its singular and plural,
and every text handed to a translate() helper reached the files (lupdate extracts literals only:
through a helper, 'Vista previa' and 'Enviar por email…' stayed Spanish in the English editor).
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.ui.spanish_text import spanish_words

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
# Names in English sentences: the CLI command a message asks the user to run.
ENGLISH_DATA = ("facturas configure-cert",)


def _without(text: str, names: tuple[str, ...]) -> str:
    for name in names:
        text = text.replace(name, " ")
    return text


def _messages(lang: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"facturas_{lang}.ts").getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.iter("context") for m in ctx.iter("message")]


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")


def test_every_english_translation_is_finished_and_not_empty() -> None:
    bad = [
        f"{ctx}: {m.findtext('source')!r}"
        for ctx, m in _messages("en")
        if _unfinished(m) or not _texts(m) or not all(t.strip() for t in _texts(m))
    ]
    assert not bad, "untranslated in facturas_en.ts:\n" + "\n".join(bad)


def test_no_english_translation_is_spanish() -> None:
    bad = [
        f"{ctx}: {text!r} {words}"
        for ctx, m in _messages("en")
        for text in _texts(m)
        if (words := spanish_words(_without(text, ENGLISH_DATA)))
    ]
    assert not bad, "Spanish in facturas_en.ts:\n" + "\n".join(bad)


def test_spanish_plural_messages_have_both_forms() -> None:
    bad = [
        f"{ctx}: {m.findtext('source')!r}"
        for ctx, m in _messages("es")
        if m.get("numerus") == "yes" and (_unfinished(m) or len([t for t in _texts(m) if t]) < 2)
    ]
    assert not bad, "Spanish %n messages without singular/plural (scripts/translations_en_extra.py):\n" + (
        "\n".join(bad)
    )


def test_both_files_list_the_same_texts() -> None:
    def keys(lang: str) -> set[tuple[str, str]]:
        return {(ctx, m.findtext("source") or "") for ctx, m in _messages(lang)}

    assert keys("es") == keys("en")


def _helpers(tree: ast.AST, constants: dict[str, str]) -> dict[str, str]:
    """Functions whose first argument is passed on as translate()'s text → their context."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        for call in ast.walk(node):
            if _translates_param(call, node.args.args[0].arg):
                context = call.args[0]  # type: ignore[attr-defined]
                name = context.value if isinstance(context, ast.Constant) else ""
                found[node.name] = constants.get(getattr(context, "id", ""), name)
    return found


def _translates_param(call: ast.AST, param: str) -> bool:
    if not isinstance(call, ast.Call) or getattr(call.func, "attr", "") != "translate" or len(call.args) < 2:
        return False
    return isinstance(call.args[1], ast.Name) and call.args[1].id == param


def _helper_calls(path: Path) -> list[tuple[int, str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name) and isinstance(node.value.value, str)
    }
    helpers = _helpers(tree, constants)
    return [
        (node.lineno, helpers[node.func.id], node.args[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in helpers
        if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
    ]


def test_every_text_given_to_a_translate_helper_is_in_the_files() -> None:
    listed = {(ctx, m.findtext("source") or "") for ctx, m in _messages("en")}
    # A helper's texts extracted without context are found by ui.app.EmptyContextFallback.
    missing = [
        f"{path.relative_to(ROOT)}:{line} [{ctx}] {text!r}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for line, ctx, text in _helper_calls(path)
        if (ctx, text) not in listed and ("", text) not in listed
    ]
    assert not missing, "use a literal translate('Ctx', '...') call (lupdate skips helpers):\n" + (
        "\n".join(missing)
    )
